"""Pro-forma clusters: the checker's MinHash LSH near-duplicate groups, computed within teams."""

from __future__ import annotations

from augenhoehe.check.corpus import duplicate_groups

MIN_CLUSTER = 2


def team_clusters(texts_by_team: dict[str, list[tuple[str, str]]],
                  min_size: int = MIN_CLUSTER) -> dict[str, str]:
    """Map plan-version id to a cluster id for groups of at least MIN_SIZE near-identical texts."""
    out: dict[str, str] = {}
    for team, items in sorted(texts_by_team.items()):
        groups = duplicate_groups([t for _i, t in items])
        for n, group in enumerate(g for g in groups if len(g) >= min_size):
            for i in group:
                out[items[i][0]] = f"{team}-C{n + 1}"
    return out
