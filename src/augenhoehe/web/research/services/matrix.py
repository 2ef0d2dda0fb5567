"""The thematic matrix (cases × main categories) and its CSV/XLSX forms; agreement through the library."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from augenhoehe.domain.errors import ValidationError
from augenhoehe.research.compare import AgreementError, Figures, agreement_report
from augenhoehe.web.research.models import Code, Coding, Document, ResearchProject
from augenhoehe.web.research.services.projects import as_project

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""Cells starting with these would run as formulas in a spreadsheet; they get a leading apostrophe."""


@dataclass
class Row:
    """One case: its document, a cell per main category (the coded segments) and its summary."""

    document: Document
    cells: list[list[str]]
    summary: str


@dataclass
class Matrix:
    """Columns are the main categories; rows are the cases."""

    columns: list[Code]
    rows: list[Row] = field(default_factory=list)


def main_categories(project: ResearchProject) -> list[Code]:
    """Top-level codable codes, and the codes directly below a top-level group that cannot be coded."""
    codes = list(project.codes.select_related("parent"))
    out = []
    for c in codes:
        if c.parent_id is None and c.codable:
            out.append(c)
        elif c.parent_id is not None and c.parent is not None and c.parent.parent_id is None \
                and not c.parent.codable:
            out.append(c)
    return out


def coders(project: ResearchProject) -> list[tuple[str, str]]:
    """(GUID, name) of everybody who coded in the project."""
    rows = (Coding.objects.filter(document__project=project).order_by()
            .values_list("coder_guid", "coder_name").distinct())
    return sorted(set(rows), key=lambda r: r[1].casefold())


def build_matrix(project: ResearchProject, coder: str | None = None, group: int | None = None) -> Matrix:
    """Cells hold the segments coded with the category or any code below it (optionally of one coder)."""
    columns = main_categories(project)
    if group:
        columns = [c for c in columns if c.parent_id == group or c.pk == group]
    parent = {c.pk: c.parent_id for c in project.codes.all()}

    def column_of(code_id: int) -> int | None:
        wanted = {c.pk for c in columns}
        node: int | None = code_id
        while node is not None:
            if node in wanted:
                return node
            node = parent.get(node)
        return None

    index = {c.pk: i for i, c in enumerate(columns)}
    codings = Coding.objects.filter(document__project=project).select_related("document")
    if coder:
        codings = codings.filter(coder_guid=coder)
    cells: dict[int, list[list[str]]] = {}
    for c in codings.order_by("document", "start"):
        col = column_of(c.code_id)
        if col is None:
            continue
        row = cells.setdefault(c.document_id, [[] for _ in columns])
        row[index[col]].append(c.segment.strip())
    matrix = Matrix(columns)
    for doc in project.documents.select_related("summary"):
        summary = getattr(doc, "summary", None)
        matrix.rows.append(Row(doc, cells.get(doc.pk, [[] for _ in columns]), summary.text if summary else ""))
    return matrix


def _safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def table(matrix: Matrix) -> list[list[str]]:
    """Header and rows as strings: case, case summary, then the categories (segments separated by blank lines)."""
    head = [_("Fall"), _("Fallzusammenfassung"), *[c.name for c in matrix.columns]]
    body = [[r.document.name, r.summary, *["\n\n".join(cell) for cell in r.cells]] for r in matrix.rows]
    return [[_safe(v) for v in row] for row in [head, *body]]


def matrix_csv(matrix: Matrix) -> bytes:
    """CSV for German Excel: semicolon, UTF-8 with BOM, every cell quoted where needed."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerows(table(matrix))
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def matrix_xlsx(matrix: Matrix, title: str) -> bytes:
    """An Excel workbook with the matrix (wrapped text, frozen header); strings stay strings."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _("Themenmatrix")[:31]
    for r, row in enumerate(table(matrix), start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters are not allowed in XLSX
            cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if r == 1:
                cell.font = Font(bold=True)
    for c in range(1, len(matrix.columns) + 3):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = 40 if c > 1 else 24
    ws.freeze_panes = "B2"
    wb.properties.title = title
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def agreement(project: ResearchProject, coder_guids: list[str], min_overlap: float = 0.9) -> list[Figures]:
    """The library's agreement figures between the chosen coders of the project."""
    try:
        return agreement_report(as_project(project), coder_guids, min_overlap=min_overlap)
    except AgreementError as exc:
        raise ValidationError(str(exc)) from exc
