"""Thematic matrix (page, CSV for German Excel, XLSX) and agreement between coders."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from augenhoehe.web.research.models import CaseSummary
from augenhoehe.web.research.services.matrix import build_matrix, main_categories
from tests.integration.web.research.conftest import as_user

pytestmark = pytest.mark.django_db


def test_main_categories_are_the_codes_below_the_groups_and_own_top_level_codes(project):
    names = [c.name for c in main_categories(project)]
    assert "Eigener Code" in names and "Nachhaltung" in names and "Rollenorientierung" in names
    assert "Prozessmodell (Hauptkategorien)" not in names


def test_matrix_cells_hold_the_segments_and_the_last_column_the_summary(project, researcher):
    doc = project.documents.get(name="Plan B")
    CaseSummary.objects.create(document=doc, text="=Zusammenfassung B", author=researcher)
    matrix = build_matrix(project)
    column = [c.name for c in matrix.columns].index("Eigener Code")
    row = next(r for r in matrix.rows if r.document == doc)
    assert row.cells[column] == ["Herr [PERSON_2] sucht Arbeit im Lager."]
    assert row.summary == "=Zusammenfassung B"
    page = as_user(researcher).get(reverse("research:matrix", args=[project.pk])).content.decode()
    assert "Herr [PERSON_2] sucht Arbeit im Lager." in page


def test_matrix_can_be_limited_to_one_coder(project):
    ben = "bbbbbbbb-0000-4000-8000-000000000002"
    matrix = build_matrix(project, coder=ben)
    assert sum(len(cell) for row in matrix.rows for cell in row.cells) == 1


def test_matrix_csv_is_for_german_excel_and_defuses_formulas(project, researcher):
    CaseSummary.objects.create(document=project.documents.get(name="Plan B"), text="=HYPERLINK(1)", author=researcher)
    response = as_user(researcher).get(reverse("research:matrix_csv", args=[project.pk]))
    assert response["Content-Type"].startswith("text/csv")
    data = response.content
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Fall", "Fallzusammenfassung"]
    assert rows[2][1] == "'=HYPERLINK(1)"
    assert any("Pflegehelferin" in cell or "Träger" in cell for cell in rows[1])


def test_matrix_xlsx_opens_with_openpyxl_and_keeps_strings_as_strings(project, researcher):
    from openpyxl import load_workbook

    CaseSummary.objects.create(document=project.documents.get(name="Plan A"), text="=1+1", author=researcher)
    CaseSummary.objects.create(document=project.documents.get(name="Plan B"), text="Seite\x0c2", author=researcher)
    response = as_user(researcher).get(reverse("research:matrix_xlsx", args=[project.pk]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A1"].value == "Fall"
    assert sheet["A2"].value == "Plan A"
    summary = sheet["B2"]
    assert summary.value == "'=1+1" and summary.data_type == "s"
    assert sheet["B3"].value == "Seite2"  # a form feed would make the workbook invalid


def test_agreement_between_two_coders_uses_the_library_statistics(project, researcher):
    anna, ben = "aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002"
    url = reverse("research:agreement", args=[project.pk])
    page = as_user(researcher).get(url, {"coders": [anna, ben], "min_overlap": 90}).content.decode()
    assert "Übereinstimmung je Code und gesamt" in page
    assert "Nachhaltung" in page and "2/2 (1,00)" in page  # 42 of 44 characters overlap: 95 % ≥ 90 %
    strict = as_user(researcher).get(url, {"coders": [anna, ben], "min_overlap": 99}).content.decode()
    assert "0/2 (0,00)" in strict


def test_agreement_needs_two_coders(project, researcher):
    anna = "aaaaaaaa-0000-4000-8000-000000000001"
    page = as_user(researcher).get(reverse("research:agreement", args=[project.pk]),
                                   {"coders": [anna], "min_overlap": 90}).content.decode()
    assert "mindestens zwei verschiedene Codierer" in page
