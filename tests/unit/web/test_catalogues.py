"""Every user-facing text is translatable, and every catalogue has it.

- The templates people see (not the German PDF letters) contain no raw words outside
  `{% translate %}`/`{% blocktranslate %}` (text and the attributes a screen reader reads).
- The client portal (its templates and the partials they include, its views and services, the regime
  explanations, the plan's labels, the portal forms) has an entry in every portal language
  (`web/languages.py`).
- No catalogue keeps a fuzzy entry (a guess makemessages made; it is not compiled).
- The staff pages and everything else the web shows have an entry in the English catalogue.
Catalogues are read from the compiled `.mo` files (what runs), and a `.po` newer than its `.mo`
fails too: `make messages` regenerates and compiles them (CONTRIBUTING.md).
"""

from __future__ import annotations

import ast
import gettext
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from augenhoehe.web.languages import PORTAL_LANGUAGES, STAFF_LANGUAGES

SRC = Path(__file__).resolve().parents[3] / "src" / "augenhoehe"
WEB = SRC / "web"
TEMPLATES = WEB / "templates"
LOCALE = WEB / "locale"
INCLUDE = re.compile(r"""{%\s*include\s+["']([^"']+)["']""")


def with_includes(paths: list[Path]) -> list[Path]:
    """The templates and every template they include (`{% include "…" %}` with a literal name), transitively."""
    found: dict[Path, None] = {}
    todo = list(paths)
    while todo:
        path = todo.pop()
        if path in found:
            continue
        found[path] = None
        todo += [TEMPLATES / name for name in INCLUDE.findall(path.read_text(encoding="utf-8"))]
    return sorted(found)


PORTAL_TEMPLATES = with_includes([TEMPLATES / "base.html", *TEMPLATES.glob("portal/*.html"),
                                  *TEMPLATES.glob("auth/*.html"), *TEMPLATES.glob("errors/*.html"),
                                  *TEMPLATES.glob("[45]0*.html")])
PORTAL_PYTHON = sorted([WEB / "workspace" / "views" / "portal.py", WEB / "errors.py",
                        WEB / "workspace" / "services" / "participation.py",
                        WEB / "workspace" / "services" / "access.py",
                        WEB / "workspace" / "views" / "common.py", SRC / "domain" / "regimes.py",
                        # modules with portal views (messages, letters, appointments, uploads) and their services
                        *(WEB / "workspace" / "views" / f"{name}.py"
                          for name in ("conversation", "documents", "workday", "password")),
                        *(WEB / "workspace" / "services" / f"{name}.py"
                          for name in ("conversation", "evidence", "appointments", "obligations"))])
SCREEN_TEMPLATES = sorted(p for p in TEMPLATES.rglob("*.html") if not p.name.endswith("_pdf.html"))
STAFF_PYTHON = sorted([*WEB.rglob("*.py"), *(SRC / "domain").glob("*.py"), SRC / "check" / "model.py",
                       SRC / "check" / "engine.py", SRC / "check" / "corpus.py",
                       *(SRC / "check" / "rules").glob("*.py"), SRC / "monitoring" / "strategies.py"])
GETTEXT = {"_", "gettext", "gettext_lazy", "gettext_noop", "pgettext", "pgettext_lazy",
           "ngettext", "ngettext_lazy"}
READ_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "aria-description"}
NOT_WORDS = {"augenhöhe", "augenhoehe", "OK", "PDF", "CSV", "–"}
"""The brand, and abbreviations that read the same in every language."""


def _locale(code: str) -> str:
    language, _, variant = code.partition("-")
    return f"{language}_{variant.title()}" if variant else language


def catalogue(code: str, *, apps: bool = True) -> dict[str, str]:
    """The compiled catalogues of a language as Django merges them: the web's and (apps=True) each app's
    own (research, reflection): msgid → msgstr (only translated entries)."""
    found: dict[str, str] = {}
    for locale in (LOCALE, *(sorted(p for p in WEB.glob("*/locale") if p != LOCALE) if apps else [])):
        path = locale / _locale(code) / "LC_MESSAGES" / "django.mo"
        if not path.exists():
            continue
        with path.open("rb") as mo:
            entries = gettext.GNUTranslations(mo)._catalog.items()  # type: ignore[attr-defined]
        # plural entries are keyed (msgid, index); each form must be translated
        found.update({(k if isinstance(k, str) else f"{k[0]}[{k[1]}]"): v for k, v in entries if k and v})
    return found


