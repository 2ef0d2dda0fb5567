"""A QDA project in memory: sources, codes, coders and codings (what export writes and import reads)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Source:
    """A text document with its case variables."""

    guid: str
    name: str
    text: str
    variables: dict[str, Any] = field(default_factory=dict)


@dataclass
class Code:
    """A code of the code system; `parent` is the GUID of the code above it."""

    guid: str
    name: str
    parent: str | None = None
    description: str = ""
    codable: bool = True


@dataclass
class User:
    """A coder (a person or the checker)."""

    guid: str
    name: str


@dataclass
class Coding:
    """A code applied by a coder to the span start..end (code points, end exclusive) of a source."""

    source: str
    code: str
    user: str
    start: int
    end: int
    guid: str = ""


@dataclass
class Memo:
    """A memo on a source or a code (kind "memo") or the case summary of a source (kind "summary")."""

    guid: str
    target: str
    text: str
    kind: str = "memo"
    name: str = ""


@dataclass
class Project:
    """The whole project plus what an import had to leave out."""

    name: str
    sources: list[Source] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    users: list[User] = field(default_factory=list)
    codings: list[Coding] = field(default_factory=list)
    memos: list[Memo] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def code_by_guid(self) -> dict[str, Code]:
        """GUID -> code."""
        return {c.guid: c for c in self.codes}

    def user_by_guid(self) -> dict[str, User]:
        """GUID -> user."""
        return {u.guid: u for u in self.users}

    def find_user(self, name_or_guid: str) -> User | None:
        """A coder by GUID or by name (case-insensitive)."""
        key = name_or_guid.strip().strip("{}").lower()
        for u in self.users:
            if u.guid == key or u.name.casefold() == name_or_guid.strip().casefold():
                return u
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON form (schema augenhoehe.qda/1)."""
        return {
            "schema": "augenhoehe.qda/1", "name": self.name,
            "sources": [asdict(s) for s in self.sources],
            "codes": [asdict(c) for c in self.codes],
            "coders": [asdict(u) for u in self.users],
            "codings": [asdict(c) for c in self.codings],
            "memos": [asdict(m) for m in self.memos],
            "skipped": list(self.skipped), "notes": list(self.notes),
        }
