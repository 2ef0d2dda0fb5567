"""The Kuckartz category guide and the REFI-QDA codebook written from it."""

from __future__ import annotations

from lxml import etree

from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS
from augenhoehe.cli.main import main
from augenhoehe.research.codebook import codebook_xml
from augenhoehe.research.guide import FIELDS, load_guide
from augenhoehe.research.qdaxml import CODEBOOK_NS, codebook_as_project, validate_project

MAIN = {"politische_intention", "normativer_rahmen", "rollenorientierung", "wahrgenommener_rahmen",
        "anpassungsstrategien", "umsetzung"}


def test_guide_has_the_six_main_categories_and_the_ten_indicators():
    guide = load_guide()
    process, indicators = guide.groups
    assert {c.id for c in process.children} == MAIN
    assert [c.id for c in indicators.children] == list(INDICATORS)
    for c in indicators.children:
        assert c.name_de == INDICATOR_LABELS[c.id]
    assert {c.id for c in guide.all()} >= {"creaming", "praezise_dokumentation", "kontrollorientiert"}


def test_every_category_has_definition_anchor_rule_and_delimitation_in_both_languages():
    for c in load_guide().all():
        if not c.codable:
            continue
        for f in FIELDS:
            assert c.texts[f]["de"] and c.texts[f]["en"], (c.id, f)
        assert "Ankerbeispiel:" in c.description() and "Anchor example:" in c.description()


def test_guids_are_stable_and_unique():
    a = [c.guid for c in load_guide().all()]
    assert len(set(a)) == len(a)
    assert a == [c.guid for c in load_guide().all()]


def test_codebook_validates_and_is_written_by_the_cli(tmp_path, capsys):
    root = codebook_xml()
    assert root.tag == f"{{{CODEBOOK_NS}}}CodeBook"
    assert validate_project(codebook_as_project(root)) == []
    out = tmp_path / "leitfaden.qdc"
    assert main(["research", "codebook", "--out", str(out)]) == 0
    doc = etree.parse(str(out))
    codes = doc.findall(f".//{{{CODEBOOK_NS}}}Code")
    assert len(codes) == len(load_guide().all())
    assert {c.get("name") for c in codes} >= set(INDICATOR_LABELS.values())


def test_schema_check_is_real():
    root = codebook_xml()
    root[0][0].attrib.pop("isCodable")
    assert validate_project(codebook_as_project(root))
