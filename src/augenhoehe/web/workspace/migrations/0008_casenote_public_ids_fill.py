"""The notes' public id, step 2 of 3: a random UUID4 for every existing note (as 0005 does for the others)."""

from django.db import migrations

from augenhoehe.web.workspace.migrations._public_ids import fill_public_ids


def fill(apps, schema_editor) -> None:
    fill_public_ids(apps, schema_editor, ("CaseNote",))


class Migration(migrations.Migration):

    dependencies = [
        ('workspace', '0007_caseworker_day_changes'),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
