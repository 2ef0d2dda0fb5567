"""Public ids, step 2 of 3: a random UUID4 for every existing row (PostgreSQL in SQL, SQLite row by row).

Reversing leaves the values; step 1's reverse removes the columns.
"""

from django.db import migrations

from augenhoehe.web.workspace.migrations._public_ids import fill_public_ids

MODELS = ("Case", "PlanStep", "Proposal", "Summons", "Appointment", "Evidence")


def fill(apps, schema_editor) -> None:
    fill_public_ids(apps, schema_editor, MODELS)


class Migration(migrations.Migration):

    dependencies = [
        ('workspace', '0004_public_ids_add'),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
