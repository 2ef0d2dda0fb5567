"""Public ids, step 1 of 3: the columns, still empty and not unique (Django's way for unique fields)."""

from django.db import migrations, models

MODELS = ("case", "planstep", "proposal", "summons", "appointment", "evidence")


class Migration(migrations.Migration):

    dependencies = [
        ('workspace', '0003_workday'),
    ]

    operations = [
        migrations.AddField(model_name=name, name='public_id', field=models.UUIDField(null=True, editable=False))
        for name in MODELS
    ]
