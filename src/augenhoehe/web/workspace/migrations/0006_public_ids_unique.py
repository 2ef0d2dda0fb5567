"""Public ids, step 3 of 3: required, unique (indexed), a new UUID4 for every new row."""

import uuid

from django.db import migrations, models

MODELS = ("case", "planstep", "proposal", "summons", "appointment", "evidence")


class Migration(migrations.Migration):

    dependencies = [
        ('workspace', '0005_public_ids_fill'),
    ]

    operations = [
        migrations.AlterField(model_name=name, name='public_id',
                              field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True))
        for name in MODELS
    ]
