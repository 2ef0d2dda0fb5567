"""Memos and case summaries travel as REFI-QDA notes: written valid, read back, strays reported."""

from __future__ import annotations

from pathlib import Path

from tests.unit.research.helpers import rewrite_qde

from augenhoehe.research.export import write_qdpx
from augenhoehe.research.importer import read_qdpx
from augenhoehe.research.project import Code, Memo, Project, Source

SOURCE = "11111111-0000-4000-8000-000000000001"
CODE = "c0ffee00-0000-4000-8000-000000000001"


def _project() -> Project:
    qda = Project("Notizen")
    qda.sources = [Source(SOURCE, "Interview 1", "Ein kurzer Text.")]
    qda.codes = [Code(CODE, "Eigener Code", None, "Definition")]
    qda.memos = [Memo("a0000000-0000-4000-8000-000000000001", SOURCE, "Memo zur Quelle"),
                 Memo("a0000000-0000-4000-8000-000000000002", SOURCE, "Kurz gefasst.", "summary"),
                 Memo("a0000000-0000-4000-8000-000000000003", CODE, "Memo zum Code\nzweite Zeile")]
    return qda


def test_memos_and_summaries_survive_a_round_trip(tmp_path: Path) -> None:
    back = read_qdpx(write_qdpx(_project(), tmp_path / "n.qdpx"))  # write_qdpx validates against Project.xsd
    got = {(m.target, m.text, m.kind) for m in back.memos}
    assert got == {(SOURCE, "Memo zur Quelle", "memo"), (SOURCE, "Kurz gefasst.", "summary"),
                   (CODE, "Memo zum Code\nzweite Zeile", "memo")}
    assert next(m for m in back.memos if m.kind == "summary").name == "Fallzusammenfassung: Interview 1"
    assert back.skipped == []


def test_a_note_that_nothing_refers_to_is_reported(tmp_path: Path) -> None:
    path = write_qdpx(_project(), tmp_path / "n.qdpx")
    stray = rewrite_qde(path, tmp_path / "stray.qdpx",
                        b'<NoteRef targetGUID="a0000000-0000-4000-8000-000000000001"/>', b"")
    back = read_qdpx(stray)
    assert len(back.memos) == 2
    assert any("Memo: Interview 1" in s and "übersprungen" in s for s in back.skipped)
