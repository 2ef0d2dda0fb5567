"""The notes' public id, step 2 of 3: a random UUID4 for every existing note (as 0005 does for the others)."""

import uuid

from django.db import migrations

BATCH = 2000


def fill(apps, schema_editor) -> None:
    model = apps.get_model("workspace", "CaseNote")
    if schema_editor.connection.vendor == "postgresql":
        table = schema_editor.quote_name(model._meta.db_table)
        schema_editor.execute(f"UPDATE {table} SET public_id = gen_random_uuid() WHERE public_id IS NULL")
        return
    pending = model.objects.filter(public_id__isnull=True).only("pk")
    while batch := list(pending[:BATCH]):
        for row in batch:
            row.public_id = uuid.uuid4()
        model.objects.bulk_update(batch, ["public_id"])


class Migration(migrations.Migration):

    dependencies = [
        ('workspace', '0007_caseworker_day_changes'),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
