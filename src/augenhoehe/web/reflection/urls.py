"""Routes of reflection, training and team standards (included under /reflexion/)."""

from django.urls import path

from augenhoehe.web.reflection.views import private, team

urlpatterns = [
    path("", private.overview, name="reflection"),
    path("selbstreflexion/", private.self_reflection, name="self_reflection"),
    path("selbstreflexion/loeschen/", private.delete_self_reflection, name="delete_self_reflection"),
    path("training/", private.training, name="training"),
    path("training/<slug:key>/", private.exercise_page, name="exercise"),
    path("fallberatung/", private.discussions, name="discussions"),
    path("fallberatung/<int:discussion_id>/", private.discussion, name="discussion"),
    path("fallberatung/<int:discussion_id>/phase/", private.discussion_phase, name="discussion_phase"),
    path("fallberatung/<int:discussion_id>/notiz/", private.discussion_note, name="discussion_note"),
    path("fallberatung/<int:discussion_id>/abschluss/", private.discussion_conclude, name="discussion_conclude"),
    path("fallbibliothek/", private.library, name="library"),
    path("fallbibliothek/beitragen/", private.contribute, name="contribute"),
    path("team/standards/", team.standards, name="team_standards"),
    path("team/standards/<int:index>/entfernen/", team.remove_standard, name="remove_standard"),
    path("team/reflexion/", team.team_reflection, name="team_reflection"),
    path("team/gespraechsleitfaden/", team.guide, name="discussion_guide"),
    path("team/gespraechsleitfaden.pdf", team.guide_pdf, name="discussion_guide_pdf"),
]
