"""Changing and cancelling appointments, editing notes, ending cases; the notes' public id (step 1 of 3: empty)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('workspace', '0006_public_ids_unique'),
    ]

    operations = [
        migrations.AddField(
            model_name='appointment',
            name='cancel_reason',
            field=models.CharField(blank=True, max_length=300, verbose_name='Grund der Absage'),
        ),
        migrations.AddField(
            model_name='appointment',
            name='previous_starts_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='Vorher vereinbarter Beginn'),
        ),
        migrations.AddField(
            model_name='appointment',
            name='sequence',
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name='case',
            name='closed_reason',
            field=models.CharField(blank=True, choices=[
                ('work', 'Arbeit oder Ausbildung aufgenommen'),
                ('no_need', 'Kein Leistungsbezug mehr (z. B. Einkommen, Rente, andere Leistung)'),
                ('moved', 'Umzug oder anderes Jobcenter zuständig'), ('no_contact', 'Kein Kontakt mehr'),
                ('other', 'Sonstiges')], max_length=20, verbose_name='Grund der Beendigung'),
        ),
        migrations.AddField(
            model_name='casenote',
            name='updated_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='Geändert am'),
        ),
        migrations.AddField(
            model_name='casenote',
            name='public_id',
            field=models.UUIDField(editable=False, null=True),
        ),
    ]
