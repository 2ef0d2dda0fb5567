"""Routes of the workspace, the client portal and the team view."""

from django.contrib.auth import views as auth_views
from django.urls import path

from augenhoehe.web.workspace.views import (
    caseload,
    common,
    documents,
    history,
    obligations,
    plan_editor,
    portal,
    quality,
    team,
)

urlpatterns = [
    path("", common.home, name="home"),
    path("anmelden/", auth_views.LoginView.as_view(template_name="auth/login.html"), name="login"),
    path("abmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path("faelle/", caseload.caseload, name="caseload"),
    path("faelle/<int:case_id>/", caseload.case_detail, name="case_detail"),
    path("faelle/<int:case_id>/potenzialanalyse/", caseload.potential_analysis_edit,
         name="potential_analysis_edit"),
    path("faelle/<int:case_id>/plan/", plan_editor.edit_plan, name="edit_plan"),
    path("faelle/<int:case_id>/plan/pruefen/", quality.live_check, name="live_check"),
    path("faelle/<int:case_id>/plan/hinweise/verwerfen/", quality.dismiss_finding, name="dismiss_finding"),
    path("faelle/<int:case_id>/plan/vereinbaren/", plan_editor.agree_plan, name="agree_plan"),
    path("faelle/<int:case_id>/plan/aufschieben/", plan_editor.defer_plan, name="defer_plan"),
    path("faelle/<int:case_id>/plan/ueberpruefung/", history.review_plan, name="review_plan"),
    path("faelle/<int:case_id>/plan/fortschreiben/", history.continue_plan, name="continue_plan"),
    path("faelle/<int:case_id>/plan/v<int:number>/", history.version_detail, name="version_detail"),
    path("faelle/<int:case_id>/plan/v<int:number>/pdf/", documents.plan_pdf, name="plan_pdf"),
    path("faelle/<int:case_id>/vorschlaege/<int:proposal_id>/", plan_editor.answer_proposal,
         name="answer_proposal"),
    path("faelle/<int:case_id>/schreiben/neu/", obligations.new_summons, name="new_summons"),
    path("faelle/<int:case_id>/schreiben/<int:summons_id>/pdf/", documents.summons_pdf,
         name="summons_pdf"),
    path("faelle/<int:case_id>/schlichtung/", obligations.staff_schlichtung,
         name="staff_schlichtung"),
    path("portal/", portal.portal, name="portal"),
    path("portal/vorschlag/", portal.propose, name="portal_propose"),
    path("portal/schritt/<int:step_id>/erledigt/", portal.mark_done, name="portal_mark_done"),
    path("portal/bestaetigen/", portal.confirm, name="portal_confirm"),
    path("portal/schlichtung/", portal.request_schlichtung, name="portal_schlichtung"),
    path("portal/plan.pdf", documents.portal_plan_pdf, name="portal_plan_pdf"),
    path("team/", team.team, name="team"),
]
