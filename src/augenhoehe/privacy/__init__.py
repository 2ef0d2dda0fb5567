"""Pseudonymisation of plan texts: names, addresses, numbers and employers become placeholders."""

from augenhoehe.privacy.pseudonymiser import Pseudonymised, Pseudonymiser, pseudonymise
from augenhoehe.privacy.spans import KINDS, OffsetMap, Replacement, Span

__all__ = ["KINDS", "OffsetMap", "Pseudonymised", "Pseudonymiser", "Replacement", "Span", "pseudonymise"]
