"""The Kuckartz category guide (categories.yaml) as objects with stable GUIDs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS

NAMESPACE = uuid.UUID("5d0c2f9e-6a57-4c1e-9b8e-2f3c1a7d4e10")
FIELDS = ("definition", "anchor", "rule", "delimitation")
FIELD_LABELS = {
    "definition": ("Definition", "Definition"),
    "anchor": ("Ankerbeispiel", "Anchor example"),
    "rule": ("Kodierregel", "Coding rule"),
    "delimitation": ("Abgrenzung", "Delimitation"),
}


def stable_guid(kind: str, key: str) -> str:
    """A GUID that stays the same across exports (uuid5 of kind and key)."""
    return str(uuid.uuid5(NAMESPACE, f"augenhoehe:{kind}:{key}"))


@dataclass(frozen=True)
class Category:
    """One code of the guide with its texts in German and English."""

    id: str
    name_de: str
    name_en: str
    texts: dict[str, dict[str, str]]
    children: tuple[Category, ...] = ()
    codable: bool = True
    group: str = ""

    @property
    def guid(self) -> str:
        """Stable GUID of the code."""
        return stable_guid("code", self.id)

    def description(self) -> str:
        """The code memo: German block, then English block."""
        de = [f"{FIELD_LABELS[f][0]}: {self.texts[f]['de']}" for f in FIELDS if f in self.texts]
        en = [f"{FIELD_LABELS[f][1]}: {self.texts[f]['en']}" for f in FIELDS if f in self.texts]
        head = f"{self.name_de} / {self.name_en}"
        return "\n".join([head, "", *de, "", "English:", *en])

    def walk(self) -> list[Category]:
        """This category and all below it, depth first."""
        out = [self]
        for c in self.children:
            out += c.walk()
        return out


@dataclass(frozen=True)
class Guide:
    """The category guide: groups of categories."""

    title_de: str
    title_en: str
    groups: tuple[Category, ...] = field(default_factory=tuple)

    def all(self) -> list[Category]:
        """Every category including the group nodes."""
        return [c for g in self.groups for c in g.walk()]

    def indicator_codes(self) -> dict[str, Category]:
        """Indicator key -> its category."""
        return {c.id: c for c in self.all() if c.group == "qualitaetsindikatoren" and c.id in INDICATORS}


def _category(d: dict[str, Any], group: str) -> Category:
    texts = {f: d[f] for f in FIELDS if f in d}
    children = tuple(_category(s, group) for s in d.get("subcategories", []))
    return Category(d["id"], d["name"]["de"], d["name"]["en"], texts, children, True, group)


@lru_cache(maxsize=1)
def load_guide() -> Guide:
    """Load and check the bundled guide (every indicator present, every field in both languages)."""
    raw = resources.files("augenhoehe.research").joinpath("categories.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    groups = []
    for g in data["groups"]:
        cats = tuple(_category(c, g["id"]) for c in g["categories"])
        texts = {"definition": g["description"]}
        groups.append(Category(g["id"], g["name"]["de"], g["name"]["en"], texts, cats, False, g["id"]))
    guide = Guide(data["title"]["de"], data["title"]["en"], tuple(groups))
    missing = set(INDICATORS) - set(guide.indicator_codes())
    if missing:
        raise ValueError(f"Kategorienleitfaden: Indikatoren fehlen: {sorted(missing)}")
    for c in guide.all():
        for f, t in c.texts.items():
            if not (t.get("de") and t.get("en")):
                raise ValueError(f"Kategorienleitfaden: {c.id}.{f} braucht de und en")
    return guide


def indicator_label(key: str) -> str:
    """German label of an indicator (as the checker names it)."""
    return INDICATOR_LABELS.get(key, key)
