"""QDA-XML 1.0 basics: namespace, element helpers, schema validation and a hardened parser."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from lxml import etree

NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = "augenhoehe"


def q(tag: str, ns: str = NS) -> str:
    """Qualified tag name."""
    return f"{{{ns}}}{tag}"


def sub(parent: etree._Element, tag: str, ns: str = NS, **attrs: str) -> etree._Element:
    """Append a child element with string attributes (None values left out)."""
    el = etree.SubElement(parent, q(tag, ns))
    for k, v in attrs.items():
        if v is not None:
            el.set(k, str(v))
    return el


@lru_cache(maxsize=1)
def project_schema() -> etree.XMLSchema:
    """The vendored REFI-QDA Project.xsd (QDA-XML 1.0)."""
    path = resources.files("augenhoehe.research").joinpath("schema/Project.xsd")
    with resources.as_file(path) as p:
        return etree.XMLSchema(etree.parse(str(p), parser=safe_parser()))


def safe_parser() -> etree.XMLParser:
    """A parser that resolves no entities, loads no DTD and never touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def validate_project(root: etree._Element) -> list[str]:
    """Schema errors of a Project document (empty when valid)."""
    schema = project_schema()
    if schema.validate(root):
        return []
    log: Any = schema.error_log
    return [f"Zeile {e.line}: {e.message}" for e in log]


def codebook_as_project(codebook: etree._Element) -> etree._Element:
    """A .qdc CodeBook re-homed into a Project so that Project.xsd can check its codes."""
    xml = etree.tostring(codebook).replace(CODEBOOK_NS.encode(), NS.encode())
    book = etree.fromstring(xml, parser=safe_parser())
    root = etree.Element(q("Project"), nsmap={None: NS})  # type: ignore[dict-item]
    root.set("name", "codebook")
    book.tag = q("CodeBook")
    for attr in list(book.attrib):
        del book.attrib[attr]
    root.append(book)
    return root
