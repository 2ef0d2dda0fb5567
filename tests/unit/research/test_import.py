"""Import of coded .qdpx files: the exporters' quirks, and bad input refused as a whole."""

from __future__ import annotations

import zipfile

import pytest

from augenhoehe.cli.main import main
from augenhoehe.research import importer
from augenhoehe.research.importer import QdpxError, read_qdpx

from .helpers import qdpx

U1 = "AAAAAAAA-0000-4000-8000-000000000001"
C1 = "CCCCCCCC-0000-4000-8000-000000000001"
S1 = "5555AAAA-0000-4000-8000-000000000001"
S2 = "5555AAAA-0000-4000-8000-000000000002"
TEXT = "Sie bewerben sich regelmäßig. Wir treffen uns am 3. März. Grüße – Ünïcödé ✓"


def _qde(sources: str, users: str = f'<User guid="{U1}" name="Anna"/>', base: str = "") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Test" origin="fixture" {base}>
  <Users>{users}</Users>
  <CodeBook><Codes>
    <Code guid="{C1}" name="Ausformulierung" isCodable="true">
      <Code guid="{C1[:-1]}2" name="vage" isCodable="true"/></Code>
  </Codes></CodeBook>
  <Sources>{sources}</Sources>
</Project>"""


def _sel(start: int, end: int, code: str = C1, user: str = U1, guid: str = "1") -> str:
    return (f'<PlainTextSelection guid="{{0000000{guid}-0000-4000-8000-000000000000}}" startPosition="{start}" '
            f'endPosition="{end}" creatingUser="{user}"><Coding guid="1000000{guid}-0000-4000-8000-000000000000" '
            f'creatingUser="{user}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')


def test_maxqda_style_internal_paths_and_code_point_offsets(tmp_path):
    # internal:// file in Sources/, upper-case GUIDs, offsets in code points (non-ASCII text)
    qde = _qde(f'<TextSource guid="{S1}" name="Plan 1" plainTextPath="internal://{S1}.txt">'
               f'{_sel(TEXT.index("Ünïcödé"), len(TEXT))}</TextSource>')
    p = read_qdpx(qdpx(tmp_path / "m.qdpx", qde, {f"Sources/{S1}.txt": TEXT.encode("utf-8")}))
    (c,) = p.codings
    assert p.sources[0].text[c.start:c.end] == "Ünïcödé ✓"
    assert c.user == U1.lower() and c.code == C1.lower()
    assert [x.name for x in p.codes] == ["Ausformulierung", "vage"] and p.codes[1].parent == C1.lower()


def test_lower_case_sources_folder_and_coder_lookup_by_braced_guid(tmp_path):
    qde = _qde(f'<TextSource guid="{S1}" name="Plan 1" plainTextPath="internal://{S1}.txt">{_sel(0, 3)}'
               '</TextSource>')
    p = read_qdpx(qdpx(tmp_path / "l.qdpx", qde, {f"sources/{S1.lower()}.txt": b"abcdef"}))
    assert p.sources[0].text == "abcdef"
    assert p.find_user("{" + U1 + "}").name == "Anna"
    assert p.find_user(" anna ").guid == U1.lower()


def test_atlas_style_relative_paths_with_base_path_and_braced_guids(tmp_path):
    qde = _qde(f'<TextSource guid="{{{S1}}}" name="Plan 1" plainTextPath="relative://texte/plan1.txt">'
               f'{_sel(0, 3, code="{" + C1 + "}")}</TextSource>'
               f'<TextSource guid="{S2}" name="Plan 2" plainTextPath="relative://fehlt.txt"/>',
               base='basePath="C:\\Users\\x\\Projekt"')
    p = read_qdpx(qdpx(tmp_path / "a.qdpx", qde, {"Sources/plan1.txt": TEXT.encode("utf-8")}))
    assert [s.name for s in p.sources] == ["Plan 1"]
    assert len(p.codings) == 1
    assert any("Plan 2" in s and "außerhalb des Archivs" in s for s in p.skipped)


def test_qualcoder_style_inline_text_whole_source_coding_and_unknown_user(tmp_path):
    qde = _qde(f'<TextSource guid="{S1}" name="Plan 1"><PlainTextContent>{TEXT}</PlainTextContent>'
               f'<Coding guid="20000000-0000-4000-8000-000000000000" creatingUser="{U1[:-1]}9">'
               f'<CodeRef targetGUID="{C1}"/></Coding></TextSource>')
    p = read_qdpx(qdpx(tmp_path / "q.qdpx", qde))
    (c,) = p.codings
    assert (c.start, c.end) == (0, len(TEXT))
    assert any("fehlt in <Users>" in n for n in p.notes)


def test_skipped_items_are_reported(tmp_path):
    qde = _qde(f'<TextSource guid="{S1}" name="Plan 1" plainTextPath="internal://{S1}.txt">'
               f'{_sel(0, 3, code="DDDDDDDD-0000-4000-8000-000000000001")}'
               f'<PlainTextSelection guid="30000000-0000-4000-8000-000000000000" startPosition="1" endPosition="2"/>'
               f'</TextSource><PDFSource guid="{S2}" name="Scan" path="internal://x.pdf"/>')
    p = read_qdpx(qdpx(tmp_path / "s.qdpx", qde, {f"Sources/{S1}.txt": b"abcdef"}))
    text = " | ".join(p.skipped)
    assert "unbekannten Code" in text and "PDFSource „Scan“" in text and "ohne Code" in text
    assert p.codings == []


def test_not_a_zip_is_refused(tmp_path, capsys):
    bad = tmp_path / "x.qdpx"
    bad.write_text("kein zip", encoding="utf-8")
    with pytest.raises(QdpxError, match="keine ZIP-Datei"):
        read_qdpx(bad)
    assert main(["research", "import", str(bad)]) == 2
    err = capsys.readouterr()
    assert "keine ZIP-Datei" in err.err and err.out == ""


def test_zip_bomb_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "bomb.qdpx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", _qde(""))
        zf.writestr("Sources/x.txt", b"0" * (5 * 2**20))
    with pytest.raises(QdpxError, match="ZIP-Bombe"):
        read_qdpx(path)
    monkeypatch.setattr(importer, "MAX_TOTAL", 1000)
    with pytest.raises(QdpxError, match="zu groß"):
        read_qdpx(qdpx(tmp_path / "big.qdpx", _qde(""), {"Sources/y.txt": b"x" * 2000}))


def test_external_entities_are_refused(tmp_path):
    xxe = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>')
    with pytest.raises(QdpxError, match="DOCTYPE"):
        read_qdpx(qdpx(tmp_path / "x.qdpx", xxe))


def test_offsets_past_the_end_import_nothing(tmp_path):
    qde = _qde(f'<TextSource guid="{S1}" name="Plan 1" plainTextPath="internal://{S1}.txt">'
               f'{_sel(0, 3)}{_sel(2, 99, guid="2")}</TextSource>')
    with pytest.raises(QdpxError, match="über das Textende"):
        read_qdpx(qdpx(tmp_path / "o.qdpx", qde, {f"Sources/{S1}.txt": b"abcdef"}))


def test_unknown_encoding_is_refused_but_boms_are_read(tmp_path):
    qde = _qde(f'<TextSource guid="{S1}" name="Plan 1" plainTextPath="internal://{S1}.txt">{_sel(0, 3)}'
               '</TextSource>')
    with pytest.raises(QdpxError, match="unbekannte Zeichenkodierung"):
        read_qdpx(qdpx(tmp_path / "e.qdpx", qde, {f"Sources/{S1}.txt": "Grüße".encode("latin-1")}))
    p = read_qdpx(qdpx(tmp_path / "u16.qdpx", qde, {f"Sources/{S1}.txt": "Grüße".encode("utf-16")}))
    assert p.sources[0].text == "Grüße"


def test_missing_project_qde_and_broken_xml(tmp_path):
    with zipfile.ZipFile(tmp_path / "n.qdpx", "w") as zf:
        zf.writestr("Sources/a.txt", "x")
    with pytest.raises(QdpxError, match="project.qde fehlt"):
        read_qdpx(tmp_path / "n.qdpx")
    with pytest.raises(QdpxError, match="kein gültiges XML"):
        read_qdpx(qdpx(tmp_path / "b.qdpx", "<Project"))
