"""Shared helpers of the research views: the code tree as indented choices."""

from __future__ import annotations

from dataclasses import dataclass

from augenhoehe.web.research.models import Code, ResearchProject


@dataclass
class TreeNode:
    """A code with its depth in the tree."""

    code: Code
    depth: int


def code_tree(project: ResearchProject) -> list[TreeNode]:
    """Codes depth first in their order, each with its depth."""
    codes = list(project.codes.all())
    children: dict[int | None, list[Code]] = {}
    for c in codes:
        children.setdefault(c.parent_id, []).append(c)
    out: list[TreeNode] = []

    def walk(parent: int | None, depth: int) -> None:
        for c in children.get(parent, []):
            out.append(TreeNode(c, depth))
            walk(c.pk, depth + 1)

    walk(None, 0)
    return out


def code_choices(project: ResearchProject, codable_only: bool = False) -> list[tuple[int, str]]:
    """(pk, indented name) for select boxes."""
    return [(n.code.pk, "\u2003" * n.depth + n.code.name) for n in code_tree(project)
            if n.code.codable or not codable_only]