def template_msgids(path: Path) -> set[str]:
    """The msgids of `{% translate %}` and `{% blocktranslate %}` in a template, as makemessages sees them."""
    from django.utils.translation.template import templatize

    code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
    pattern = r"gettext\(u'((?:[^'\\]|\\.)*)'[,)]"  # also the singular of ngettext(u'…', u'…', n)
    return {ast.literal_eval("'" + m + "'") for m in re.findall(pattern, code)}


def python_msgids(path: Path) -> set[str]:
    """Literal first arguments of gettext calls (also `gettext_noop` in the domain)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in GETTEXT \
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.add(node.args[0].value)
    return found


def portal_runtime_msgids() -> set[str]:
    """Texts the portal shows that come from the domain and the portal's forms and models."""
    from django.utils import translation

    from augenhoehe.domain.plan import OWNER_LABELS, SECTION_LABELS, STATUS_LABELS
    from augenhoehe.web.workspace.forms import ProposalForm, SchlichtungForm
    from augenhoehe.web.workspace.models import Proposal

    with translation.override(None):
        texts = {*SECTION_LABELS.values(), *OWNER_LABELS.values(), *STATUS_LABELS.values()}
        texts |= {str(label) for _, label in [*Proposal.Kind.choices, *Proposal.State.choices]}
        for form in (ProposalForm(), SchlichtungForm()):
            for field in form.fields.values():
                texts |= {str(field.label or ""), str(field.help_text or "")}
                texts |= {str(label) for _, label in getattr(field, "choices", [])}
    return {t for t in texts if t}


def _nested_msgids(message) -> set[str]:  # noqa: ANN001 (a domain Message)
    from augenhoehe.domain.i18n import Message

    return {message.msgid}.union(*(_nested_msgids(v) for _k, v in message.params if isinstance(v, Message)))


def checker_runtime_msgids() -> set[str]:
    """What the checker says on staff pages: every rule's title and explanation, the msgids of every
    finding and reason its fixtures produce (rule titles and indicator names nested in them), the labels of
    the features a reason may name, and the dashboard's reading aids."""
    from tests.unit.check.helpers import run_fixture

    from augenhoehe.check.features import FEATURES
    from augenhoehe.check.rules import all_rules
    from augenhoehe.monitoring.strategies import EXPLANATIONS

    texts = {t for rule in all_rules() for t in (rule.title, rule.why)}
    for rule in all_rules():
        for result in (r for text in (*rule.bad, *rule.good) for r in run_fixture(text)):
            messages = [f.text for f in result.findings if f.text] + [m for v in result.reason_texts.values()
                                                                      for m in v]
            texts |= set().union(*(_nested_msgids(m) for m in messages))
    texts |= {f.label for f in FEATURES if not f.name.startswith("rules_")}
    texts |= {t for e in EXPLANATIONS.values() for t in (e.title, e.reading, e.can_mean, e.cannot_mean)}
    return texts


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("script", "style")
        self.words += [v for k, v in attrs if k in READ_ATTRIBUTES and v]

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.words.append(data)


