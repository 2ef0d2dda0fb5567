"""The notes' public id, step 3 of 3: required, unique, a new UUID4 for every new note."""

import uuid

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('workspace', '0008_casenote_public_ids_fill'),
    ]

    operations = [
        migrations.AlterField(model_name='casenote', name='public_id',
                              field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
    ]
