import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    """The model's content type (and the permissions on it) follow it to decree."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="decree", model="syndication").exists():
        ContentType.objects.filter(app_label="component_portals", model="syndication").update(app_label="decree")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="component_portals", model="syndication").exists():
        ContentType.objects.filter(app_label="decree", model="syndication").update(app_label="component_portals")


class Migration(migrations.Migration):
    """Syndication, moved here from component_portals, keeps its table: created in the state only."""

    dependencies = [
        ('component_portals', '0011_syndication_moved_to_decree'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('decree', '0014_consultationpage_report'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.CreateModel(
            name='Syndication',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status', models.CharField(choices=[('proposed', 'Chờ duyệt'), ('approved', 'Đã duyệt'), ('rejected', 'Không duyệt')], db_index=True, default='proposed', max_length=16, verbose_name='trạng thái')),
                ('proposed_at', models.DateTimeField(auto_now_add=True, verbose_name='ngày đề nghị')),
                ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='ngày quyết định')),
                ('approved_revision', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='phiên bản đã duyệt')),
                ('article', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='syndication', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='bài viết')),
                ('decided_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='người quyết định')),
                ('portal', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='syndications', to='component_portals.componentportal', verbose_name='cổng nguồn')),
            ],
            options={
                'verbose_name': 'bài đề nghị đưa lên cổng tỉnh',
                'verbose_name_plural': 'bài đề nghị đưa lên cổng tỉnh',
                'db_table': 'component_portals_syndication',
                'ordering': ['-proposed_at'],
            },
        )], database_operations=[]),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
