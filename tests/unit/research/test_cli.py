"""`augenhoehe research` as a user runs it: help, missing subcommand, import as text."""

from __future__ import annotations

from augenhoehe.cli.main import main
from augenhoehe.research.export import build_project, write_qdpx

from .helpers import docs


def test_missing_subcommand_gets_a_german_message(capsys):
    assert main(["research"]) == 2
    assert "Unterbefehl fehlt" in capsys.readouterr().err


def test_import_as_text_summarises_coders_and_skips(tmp_path, capsys):
    path = write_qdpx(build_project(docs()), tmp_path / "p.qdpx")
    assert main(["research", "import", str(path), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "2 Quellen" in out and "Codierer augenhoehe-Prüfung" in out


def test_missing_file_is_reported(tmp_path, capsys):
    assert main(["research", "validity", str(tmp_path / "fehlt.qdpx")]) == 2
    assert "nicht gefunden" in capsys.readouterr().err
