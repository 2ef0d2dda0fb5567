"""Reflection app: self-reflection, training, Fallberatung, library, team standards and the guide."""

from __future__ import annotations

from datetime import date

import pytest

from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.web.accounts.models import Role, User
from augenhoehe.web.reflection.models import (
    CaseDiscussion,
    DiscussionNote,
    LibraryPlan,
    SelfReflection,
    StandardRevision,
    TrainingAttempt,
)
from augenhoehe.web.reflection.services import selfcheck, standards
from augenhoehe.web.workspace.models import AuditEvent
from augenhoehe.web.workspace.services import plans
from tests.integration.web.conftest import browser_for

ANSWERS = {k: "4" for k in ("k1", "k2", "k3", "d1", "d2", "d3", "h1", "h2", "h3", "s1", "s2", "s3")}


def _plan(case, worker, text: str = "Sie bewerben sich monatlich bei Pflegediensten in Teststadt") -> None:
    day = date(2026, 9, 1)
    version = plans.start_draft(case, worker, day)
    plans.save_draft(version, CooperationPlan(plan_date=day, goal="Pflegehelferin", steps=[
        Step(text, StepOwner.CLIENT, Section.NAECHSTE_SCHRITTE),
        Step("Wir übernehmen die Fahrtkosten", StepOwner.JOBCENTER, Section.UNTERSTUETZUNG_JOBCENTER)]),
        version.revision, worker)


@pytest.mark.django_db
def test_a_caseworker_fills_in_the_self_reflection_and_sees_the_change_over_time(world):
    b = browser_for(world.cw_nord)
    assert b.post("/reflexion/selbstreflexion/", ANSWERS).status_code == 302
    assert b.post("/reflexion/selbstreflexion/", {**ANSWERS, "k1": "1", "k2": "1"}).status_code == 302
    page = b.get("/reflexion/selbstreflexion/").content.decode()
    assert "Kontrollorientierung" in page and "-2.0" in page.replace(",", ".")
    assert SelfReflection.objects.filter(author=world.cw_nord).count() == 2


@pytest.mark.django_db
def test_an_incomplete_questionnaire_is_refused_with_a_message(world):
    b = browser_for(world.cw_nord)
    page = b.post("/reflexion/selbstreflexion/", {"k1": "3"}).content.decode()
    assert "alle Aussagen" in page and not SelfReflection.objects.exists()


@pytest.mark.django_db
def test_the_team_aggregate_appears_only_from_five_sharing_participants(world):
    workers = [world.cw_nord, world.cw_nord2] + [
        User.objects.create_user(f"fkx{i}", password="x" * 12, role=Role.CASEWORKER, team=world.nord)
        for i in range(3)]
    for w in workers[:4]:
        selfcheck.submit(w, ANSWERS, share_with_team=True)
    selfcheck.submit(workers[4], ANSWERS, share_with_team=False)
    assert selfcheck.team_aggregate(world.nord)["suppressed"]
    page = browser_for(world.lead_nord).get("/reflexion/team/reflexion/").content.decode()
    assert "weniger als fünf" in page
    selfcheck.submit(workers[4], ANSWERS, share_with_team=True)
    agg = selfcheck.team_aggregate(world.nord)
    assert not agg["suppressed"] and agg["participants"] == 5
    page = browser_for(world.lead_nord).get("/reflexion/team/reflexion/").content.decode()
    assert "5 Teilnehmende" in page and "fkx" not in page


@pytest.mark.django_db
def test_a_trainee_rewrites_an_exercise_and_sees_before_and_after(world):
    b = browser_for(world.cw_nord)
    rewrite = ("Kooperationsplan\n\nUnser Ziel: Sie möchten als Lagerhelfer in Teilzeit arbeiten.\n\n"
               "Nächste Schritte:\nSie schicken bis zum 15.12.2026 zwei Bewerbungen an Lager in Ihrer Nähe.\n"
               "Wir übernehmen die Bewerbungskosten und melden uns bis zum 10.12.2026 mit drei Stellenangeboten.\n\n"
               "Wir besprechen den Plan am 20.01.2027 gemeinsam.\n")
    page = b.post("/reflexion/training/01-bewerbungen/", {"rewrite": rewrite}).content.decode()
    attempt = TrainingAttempt.objects.get(trainee=world.cw_nord)
    assert attempt.after > attempt.before
    assert f"Vorher {attempt.before}, nachher {attempt.after}" in page


