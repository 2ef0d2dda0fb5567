"""Export a checked plan corpus as a REFI-QDA project (.qdpx): texts, case variables, checker codings."""

from __future__ import annotations

import os
import tempfile
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lxml import etree

from augenhoehe.check.model import INDICATORS
from augenhoehe.privacy import Pseudonymiser
from augenhoehe.research.codebook import add_codes, add_project_codes
from augenhoehe.research.corpus import PlanDoc
from augenhoehe.research.guide import load_guide, stable_guid
from augenhoehe.research.notes import add_notes, add_refs
from augenhoehe.research.project import Code, Coding, Project, Source, User
from augenhoehe.research.qdaxml import NS, ORIGIN, q, sub, validate_project

CHECKER_NAME = "augenhoehe-Prüfung"
CHECKER_GUID = stable_guid("user", "checker")


def build_project(docs: list[PlanDoc], pseudonymise: bool = True, name: str = "augenhoehe-Export") -> Project:
    """Sources (pseudonymised unless told otherwise), variables and the checker's findings as codings."""
    guide = load_guide()
    indicator_codes = guide.indicator_codes()
    project = Project(name)
    parents: dict[str, str | None] = {}
    for group in guide.groups:
        for cat in group.walk():
            for child in cat.children:
                parents[child.guid] = cat.guid
    project.codes = [Code(c.guid, c.name_de, parents.get(c.guid), c.description(), c.codable)
                     for c in guide.all()]
    project.users = [User(CHECKER_GUID, CHECKER_NAME)]
    ps = Pseudonymiser() if pseudonymise else None
    seen: set[str] = set()
    for n, doc in enumerate(docs):
        text = doc.result.text
        offsets = None
        if ps is not None:
            done = ps.process(text, doc.name)
            text, offsets = done.text, done.offsets
        guid = stable_guid("source", f"{n}:{doc.name}")
        variables: dict[str, Any] = {"regime": doc.result.regime}
        if doc.plan_date:
            variables["plan_date"] = doc.plan_date
        for key, value in doc.result.scores.items():
            variables[f"score_{key}"] = int(value)
        variables.update(doc.variables)
        project.sources.append(Source(guid, doc.name, text, variables))
        for f in doc.result.findings:
            if f.indicator not in indicator_codes:
                continue
            start, end = (f.start, f.end) if offsets is None else offsets.span_to_new(f.start, f.end)
            key = f"{guid}:{f.indicator}:{start}:{end}"
            if end <= start or key in seen:
                continue
            seen.add(key)
            project.codings.append(Coding(guid, indicator_codes[f.indicator].guid, CHECKER_GUID, start, end,
                                          stable_guid("coding", key)))
    return project


def _variable_type(values: list[Any]) -> str:
    if all(isinstance(v, bool) for v in values):
        return "Boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "Integer"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "Float"
    if all(isinstance(v, date) for v in values):
        return "Date"
    return "Text"


def _value(parent: etree._Element, var_guid: str, kind: str, value: Any) -> None:
    vv = sub(parent, "VariableValue")
    sub(vv, "VariableRef", targetGUID=var_guid)
    tag = {"Boolean": "BooleanValue", "Integer": "IntegerValue", "Float": "FloatValue",
           "Date": "DateValue"}.get(kind, "TextValue")
    if kind == "Boolean":
        text = "true" if value else "false"
    elif kind == "Date":
        text = value.isoformat()
    else:
        text = str(value)
    sub(vv, tag).text = text


def _variable_order(project: Project) -> list[str]:
    names: list[str] = []
    for s in project.sources:
        for k in s.variables:
            if k not in names:
                names.append(k)
    order = {f"score_{k}": i for i, k in enumerate((*INDICATORS, "gesamt"))}
    return sorted(names, key=lambda k: (k.startswith("gt_"), k.startswith("score_"), order.get(k, -1), names.index(k)))


def project_xml(project: Project, created: datetime | None = None) -> etree._Element:
    """project.qde for the project (texts referenced as internal://<guid>.txt)."""
    created = created or datetime.now(UTC).replace(microsecond=0)
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    root = etree.Element(q("Project"), nsmap={None: NS})  # type: ignore[dict-item]
    root.set("name", project.name)
    root.set("origin", ORIGIN)
    root.set("creatingUserGUID", CHECKER_GUID)
    root.set("creationDateTime", stamp)
    if project.users:  # an empty <Users> is not valid
        users = sub(root, "Users")
        for u in project.users:
            sub(users, "User", guid=u.guid, name=u.name)
    guide_guids = {c.guid for c in load_guide().all()}
    code_guids = {c.guid for c in project.codes}
    if project.codes and (not code_guids <= guide_guids or any(m.target in code_guids for m in project.memos)):
        add_project_codes(root, project.codes, project.memos)  # own codes and code memos survive
    else:
        add_codes(root)
    names = _variable_order(project)
    kinds = {n: _variable_type([s.variables[n] for s in project.sources if n in s.variables]) for n in names}
    var_guids = {n: stable_guid("variable", n) for n in names}
    if names:
        variables = sub(root, "Variables")
        for n in names:
            sub(variables, "Variable", guid=var_guids[n], name=n, typeOfVariable=kinds[n])
    if project.sources:
        cases = sub(root, "Cases")
        for s in project.sources:
            case = sub(cases, "Case", guid=stable_guid("case", s.guid), name=s.name)
            for n in names:
                if n in s.variables:
                    _value(case, var_guids[n], kinds[n], s.variables[n])
            sub(case, "SourceRef", targetGUID=s.guid)
        sources = sub(root, "Sources")
        by_source: dict[str, list[Coding]] = {}
        for c in project.codings:
            by_source.setdefault(c.source, []).append(c)
        for s in project.sources:
            ts = sub(sources, "TextSource", guid=s.guid, name=s.name, plainTextPath=f"internal://{s.guid}.txt",
                     creatingUser=CHECKER_GUID, creationDateTime=stamp)
            for c in sorted(by_source.get(s.guid, []), key=lambda c: (c.start, c.end)):
                sel = sub(ts, "PlainTextSelection", guid=stable_guid("selection", c.guid or f"{c.start}"),
                          name=s.text[c.start:c.end][:60], startPosition=str(c.start), endPosition=str(c.end),
                          creatingUser=c.user, creationDateTime=stamp)
                coding = sub(sel, "Coding", guid=c.guid or stable_guid("coding", f"{s.guid}{c.start}{c.code}"),
                             creatingUser=c.user, creationDateTime=stamp)
                sub(coding, "CodeRef", targetGUID=c.code)
            add_refs(ts, project.memos, s.guid)
            for n in names:
                if n in s.variables:
                    _value(ts, var_guids[n], kinds[n], s.variables[n])
    add_notes(root, project, CHECKER_GUID, stamp)
    sub(root, "Description").text = (
        "Exportiert mit augenhoehe. Kodierer „augenhoehe-Prüfung“ = Befunde der automatischen Prüfung "
        "(augenhoehe check). Variablen score_* = Indikatorwerte 0–100.")
    return root


def write_qdpx(project: Project, path: str | Path) -> Path:
    """Validate project.qde against Project.xsd and write the .qdpx (ZIP) atomically."""
    root = project_xml(project)
    errors = validate_project(root)
    if errors:
        raise ValueError("project.qde verletzt Project.xsd: " + "; ".join(errors[:3]))
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("project.qde", etree.tostring(root, xml_declaration=True, encoding="utf-8",
                                                      pretty_print=True))
            for s in project.sources:
                zf.writestr(f"Sources/{s.guid}.txt", s.text.encode("utf-8"))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
