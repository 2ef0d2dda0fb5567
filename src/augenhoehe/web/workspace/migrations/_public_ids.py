"""Filling public ids of existing rows, shared by the migrations that add them (0005, 0008).

Not a migration (the loader skips modules starting with "_"). PostgreSQL fills in SQL (gen_random_uuid() is a
UUID4, core since PostgreSQL 13), SQLite row by row in batches.
"""

import uuid

BATCH = 2000


def fill_public_ids(apps, schema_editor, names: tuple[str, ...]) -> None:
    """Give every row of the named workspace models without a public id a random UUID4."""
    connection = schema_editor.connection
    for name in names:
        model = apps.get_model("workspace", name)
        if connection.vendor == "postgresql":
            table = schema_editor.quote_name(model._meta.db_table)
            schema_editor.execute(f"UPDATE {table} SET public_id = gen_random_uuid() WHERE public_id IS NULL")
            continue
        pending = model.objects.filter(public_id__isnull=True).only("pk")
        while batch := list(pending[:BATCH]):
            for row in batch:
                row.public_id = uuid.uuid4()
            model.objects.bulk_update(batch, ["public_id"])
