"""Public ids, step 2 of 3: a random UUID4 for every existing row (PostgreSQL in SQL, SQLite row by row).

Reversing leaves the values; step 1's reverse removes the columns.
"""

import uuid

from django.db import migrations

MODELS = ("Case", "PlanStep", "Proposal", "Summons", "Appointment", "Evidence")
BATCH = 2000


def fill(apps, schema_editor) -> None:
    connection = schema_editor.connection
    for name in MODELS:
        model = apps.get_model("workspace", name)
        if connection.vendor == "postgresql":  # gen_random_uuid() is a UUID4 (core since PostgreSQL 13)
            table = schema_editor.quote_name(model._meta.db_table)
            schema_editor.execute(f"UPDATE {table} SET public_id = gen_random_uuid() WHERE public_id IS NULL")
            continue
        pending = model.objects.filter(public_id__isnull=True).only("pk")
        while batch := list(pending[:BATCH]):
            for row in batch:
                row.public_id = uuid.uuid4()
            model.objects.bulk_update(batch, ["public_id"])


class Migration(migrations.Migration):

    dependencies = [
        ('workspace', '0004_public_ids_add'),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