@pytest.mark.django_db
def test_a_fallberatung_pseudonymises_the_presenters_case_and_keeps_notes_apart_from_the_file(world):
    _plan(world.case_a, world.cw_nord)
    b = browser_for(world.cw_nord)
    response = b.post("/reflexion/fallberatung/", {
        "case": world.case_a.public_id, "title": "Pflege und Kinder",
        "situation": "Frau Aylin Demir wohnt in der Lindenstraße 4, 12345 Teststadt, Tel. 0171 2345678.",
        "question": "Wie komme ich wieder ins Gespräch?"})
    item = CaseDiscussion.objects.get()
    assert response.status_code == 302
    for secret in ("Aylin", "Demir", "Lindenstraße", "0171", "N-1"):
        assert secret not in item.presentation, secret
    assert "Person A" in item.presentation
    colleague = browser_for(world.cw_nord2)
    page = colleague.get(f"/reflexion/fallberatung/{item.pk}/").content.decode()
    assert "Person A" in page and f"/faelle/{world.case_a.public_id}/" not in page
    assert f"/faelle/{world.case_a.public_id}/" in b.get(f"/reflexion/fallberatung/{item.pk}/").content.decode()
    colleague.post(f"/reflexion/fallberatung/{item.pk}/phase/", {"phase": "hypotheses"})
    colleague.post(f"/reflexion/fallberatung/{item.pk}/notiz/", {"text": "Vielleicht fehlt Kinderbetreuung"})
    note = DiscussionNote.objects.get()
    assert note.phase == "hypotheses" and note.discussion == item
    assert not AuditEvent.objects.filter(case_id_ref=world.case_a.pk, detail__icontains="Kinderbetreuung").exists()
    colleague.post(f"/reflexion/fallberatung/{item.pk}/abschluss/", {"conclusion": "nicht meins"})
    b.post(f"/reflexion/fallberatung/{item.pk}/abschluss/", {"conclusion": "Ich frage nach der Kita."})
    item.refresh_from_db()
    assert item.conclusion == "Ich frage nach der Kita."


@pytest.mark.django_db
def test_a_caseworker_brings_only_an_own_case_into_a_fallberatung(world):
    b = browser_for(world.cw_nord2)
    b.post("/reflexion/fallberatung/", {"case": world.case_a.public_id, "title": "fremd"})
    assert not CaseDiscussion.objects.exists()


@pytest.mark.django_db
def test_the_case_library_holds_pseudonymised_plans_searchable_by_situation(world):
    _plan(world.case_a, world.cw_nord, "Frau Demir sucht mit der Kita Sonnenschein einen Betreuungsplatz")
    b = browser_for(world.cw_nord)
    b.post("/reflexion/fallbibliothek/beitragen/", {"case": world.case_a.public_id, "title": "Kita zuerst",
                                                   "situations": ["kinderbetreuung"]})
    item = LibraryPlan.objects.get()
    assert "Demir" not in item.text and item.situations == ["kinderbetreuung"]
    assert "Kita zuerst" in b.get("/reflexion/fallbibliothek/?situation=kinderbetreuung").content.decode()
    assert "Kita zuerst" not in b.get("/reflexion/fallbibliothek/?situation=ue55").content.decode()


@pytest.mark.django_db
def test_team_standards_are_versioned_audited_and_shape_the_editors_findings(world):
    _plan(world.case_a, world.cw_nord, "Sie müssen sich unverzüglich bewerben")
    lead = browser_for(world.lead_nord)
    post = {"steps-TOTAL_FORMS": "1", "steps-INITIAL_FORMS": "0", "plan_date": "2026-09-01", "goal": "Pflege",
            "steps-0-text": "Sie müssen sich unverzüglich bewerben", "steps-0-owner": "client",
            "steps-0-section": "naechste_schritte", "steps-0-author": "caseworker", "steps-0-status": "open"}
    editor = browser_for(world.cw_nord)
    before = editor.post(f"/faelle/{world.case_a.public_id}/plan/pruefen/", post).content.decode()
    assert "KS103" in before
    lead.post("/reflexion/team/standards/", {"title": "Keine drängenden Wörter", "rules": "KS103",
                                             "action": "ignore"})
    assert StandardRevision.objects.get(team=world.nord).number == 1
    after = editor.post(f"/faelle/{world.case_a.public_id}/plan/pruefen/", post).content.decode()
    assert "KS103" not in after
    lead.post("/reflexion/team/standards/", {"title": "Gegenseitig", "indicator": "gegenseitigkeit",
                                             "threshold": "100", "action": "require"})
    after2 = editor.post(f"/faelle/{world.case_a.public_id}/plan/pruefen/", post).content.decode()
    assert "Teamstandard „Gegenseitig“" in after2
    lead.post("/reflexion/team/standards/0/entfernen/")
    assert [r.number for r in standards.history(world.nord)] == [3, 2, 1]
    assert AuditEvent.objects.filter(action="standards.change").count() == 3
    page = lead.get("/reflexion/team/standards/").content.decode()
    assert "Fassung 3" in page and "Gegenseitig" in page


