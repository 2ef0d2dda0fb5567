"""Every user-facing string in the web's views, services, selectors and forms goes through gettext.

An AST scan with two nets:
1. a German literal (also an f-string, a concatenation or a `%` format of one) passed straight to
   `messages.*(…)`, to `form.add_error(…)` or to a raised exception;
2. any other string literal that reads as words (it has a space and a letter) outside a gettext
   call, a docstring or the few exemptions below.
Wrap such a string in `_()` (gettext, or gettext_lazy at module level) and add it to the English
catalogue (see CONTRIBUTING.md, "Add or update a translation").
"""

from __future__ import annotations

import ast
from pathlib import Path

WEB = Path(__file__).resolve().parents[3] / "src" / "augenhoehe" / "web"
SCANNED = sorted([*WEB.glob("workspace/views/*.py"), *WEB.glob("workspace/services/*.py"),
                  WEB / "workspace" / "forms.py", WEB / "workspace" / "selectors.py",
                  WEB / "workspace" / "plan_form.py", WEB / "errors.py", WEB / "middleware.py"])
MESSAGE_CALLS = {"debug", "info", "success", "warning", "error", "add_error"}
GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy"}
GERMAN = set("äöüÄÖÜß") | {" "}
EXEMPT_NAMES = {"DEFAULT_CONSEQUENCES"}
"""Module constants that stay German on purpose: the Rechtsfolgenbelehrungen of the German PDF letters."""
EXEMPT_PREFIXES = ("attachment;", "text/", "application/")
"""HTTP header values."""


def _raw_text(node: ast.AST) -> str | None:
    """The text of a bare literal or f-string (not wrapped in a call), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        parts = [_raw_text(node.left), _raw_text(node.right) if isinstance(node.op, ast.Add) else None]
        if any(p is not None for p in parts):
            return "".join(p for p in parts if p)
    return None


def _user_facing(text: str) -> bool:
    """Sentences and words meant for people (not codes, keys or empty strings)."""
    return any(ch in GERMAN for ch in text.strip()) and any(ch.isalpha() for ch in text)


def _skipped_ids(tree: ast.AST) -> set[int]:
    """Docstrings, strings inside gettext calls and inside exempt constants."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skipped.add(id(node.value))  # docstrings and bare string statements
        wrapped = (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in GETTEXT) or (
            isinstance(node, ast.Assign | ast.AnnAssign)
            and any(isinstance(t, ast.Name) and t.id in EXEMPT_NAMES
                    for t in (node.targets if isinstance(node, ast.Assign) else [node.target])))
        if wrapped:
            skipped.update(id(inner) for inner in ast.walk(node))
    return skipped


def raw_strings(source: str, name: str) -> list[str]:
    """`name:line: text` for every user-facing literal outside gettext."""
    tree = ast.parse(source)
    skipped = _skipped_ids(tree)
    found: dict[int, str] = {}
    for node in ast.walk(tree):
        args: list[ast.AST] = []
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            args = [*node.exc.args, *(k.value for k in node.exc.keywords)]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in MESSAGE_CALLS:
            args = list(node.args[1:])
        for arg in args:
            text = _raw_text(arg)
            if text is not None and _user_facing(text):
                found.setdefault(arg.lineno, text[:60])
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
            text = node.value.strip()
            if " " in text and any(ch.isalpha() for ch in text) and not text.startswith(EXEMPT_PREFIXES):
                found.setdefault(node.lineno, text[:60])
    return [f"{name}:{line}: {text}" for line, text in sorted(found.items())]


def test_the_scan_finds_raw_strings_and_accepts_gettext() -> None:
    source = (
        "messages.error(request, 'Bitte ein Ziel eintragen.')\n"
        "raise ValidationError(f'Höchstens {n} Zeichen.')\n"
        "raise ValidationError('Es fehlt: ' + ', '.join(missing))\n"
        "LABELS = (('share', 'Pläne mit Schritten'),)\n"
        "messages.success(request, _('Der Entwurf ist gespeichert.'))\n"
        "raise ValidationError(_('Höchstens %(n)d Zeichen.') % {'n': n})\n"
        "raise KeyError('code')\n"
        "LABEL = gettext_lazy('Abschlussquote je Monat')\n"
        "DEFAULT_CONSEQUENCES = {'x': 'Rechtsfolgenbelehrung: bleibt deutsch.'}\n"
        "response['Content-Disposition'] = 'attachment; filename=x.pdf'\n"
    )
    assert [line.split(":")[1] for line in raw_strings(source, "x")] == ["1", "2", "3", "4"]


def test_no_raw_german_string_in_views_services_and_forms() -> None:
    offenders = [line for path in SCANNED
                 for line in raw_strings(path.read_text(encoding="utf-8"), str(path.relative_to(WEB)))]
    assert offenders == [], "wrap these in gettext:\n" + "\n".join(offenders)
