"""Near-duplicate plans in a corpus: MinHash over normalised word shingles with MinHashLSH."""

from __future__ import annotations

import re
from collections.abc import Sequence

from augenhoehe.check.model import CheckResult, Finding
from augenhoehe.domain.i18n import Message, gettext_noop

NUM_PERM = 128
THRESHOLD = 0.8
SHINGLE = 3

_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.(\d{2,4})?|\b\d{1,2}\.\s?(Januar|Februar|März|April|Mai|"
                   r"Juni|Juli|August|September|Oktober|November|Dezember)(\s+\d{4})?", re.I)
_NAME = re.compile(r"\b(Herr|Herrn|Frau)\s+[A-ZÄÖÜ][\w-]+(\s+[A-ZÄÖÜ][\w-]+)?")
_NUM = re.compile(r"\d+([.,]\d+)?")
_WORD = re.compile(r"\w+")


def normalise(text: str) -> list[str]:
    """Lower-case words with names, dates and numbers replaced by placeholders."""
    text = _DATE.sub(" datum ", text)
    text = _NAME.sub(" person ", text)
    text = _NUM.sub(" zahl ", text)
    return _WORD.findall(text.lower())


def shingles(text: str) -> list[bytes]:
    """Word 3-gram shingles of the normalised text (one shingle for very short texts)."""
    words = normalise(text)
    if len(words) < SHINGLE:
        return [" ".join(words).encode()]
    return list({" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)})


def duplicate_groups(texts: Sequence[str], threshold: float = THRESHOLD) -> list[list[int]]:
    """Groups (indices) of near-identical texts; LSH keeps it sub-quadratic."""
    from datasketch import MinHash, MinHashLSH

    if len(texts) < 2:
        return []
    sets = [shingles(t) for t in texts]
    hashes = MinHash.bulk(sets, num_perm=NUM_PERM)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    with lsh.insertion_session() as session:
        for i, mh in enumerate(hashes):
            session.insert(i, mh)
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, mh in enumerate(hashes):
        for j in lsh.query(mh):
            if j != i and mh.jaccard(hashes[j]) >= threshold:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(texts)):
        groups.setdefault(find(i), []).append(i)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def apply_duplicates(results: list[CheckResult], add_findings: bool = True) -> list[list[str]]:
    """Add an AK104 finding to each member of a group, rescore, return the groups by source."""
    from augenhoehe.check.engine import rescore
    from augenhoehe.check.rules import get_rule

    rule = get_rule("AK104")
    groups = duplicate_groups([r.text for r in results])
    named: list[list[str]] = []
    for group in groups:
        members = [results[i].source for i in group]
        named.append(members)
        for i in group:
            res = results[i]
            others = [m for m in members if m != res.source]
            first = res.text.split("\n", 1)[0]
            if rule is not None and add_findings:
                message = Message.of(gettext_noop("Dieser Plan ist bis auf Namen und Daten gleich wie %(count)d "
                                                  "andere (%(sources)s)."), count=len(others),
                                     sources=", ".join(others[:3]) + (" …" if len(others) > 3 else ""))
                res.findings.append(Finding(
                    rule.code, rule.slug, rule.indicator, "warning",  # type: ignore[arg-type]
                    str(message), 1, 1, 0, len(first), first,
                    ("Schreiben Sie den Plan mit der Person neu: ihre Ziele, ihre Schritte.",), message,
                ))
                rescore(res)
    return named
