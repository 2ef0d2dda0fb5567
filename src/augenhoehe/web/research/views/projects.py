"""Project list, creation (REFI-QDA import or simulation), overview, members and .qdpx export."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.contrib import messages
from django.db.models import Count
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from augenhoehe.web.research.forms import ImportForm, MemberForm, SimulationForm
from augenhoehe.web.research.services import projects
from augenhoehe.web.research.views.common import code_tree
from augenhoehe.web.workspace.services.access import Capability
from augenhoehe.web.workspace.views.common import AuthedRequest, flash_errors, requires


@requires(Capability.DO_RESEARCH)
def project_list(request: AuthedRequest) -> HttpResponse:
    """The researcher's projects."""
    return render(request, "research/projects.html", {"projects": projects.projects_of(request.user)})


def _save_upload(upload) -> Path:  # type: ignore[no-untyped-def]
    if hasattr(upload, "temporary_file_path"):
        return Path(upload.temporary_file_path())
    fd, name = tempfile.mkstemp(suffix=".qdpx", prefix="augenhoehe-upload-")
    with open(fd, "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    return Path(name)


@requires(Capability.DO_RESEARCH)
def project_create(request: AuthedRequest) -> HttpResponse:
    """Create a project from a .qdpx file or from a small simulation run."""
    import_form, sim_form = ImportForm(prefix="qdpx"), SimulationForm(prefix="sim")
    if request.method == "POST" and "qdpx-file" in request.FILES:
        import_form = ImportForm(request.POST, request.FILES, prefix="qdpx")
        if import_form.is_valid():
            upload = import_form.cleaned_data["file"]
            path = _save_upload(upload)
            with flash_errors(request):
                try:
                    project = projects.import_qdpx(request.user, import_form.cleaned_data["name"], path,
                                                   import_form.cleaned_data["seed_guide"], upload.name)
                finally:
                    if not hasattr(upload, "temporary_file_path"):
                        path.unlink(missing_ok=True)
                messages.success(request, _("Projekt importiert."))
                return redirect("research:project", project_id=project.pk)
    elif request.method == "POST":
        sim_form = SimulationForm(request.POST, prefix="sim")
        if sim_form.is_valid():
            with flash_errors(request):
                project = projects.create_from_simulation(request.user, sim_form.cleaned_data["name"],
                                                          sim_form.cleaned_data["seed"],
                                                          sim_form.cleaned_data["clients"])
                messages.success(request, _("Projekt aus der Simulation angelegt."))
                return redirect("research:project", project_id=project.pk)
    return render(request, "research/project_create.html", {"import_form": import_form, "sim_form": sim_form})


@requires(Capability.DO_RESEARCH)
def project_detail(request: AuthedRequest, project_id: int) -> HttpResponse:
    """Documents, code system, members and the ways into the analysis."""
    project = projects.project_for(request.user, project_id)
    documents = project.documents.annotate(n_codings=Count("codings")).select_related("summary")
    return render(request, "research/project.html", {
        "project": project, "documents": documents, "tree": code_tree(project),
        "members": project.members.order_by("username"), "member_form": MemberForm(),
    })


@requires(Capability.DO_RESEARCH)
@require_POST
def add_member(request: AuthedRequest, project_id: int) -> HttpResponse:
    """Add another researcher by user name."""
    project = projects.project_for(request.user, project_id)
    form = MemberForm(request.POST)
    if form.is_valid():
        with flash_errors(request):
            other = projects.add_member(project, form.cleaned_data["username"])
            messages.success(request, _("%(name)s ist jetzt Mitglied.") % {"name": other.username})
    return redirect("research:project", project_id=project.pk)


@requires(Capability.DO_RESEARCH)
def export_qdpx(request: AuthedRequest, project_id: int) -> FileResponse:
    """The project as REFI-QDA (.qdpx): sources, codes with definitions, codings of every coder."""
    project = projects.project_for(request.user, project_id)
    tmp = Path(tempfile.mkdtemp(prefix="augenhoehe-export-")) / "projekt.qdpx"
    projects.export_qdpx(project, tmp)
    data = tmp.read_bytes()
    tmp.unlink()
    tmp.parent.rmdir()
    name = f"{slugify(project.name) or 'projekt'}.qdpx"
    from io import BytesIO

    return FileResponse(BytesIO(data), as_attachment=True, filename=name, content_type="application/zip")
