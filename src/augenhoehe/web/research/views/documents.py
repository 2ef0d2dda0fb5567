"""Documents (read, select and code, memos, case summary) and the code system (tree, definitions, memos)."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.web.research.forms import CodeForm, CodingForm, MemoForm, SummaryForm
from augenhoehe.web.research.services import coding, projects
from augenhoehe.web.research.views.common import code_choices, code_tree
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires


def _document_page(request: AuthedRequest, project_id: int, document_id: int,
                   coding_form: CodingForm | None = None) -> HttpResponse:
    project = projects.project_for(request.user, project_id)
    document = coding.document_in(project, document_id)
    codings = list(document.codings.select_related("code").order_by("start", "end", "pk"))
    summary = getattr(document, "summary", None)
    docs = list(project.documents.values_list("pk", flat=True))
    here = docs.index(document.pk)
    me, _name = coding.coder_of(request.user)
    return render(request, "research/document.html", {
        "project": project, "document": document, "codings": codings, "me": me,
        "pieces": coding.pieces(document, codings),
        "coding_form": coding_form or CodingForm(codes=code_choices(project, codable_only=True)),
        "memo_form": MemoForm(initial={"document": document.pk}),
        "summary_form": SummaryForm(initial={"text": summary.text if summary else ""}),
        "memos": document.memos.select_related("author"),
        "previous": docs[here - 1] if here > 0 else None, "next": docs[here + 1] if here + 1 < len(docs) else None,
        "variables": sorted(document.variables.items()),
    })


@requires(Capability.DO_RESEARCH)
def document_detail(request: AuthedRequest, project_id: int, document_id: int) -> HttpResponse:
    """The text with its coded segments; select text, pick a code, save."""
    return _document_page(request, project_id, document_id)


@requires(Capability.DO_RESEARCH)
@require_POST
def add_coding(request: AuthedRequest, project_id: int, document_id: int) -> HttpResponse:
    """Code the selection; offsets are checked against the text by the service."""
    project = projects.project_for(request.user, project_id)
    document = coding.document_in(project, document_id)
    form = CodingForm(request.POST, codes=code_choices(project, codable_only=True))
    if not form.is_valid():
        return _document_page(request, project_id, document_id, form)
    with flash_errors(request) as outcome:
        coding.add_coding(project, request.user, document, form.cleaned_data["code"],
                          form.cleaned_data["start"], form.cleaned_data["end"])
        messages.success(request, _("Segment codiert."))
    if not outcome.ok:
        return _document_page(request, project_id, document_id, form)
    return redirect("research:document", project_id=project.pk, document_id=document.pk)


@requires(Capability.DO_RESEARCH)
@require_POST
def delete_coding(request: AuthedRequest, project_id: int, coding_id: int) -> HttpResponse:
    """Remove one of the user's own codings."""
    project = projects.project_for(request.user, project_id)
    target = project.documents.filter(codings__pk=coding_id).first()
    coding.delete_coding(project, request.user, coding_id)
    messages.success(request, _("Codierung entfernt."))
    if target is None:
        return redirect("research:project", project_id=project.pk)
    return redirect("research:document", project_id=project.pk, document_id=target.pk)


@requires(Capability.DO_RESEARCH)
@require_POST
def add_memo(request: AuthedRequest, project_id: int) -> HttpResponse:
    """A memo on a document or a code; back to where it was written."""
    project = projects.project_for(request.user, project_id)
    form = MemoForm(request.POST)
    doc_id = code_id = None
    if form.is_valid():
        doc_id, code_id = form.cleaned_data["document"], form.cleaned_data["code"]
        with flash_errors(request):
            coding.add_memo(project, request.user, form.cleaned_data["text"], doc_id, code_id)
            messages.success(request, _("Memo gespeichert."))
    else:
        messages.error(request, _("Das Memo ist leer oder zu lang."))
        doc_id = _int(request.POST.get("document"))
        code_id = _int(request.POST.get("code"))
    if doc_id:
        return redirect("research:document", project_id=project.pk, document_id=doc_id)
    if code_id:
        return redirect("research:code", project_id=project.pk, code_id=code_id)
    return redirect("research:project", project_id=project.pk)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@requires(Capability.DO_RESEARCH)
@require_POST
def save_summary(request: AuthedRequest, project_id: int, document_id: int) -> HttpResponse:
    """Write the case summary of the document."""
    project = projects.project_for(request.user, project_id)
    document = coding.document_in(project, document_id)
    form = SummaryForm(request.POST)
    if form.is_valid():
        with flash_errors(request):
            coding.save_summary(document, request.user, form.cleaned_data["text"])
            messages.success(request, _("Fallzusammenfassung gespeichert."))
    else:
        messages.error(request, _("Die Fallzusammenfassung ist leer oder zu lang."))
    return redirect("research:document", project_id=project.pk, document_id=document.pk)


@requires(Capability.DO_RESEARCH)
def codes(request: AuthedRequest, project_id: int) -> HttpResponse:
    """The code system with definitions; add a (sub)category found in the material."""
    project = projects.project_for(request.user, project_id)
    form = CodeForm(codes=code_choices(project))
    if request.method == "POST":
        form = CodeForm(request.POST, codes=code_choices(project))
        if form.is_valid():
            with flash_errors(request):
                code = coding.add_code(project, form.cleaned_data["name"], form.cleaned_data["parent"],
                                       form.cleaned_data["description"])
                messages.success(request, _("Code „%(name)s“ angelegt.") % {"name": code.name})
                return redirect("research:codes", project_id=project.pk)
    counts = dict(project.codes.annotate(n=Count("codings")).values_list("pk", "n"))
    rows = [(n, counts.get(n.code.pk, 0)) for n in code_tree(project)]
    return render(request, "research/codes.html", {"project": project, "rows": rows, "form": form})


@requires(Capability.DO_RESEARCH)
def code_detail(request: AuthedRequest, project_id: int, code_id: int) -> HttpResponse:
    """A code: definition, memos and every segment coded with it."""
    project = projects.project_for(request.user, project_id)
    code = coding.code_in(project, code_id)
    segments = code.codings.select_related("document").order_by("document__position", "start")
    return render(request, "research/code.html", {
        "project": project, "code": code, "segments": segments, "memos": code.memos.select_related("author"),
        "memo_form": MemoForm(initial={"code": code.pk}),
    })
