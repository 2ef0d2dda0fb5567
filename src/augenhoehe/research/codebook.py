"""REFI-QDA codebook (.qdc) of the category guide, and the same codes for a project."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from augenhoehe.research.guide import Category, Guide, load_guide
from augenhoehe.research.notes import add_refs
from augenhoehe.research.project import Code, Memo
from augenhoehe.research.qdaxml import CODEBOOK_NS, NS, ORIGIN, codebook_as_project, sub, validate_project

COLOURS = {"prozessmodell": "#1f6feb", "qualitaetsindikatoren": "#b35900"}


def _code(parent: etree._Element, cat: Category, ns: str) -> None:
    el = sub(parent, "Code", ns, guid=cat.guid, name=cat.name_de, isCodable="true" if cat.codable else "false",
             color=COLOURS.get(cat.group, "#666666"))
    sub(el, "Description", ns).text = cat.description()
    for child in cat.children:
        _code(el, child, ns)


def add_codes(parent: etree._Element, guide: Guide | None = None, ns: str = NS) -> etree._Element:
    """Append <CodeBook><Codes>… with every category of the guide."""
    guide = guide or load_guide()
    book = sub(parent, "CodeBook", ns)
    codes = sub(book, "Codes", ns)
    for group in guide.groups:
        _code(codes, group, ns)
    return book


def add_project_codes(parent: etree._Element, codes: list[Code], memos: list[Memo] | None = None,
                      ns: str = NS) -> etree._Element:
    """Append <CodeBook><Codes>… with a project's own code tree (imported or extended codes included)."""
    guide = load_guide()
    colour = {c.guid: COLOURS.get(c.group, "#666666") for c in guide.all()}
    known = {c.guid for c in codes}
    children: dict[str | None, list[Code]] = {}
    for c in codes:
        children.setdefault(c.parent if c.parent in known else None, []).append(c)

    def write(el: etree._Element, code: Code) -> None:
        node = sub(el, "Code", ns, guid=code.guid, name=code.name, isCodable="true" if code.codable else "false",
                   color=colour.get(code.guid, "#666666"))
        if code.description:
            sub(node, "Description", ns).text = code.description
        add_refs(node, memos or [], code.guid)
        for child in children.get(code.guid, []):
            write(node, child)

    book = sub(parent, "CodeBook", ns)
    root = sub(book, "Codes", ns)
    for code in children.get(None, []):
        write(root, code)
    return book


def codebook_xml(guide: Guide | None = None) -> etree._Element:
    """The .qdc document (namespace urn:QDA-XML:codebook:1.0, root CodeBook)."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS})  # type: ignore[dict-item]
    root.set("origin", ORIGIN)
    guide = guide or load_guide()
    codes = sub(root, "Codes", CODEBOOK_NS)
    for group in guide.groups:
        _code(codes, group, CODEBOOK_NS)
    return root


def write_codebook(path: str | Path) -> Path:
    """Write the .qdc file after checking its codes against Project.xsd."""
    root = codebook_xml()
    errors = validate_project(codebook_as_project(root))
    if errors:
        raise ValueError("Codebuch ungültig: " + "; ".join(errors[:3]))
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))
    return target
