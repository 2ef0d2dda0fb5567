"""Scores follow the documented formula; config files select rules; regimes change advice."""

from __future__ import annotations

import pytest
from tests.unit.check.test_engine import GOOD

from augenhoehe.check import check_text
from augenhoehe.check.config import Config, ConfigError, load_config
from augenhoehe.check.model import Finding
from augenhoehe.check.scoring import SANCTION_CAP, scores


def _finding(code: str, indicator: str, severity: str) -> Finding:
    return Finding(code, "x", indicator, severity, "m", 1, 1, 0, 0, "")  # type: ignore[arg-type]


def test_sanction_language_caps_gesamt_even_if_the_rest_is_perfect():
    result = scores([_finding("SF102", "sanktionsfreiheit", "error")])
    assert result["gesamt"] == SANCTION_CAP
    assert all(result[k] == 100 for k in result if k not in ("sanktionsfreiheit", "gesamt"))


def test_repeated_findings_of_one_rule_count_less_and_stop_counting():
    one = scores([_finding("VS101", "verstaendlichkeit", "warning")])["verstaendlichkeit"]
    five = scores([_finding("VS101", "verstaendlichkeit", "warning")] * 5)["verstaendlichkeit"]
    nine = scores([_finding("VS101", "verstaendlichkeit", "warning")] * 9)["verstaendlichkeit"]
    assert one == 88 and five == 100 - 12 - 4 * 6 and nine == five


def test_rule_weight_overrides_severity_default():
    assert scores([_finding("GS101", "gegenseitigkeit", "warning")])["gegenseitigkeit"] == 40


@pytest.mark.parametrize("regime,needle", [
    ("buergergeld", "§ 15 Abs. 5/6"), ("grundsicherung", "§ 15a"), ("egv", "31.12.2023")])
def test_sanction_finding_is_an_error_in_every_regime_with_regime_specific_advice(regime, needle):
    text = GOOD.replace("Überprüfung", "Hinweis\nSonst wird Ihr Bürgergeld gemindert.\n\nÜberprüfung")
    finding = next(f for f in check_text(text, regime=regime).findings if f.code == "SF102")
    assert finding.severity == "error" and needle in finding.suggestions[0]


def test_pyproject_style_config_is_read(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.augenhoehe.check]\nselect = ["ks", "SF"]\nignore = ["KS106"]\n',
                    encoding="utf-8")
    config = load_config(path)
    assert config.enabled("KS101") and config.enabled("SF102")
    assert not config.enabled("KS106") and not config.enabled("VS101")


def test_default_config_file_is_found_in_working_directory(tmp_path):
    (tmp_path / "augenhoehe-check.toml").write_text('[check]\nignore = ["VS"]\n', encoding="utf-8")
    assert load_config(cwd=tmp_path) == Config(ignore=("VS",))
    assert load_config(cwd=tmp_path / "nowhere") == Config()


def test_bad_config_value_is_rejected(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[check]\nselect = "KS"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="select"):
        load_config(path)


def test_config_limits_findings_of_a_check():
    result = check_text(GOOD.replace("Sie bewerben", "Sie bewerben sich regelmäßig und"),
                        config=Config(select=("KS",)))
    assert all(f.code.startswith("KS") for f in result.findings)