@pytest.mark.django_db
def test_an_unknown_rule_code_is_refused(world):
    lead = browser_for(world.lead_nord)
    page = lead.post("/reflexion/team/standards/", {"title": "x", "rules": "ZZ999"}).content.decode()
    assert "Unbekannte Regel" in page and not StandardRevision.objects.exists()


@pytest.mark.django_db
def test_the_discussion_guide_is_a_page_and_a_pdf(world, data_dir):
    lead = browser_for(world.lead_nord)
    page = lead.get("/reflexion/team/gespraechsleitfaden/").content.decode()
    assert "Creaming" in page and "Was die Zahlen bedeuten können" in page
    pdf = lead.get("/reflexion/team/gespraechsleitfaden.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


@pytest.mark.django_db
def test_the_discussion_guide_pdf_renders_to_an_image_with_the_teams_figures(world, data_dir, tmp_path):
    import shutil
    import subprocess
    from pathlib import Path

    from augenhoehe.web.workspace.services import figures
    from tests.integration.web.conftest import team_with_plans

    team_with_plans(world.sued, 5)
    figures.refresh_all()
    lead = User.objects.create_user("tl-sued", password="x" * 12, role=Role.TEAM_LEAD, team=world.sued)
    pdf = browser_for(lead).get("/reflexion/team/gespraechsleitfaden.pdf").content
    (tmp_path / "guide.pdf").write_bytes(pdf)
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm fehlt (Debian-Paket poppler-utils).")
    out = Path(__file__).resolve().parents[4] / "test-artifacts" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(tmp_path / "guide.pdf"),
                    str(out / "reflection-guide-pdf")], check=True, timeout=60)
    page = next(out.glob("reflection-guide-pdf*.png"))
    assert page.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "guide.pdf"), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert "Gesprächsleitfaden" in text and "Was die Studie gefunden hat" in text
    assert "Die Zahlen des Teams" in text and "Was die Zahlen bedeuten können" in text


@pytest.mark.django_db
def test_the_standards_page_counts_the_teams_plans_against_its_standards_only_from_five_caseworkers(world):
    from tests.integration.web.conftest import team_with_plans

    workers = team_with_plans(world.sued, 5)
    standards.add(world.sued, workers[0], {"title": "Fahrtkosten", "indicator": "gegenseitigkeit",
                                           "threshold": 0, "action": "require"})
    standards.add(world.sued, workers[0], {"title": "Nie erfüllbar", "indicator": "gegenseitigkeit",
                                           "threshold": 100, "action": "require"})
    rows = standards.development(world.sued)
    months, total = rows[:-1], rows[-1]
    assert all(r["suppressed"] for r in months)  # 3 and 2 caseworkers per month
    assert not total["suppressed"] and total["plans"] == 5 and total["shares"][0] == 100
    page = browser_for(world.sued.members.first()).get("/reflexion/team/standards/").content.decode()
    development = page.split("Pläne des Teams gemessen")[1].split("Fassungen")[0]
    assert "weniger als fünf Fachkräfte" in development and "Nachname" not in development


@pytest.mark.django_db
def test_the_guide_shows_the_teams_creaming_curve_and_quality_gap_when_the_monitoring_has_them(
        world, monkeypatch, tmp_path):
    import subprocess
    from pathlib import Path

    from augenhoehe.monitoring.figures import Row, TeamReport
    from augenhoehe.web.reflection.services import guide
    from augenhoehe.web.workspace.services import figures

    report = TeamReport(unit="T1", caseworkers=7, suppressed=False, strategies=Row(
        {"creaming_ratio": 1.84, "quality_gap_q5_q1": 17.4, "offers_ratio_q5_q1": 1.5}, False))
    monkeypatch.setattr(figures, "team_report", lambda team: report)
    monkeypatch.setattr(figures, "team_creaming_curve",
                        lambda team: [(1, 12, 40.0), (3, 20, 61.0), (5, 9, 80.0)])
    data = guide.team_figures(world.nord)
    assert data["creaming_ratio"] == "1,84" and data["quality_gap"] == "17"
    assert [r["width"] for r in data["curve"]] == [50, 76, 100]
    lead = browser_for(world.lead_nord)
    assert "1,84" in lead.get("/reflexion/team/gespraechsleitfaden/").content.decode()
    pdf = tmp_path / "guide.pdf"
    pdf.write_bytes(lead.get("/reflexion/team/gespraechsleitfaden.pdf").content)
    out = Path(__file__).resolve().parents[4] / "test-artifacts" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                    str(out / "reflection-guide-pdf-figures")], check=True, timeout=60)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    assert "1,84" in text and "Minuten je Fall" in text

    monkeypatch.setattr(figures, "team_report", lambda team: TeamReport(unit="T1", caseworkers=None,
                                                                         suppressed=True))
    assert guide.team_figures(world.nord)["suppressed"]
    assert "weniger als fünf Fachkräfte" in lead.get("/reflexion/team/gespraechsleitfaden/").content.decode()
