"""ARCHITECTURE.md stays true: its layer drawing is the import-linter contract, its paths exist."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")


def drawn_layers() -> list[str]:
    """The layer names of the ```text layers block, top to bottom."""
    block = DOC.split("```text layers\n", 1)[1].split("```", 1)[0]
    return [m.group(1) for m in re.finditer(r"^([a-z_]+)\s{2,}", block, re.M)]


def contract_layers() -> list[str]:
    """The layers of the layers contract in .importlinter, without the package prefix."""
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter", encoding="utf-8")
    layers = config["importlinter:contract:layers"]["layers"].split()
    return [name.removeprefix("augenhoehe.") for name in layers]


def test_the_drawing_lists_the_contracts_layers_in_order() -> None:
    assert drawn_layers() == contract_layers()


def test_every_top_level_package_is_a_layer() -> None:
    src = ROOT / "src" / "augenhoehe"
    top = {p.stem for p in src.iterdir() if (p.is_dir() and (p / "__init__.py").exists())
           or (p.suffix == ".py" and p.stem != "__init__")}
    assert top == set(contract_layers())


def test_every_path_in_the_map_exists() -> None:
    paths = set(re.findall(r"(?<![\w/])((?:web|domain|check|simulation|monitoring|cli)/[\w/]+\.py)\b", DOC))
    assert paths, "the map names no modules"
    missing = sorted(p for p in paths if not (ROOT / "src" / "augenhoehe" / p).exists())
    assert missing == []


def test_every_decision_has_its_own_number_and_a_row_in_the_table() -> None:
    files = sorted((ROOT / "docs" / "adr").glob("*.md"))
    numbers = [f.name[:4] for f in files]
    assert all(re.fullmatch(r"\d{4}-[a-z0-9-]+\.md", f.name) for f in files), [f.name for f in files]
    assert len(numbers) == len(set(numbers)), "two ADRs share a number"
    assert numbers == [f"{n:04d}" for n in range(1, len(files) + 1)], "ADR numbers have a gap"
    for f in files:
        assert f.read_text(encoding="utf-8").startswith(f"# ADR {f.name[:4]}: "), f.name
        assert f"[{f.name[:4]}](docs/adr/{f.name})" in DOC, f"{f.name} missing in ARCHITECTURE.md's decisions"
