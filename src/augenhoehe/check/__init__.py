"""The plan checker: findings and ten indicator scores for a Kooperationsplan."""

from augenhoehe.check.config import Config, load_config
from augenhoehe.check.engine import check_plan, check_text
from augenhoehe.check.model import INDICATORS, CheckResult, Finding

__all__ = ["INDICATORS", "CheckResult", "Config", "Finding", "check_plan", "check_text", "load_config"]