def raw_template_words(source: str) -> list[str]:
    """Words a person would read that are not inside a translation tag."""
    source = re.sub(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{#.*?#}", " ", source, flags=re.S)
    source = re.sub(r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}", " T ", source, flags=re.S)
    source = re.sub(r"{%.*?%}|{{.*?}}", " T ", source, flags=re.S)
    parser = _Text()
    parser.feed(source)
    words = []
    for chunk in parser.words:
        text = re.sub(r"\bT\b", " ", chunk).strip(" \n\t:.,;()–-/|%")
        if any(ch.isalpha() for ch in text) and text not in NOT_WORDS:
            words.append(text[:60])
    return words


def test_the_template_scan_finds_raw_words_and_accepts_translate_tags() -> None:
    source = ('{% load i18n %}<h1>Mein Plan</h1><p>{% translate "Ihr Ziel" %}</p>'
              '<button aria-label="Schließen">{% translate "OK" %}</button>'
              '{% blocktranslate with d=x %}bis {{ d }}{% endblocktranslate %}<span>{{ value }} %</span>'
              '<span class="brand">augenhöhe</span>')
    assert raw_template_words(source) == ["Mein Plan", "Schließen"]


def test_the_portal_templates_include_the_partials_they_show() -> None:
    assert TEMPLATES / "workspace" / "_thread.html" in PORTAL_TEMPLATES  # the portal's messages
    assert TEMPLATES / "workspace" / "_simple_form.html" in PORTAL_TEMPLATES  # the password form


@pytest.mark.parametrize("path", SCREEN_TEMPLATES, ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_templates_people_see_have_no_raw_words(path: Path) -> None:
    assert raw_template_words(path.read_text(encoding="utf-8")) == []


def _missing(code: str, msgids: set[str]) -> list[str]:
    have = catalogue(code)
    return sorted(m for m in msgids if m not in have and f"{m}[0]" not in have)


def portal_msgids() -> set[str]:
    """Every text of the client portal."""
    texts = set().union(*(template_msgids(p) for p in PORTAL_TEMPLATES))
    texts |= set().union(*(python_msgids(p) for p in PORTAL_PYTHON))
    return texts | portal_runtime_msgids()


@pytest.mark.parametrize("code", [c for c in PORTAL_LANGUAGES if c != "de"])
def test_every_portal_text_is_in_every_portal_language(code: str) -> None:
    missing = _missing(code, portal_msgids())
    assert missing == [], f"{code}: {len(missing)} portal texts without translation:\n" + "\n".join(missing)


@pytest.mark.parametrize("code", [c for c in STAFF_LANGUAGES if c != "de"])
def test_every_staff_text_is_in_english(code: str) -> None:
    texts = set().union(*(template_msgids(p) for p in SCREEN_TEMPLATES))
    texts |= set().union(*(python_msgids(p) for p in STAFF_PYTHON))
    missing = _missing(code, texts | portal_runtime_msgids())
    assert missing == [], f"{code}: {len(missing)} texts without translation:\n" + "\n".join(missing)


@pytest.mark.parametrize("code", [c for c in STAFF_LANGUAGES if c != "de"])
def test_every_checker_text_is_in_english(code: str) -> None:
    missing = _missing(code, checker_runtime_msgids())
    assert missing == [], f"{code}: {len(missing)} checker texts without translation:\n" + "\n".join(missing)


@pytest.mark.parametrize("po", sorted(WEB.rglob("locale/*/LC_MESSAGES/django.po")),
                         ids=lambda p: str(p.relative_to(WEB)))
def test_no_catalogue_keeps_a_fuzzy_guess(po: Path) -> None:
    """makemessages guesses a new text's translation from a similar one and flags it fuzzy; a fuzzy entry is
    not compiled, so the page shows German. Each guess must become a translation (or be emptied)."""
    entries = po.read_text(encoding="utf-8").split("\n\n")
    fuzzy = [e.split("msgid ", 1)[-1][:80] for e in entries
             if any(line.startswith("#,") and "fuzzy" in line for line in e.splitlines())]
    assert fuzzy == [], f"{po.relative_to(WEB)}: {len(fuzzy)} fuzzy entries:\n" + "\n".join(fuzzy)


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext (msgfmt) not installed")
@pytest.mark.parametrize("code", [c for c in PORTAL_LANGUAGES if c != "de"])
def test_compiled_catalogues_match_their_sources(code: str, tmp_path: Path) -> None:
    folder = LOCALE / _locale(code) / "LC_MESSAGES"
    subprocess.run(["msgfmt", "-o", str(tmp_path / "fresh.mo"), str(folder / "django.po")], check=True)
    with (tmp_path / "fresh.mo").open("rb") as mo:
        fresh = gettext.GNUTranslations(mo)._catalog  # type: ignore[attr-defined]
    assert {(k if isinstance(k, str) else f"{k[0]}[{k[1]}]"): v for k, v in fresh.items() if k and v} \
        == catalogue(code, apps=False), \
        f"{code}: django.mo is stale; run make messages"

