"""Routes of the research projects (German paths, English names)."""

from django.urls import path

from augenhoehe.web.research.views import analysis, documents, projects

app_name = "research"
urlpatterns = [
    path("", projects.project_list, name="projects"),
    path("neu/", projects.project_create, name="create"),
    path("<int:project_id>/", projects.project_detail, name="project"),
    path("<int:project_id>/mitglieder/", projects.add_member, name="add_member"),
    path("<int:project_id>/export.qdpx", projects.export_qdpx, name="export"),
    path("<int:project_id>/codes/", documents.codes, name="codes"),
    path("<int:project_id>/codes/<int:code_id>/", documents.code_detail, name="code"),
    path("<int:project_id>/dokumente/<int:document_id>/", documents.document_detail, name="document"),
    path("<int:project_id>/dokumente/<int:document_id>/codieren/", documents.add_coding, name="add_coding"),
    path("<int:project_id>/codierungen/<int:coding_id>/loeschen/", documents.delete_coding,
         name="delete_coding"),
    path("<int:project_id>/memos/", documents.add_memo, name="add_memo"),
    path("<int:project_id>/dokumente/<int:document_id>/zusammenfassung/", documents.save_summary,
         name="save_summary"),
    path("<int:project_id>/matrix/", analysis.matrix, name="matrix"),
    path("<int:project_id>/matrix.csv", analysis.matrix_csv, name="matrix_csv"),
    path("<int:project_id>/matrix.xlsx", analysis.matrix_xlsx, name="matrix_xlsx"),
    path("<int:project_id>/uebereinstimmung/", analysis.agreement, name="agreement"),
]
