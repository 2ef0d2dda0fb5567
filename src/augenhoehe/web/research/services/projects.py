"""Research projects: who may open them, and material in (REFI-QDA, simulation) and out (.qdpx)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from augenhoehe.domain.errors import NotFound, PermissionDenied, ValidationError
from augenhoehe.research.export import CHECKER_GUID, CHECKER_NAME, build_project, write_qdpx
from augenhoehe.research.guide import load_guide, stable_guid
from augenhoehe.research.importer import QdpxError, read_qdpx
from augenhoehe.research.project import Code as QdaCode
from augenhoehe.research.project import Coding as QdaCoding
from augenhoehe.research.project import Memo as QdaMemo
from augenhoehe.research.project import Project, Source, User
from augenhoehe.web.accounts.models import User as Account
from augenhoehe.web.research.models import CaseSummary, Code, Coding, Document, Memo, ResearchProject
from augenhoehe.web.workspace.services.access import Capability, may

MAX_SIMULATED_CLIENTS = 30


def projects_of(user: Account) -> QuerySet[ResearchProject]:
    """The projects the researcher is a member of (nobody else has any)."""
    if not may(user, Capability.DO_RESEARCH):
        return ResearchProject.objects.none()
    return ResearchProject.objects.filter(members=user)


def project_for(user: Account, project_id: int) -> ResearchProject:
    """The project if the user is a researcher and a member; NotFound gives no hint that it exists."""
    if not may(user, Capability.DO_RESEARCH):
        raise PermissionDenied(_("Nur für die Rolle Forschung."))
    project = projects_of(user).filter(pk=project_id).first()
    if project is None:
        raise NotFound(_("Forschungsprojekt nicht gefunden."))
    return project


def _guide_codes() -> list[QdaCode]:
    guide = load_guide()
    parents = {child.guid: cat.guid for group in guide.groups for cat in group.walk() for child in cat.children}
    return [QdaCode(c.guid, c.name_de, parents.get(c.guid), c.description(), c.codable) for c in guide.all()]


@transaction.atomic
def store(user: Account, name: str, origin: str, qda: Project, seed_guide: bool = True) -> ResearchProject:
    """Save a whole QDA project as a research project of `user` (all or nothing)."""
    project = ResearchProject.objects.create(name=name or qda.name, origin=origin, created_by=user,
                                             notes=[*qda.notes, *qda.skipped])
    project.members.add(user)
    codes = list(qda.codes)
    if seed_guide:
        known = {c.guid for c in codes}
        codes += [c for c in _guide_codes() if c.guid not in known]
    by_guid: dict[str, Code] = {}
    for n, c in enumerate(codes):
        by_guid[c.guid] = Code.objects.create(project=project, guid=c.guid, name=c.name[:300],
                                              description=c.description, codable=c.codable, position=n)
    for c in codes:
        if c.parent and c.parent in by_guid:
            Code.objects.filter(pk=by_guid[c.guid].pk).update(parent=by_guid[c.parent])
    docs: dict[str, Document] = {}
    for n, s in enumerate(qda.sources):
        variables = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in s.variables.items()}
        docs[s.guid] = Document.objects.create(project=project, guid=s.guid, name=s.name[:300], text=s.text,
                                               variables=variables, position=n)
    users = qda.user_by_guid()
    Coding.objects.bulk_create([
        Coding(document=docs[c.source], code=by_guid[c.code], start=c.start, end=c.end, coder_guid=c.user,
               coder_name=users[c.user].name if c.user in users else c.user, guid=c.guid)
        for c in qda.codings if c.source in docs and c.code in by_guid])
    _store_memos(project, qda, docs, by_guid)
    return project


def _store_memos(project: ResearchProject, qda: Project, docs: dict[str, Document], codes: dict[str, Code]) -> None:
    """Notes of the file: memos on documents and codes; a case summary per document (the first one)."""
    for m in qda.memos:
        if m.kind == "summary" and m.target in docs and not CaseSummary.objects.filter(
                document=docs[m.target]).exists():
            CaseSummary.objects.create(document=docs[m.target], text=m.text)
        elif m.target in docs or m.target in codes:
            Memo.objects.create(project=project, document=docs.get(m.target), code=codes.get(m.target),
                                text=m.text)


def import_qdpx(user: Account, name: str, path: str | Path, seed_guide: bool = True,
                filename: str | None = None) -> ResearchProject:
    """Import a REFI-QDA project; a bad file raises ValidationError with the importer's message.

    `filename` (the uploaded file's name) replaces the server's temporary path in that message.
    """
    try:
        qda = read_qdpx(path)
    except QdpxError as exc:
        reason = str(exc).replace(str(path), filename or Path(path).name)
        raise ValidationError(_("Die Datei wurde nicht importiert: %(reason)s") % {"reason": reason}) from exc
    if not qda.sources:
        raise ValidationError(_("Die Datei enthält keine lesbaren Textquellen; nichts importiert."))
    return store(user, name, _("REFI-QDA-Import"), qda, seed_guide)


def create_from_simulation(user: Account, name: str, seed: int, clients: int,
                           ground_truth: bool = True) -> ResearchProject:
    """Simulate a small Jobcenter and take its plans in, pseudonymised, through the exporter."""
    from augenhoehe.research.corpus import from_simulation
    from augenhoehe.simulation.engine import simulate
    from augenhoehe.simulation.export import write_result
    from augenhoehe.simulation.scenario import Scenario

    if not 1 <= clients <= MAX_SIMULATED_CLIENTS:
        raise ValidationError(_("Zahl der Kundinnen und Kunden: 1 bis %(max)d.") % {"max": MAX_SIMULATED_CLIENTS})
    result = simulate(Scenario(seed=seed, clients=clients, caseworkers=2, teams=1, months=6))
    with tempfile.TemporaryDirectory(prefix="augenhoehe-sim-") as tmp:
        write_result(result, Path(tmp))
        docs = from_simulation(tmp, ground_truth)
    qda = build_project(docs, pseudonymise=True, name=name)
    origin = _("Simulation (Startwert %(seed)d, %(clients)d Kundinnen/Kunden), pseudonymisiert") % {
        "seed": seed, "clients": clients}
    return store(user, name, origin, qda, seed_guide=False)


def as_project(project: ResearchProject) -> Project:
    """The research project as the library's QDA project (for export and agreement)."""
    qda = Project(project.name)
    qda.codes = [QdaCode(c.guid, c.name, c.parent.guid if c.parent else None, c.description, c.codable)
                 for c in project.codes.select_related("parent")]
    qda.sources = [Source(d.guid, d.name, d.text, dict(d.variables)) for d in project.documents.all()]
    coders: dict[str, str] = {CHECKER_GUID: CHECKER_NAME}
    for c in Coding.objects.filter(document__project=project).select_related("document", "code"):
        coders.setdefault(c.coder_guid, c.coder_name)
        qda.codings.append(QdaCoding(c.document.guid, c.code.guid, c.coder_guid, c.start, c.end, c.guid))
    qda.users = [User(g, n) for g, n in coders.items()]
    for memo in Memo.objects.filter(project=project).select_related("document", "code"):
        target = memo.document.guid if memo.document else memo.code.guid if memo.code else None
        if target:
            qda.memos.append(QdaMemo(stable_guid("memo", f"{project.pk}:{memo.pk}"), target, memo.text))
    for summary in CaseSummary.objects.filter(document__project=project).select_related("document"):
        qda.memos.append(QdaMemo(stable_guid("summary", f"{project.pk}:{summary.document.guid}"),
                                 summary.document.guid, summary.text, "summary"))
    return qda


def export_qdpx(project: ResearchProject, target: Path) -> Path:
    """Write the project as .qdpx through the library's writer (validated against Project.xsd)."""
    return write_qdpx(as_project(project), target)


def add_member(project: ResearchProject, username: str) -> Account:
    """Add another researcher to the project (only users of the role Forschung)."""
    other = Account.objects.filter(username=username.strip(), is_active=True).first()
    if other is None or not may(other, Capability.DO_RESEARCH):
        raise ValidationError(_("Kein Forschungszugang mit diesem Benutzernamen."))
    project.members.add(other)
    return other
