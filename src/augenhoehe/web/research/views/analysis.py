"""The thematic matrix (page, CSV, XLSX) and the agreement between coders."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.text import slugify

from augenhoehe.web.research.forms import AgreementForm
from augenhoehe.web.research.models import ResearchProject
from augenhoehe.web.research.services import matrix as matrices
from augenhoehe.web.research.services import projects
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _matrix(request: AuthedRequest, project: ResearchProject) -> matrices.Matrix:
    coders = dict(matrices.coders(project))
    coder = request.GET.get("codierer") or None
    return matrices.build_matrix(project, coder if coder in coders else None, _int(request.GET.get("gruppe")))


@requires(Capability.DO_RESEARCH)
def matrix(request: AuthedRequest, project_id: int) -> HttpResponse:
    """Cases × main categories; cells hold the coded segments, the last column the case summary."""
    project = projects.project_for(request.user, project_id)
    groups = [c for c in project.codes.filter(parent__isnull=True) if not c.codable]
    return render(request, "research/matrix.html", {
        "project": project, "matrix": _matrix(request, project), "coders": matrices.coders(project),
        "groups": groups, "coder": request.GET.get("codierer", ""), "group": _int(request.GET.get("gruppe")),
        "query": request.GET.urlencode(),
    })


def _download(data: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@requires(Capability.DO_RESEARCH)
def matrix_csv(request: AuthedRequest, project_id: int) -> HttpResponse:
    """The matrix as CSV for German Excel (semicolon, UTF-8 with BOM)."""
    project = projects.project_for(request.user, project_id)
    name = f"{slugify(project.name) or 'projekt'}-matrix.csv"
    return _download(matrices.matrix_csv(_matrix(request, project)), "text/csv; charset=utf-8", name)


@requires(Capability.DO_RESEARCH)
def matrix_xlsx(request: AuthedRequest, project_id: int) -> HttpResponse:
    """The matrix as an Excel workbook."""
    project = projects.project_for(request.user, project_id)
    name = f"{slugify(project.name) or 'projekt'}-matrix.xlsx"
    data = matrices.matrix_xlsx(_matrix(request, project), project.name)
    return _download(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)


@requires(Capability.DO_RESEARCH)
def agreement(request: AuthedRequest, project_id: int) -> HttpResponse:
    """Agreement between chosen coders, per code and overall (the library's statistics)."""
    project = projects.project_for(request.user, project_id)
    coders = matrices.coders(project)
    form = AgreementForm(request.GET or None, coders=coders)
    figures = None
    if request.GET and form.is_valid():
        with flash_errors(request):
            figures = matrices.agreement(project, form.cleaned_data["coders"],
                                         form.cleaned_data["min_overlap"] / 100)
    return render(request, "research/agreement.html", {"project": project, "form": form, "figures": figures})
