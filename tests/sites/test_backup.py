"""`make backup` and `make restore`: a PostgreSQL dump plus the media folder, restored into a fresh database
and an empty media folder, gives back the pages and the files (PostgreSQL only; skipped on SQLite)."""

import subprocess
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.db import connection
from wagtail.models import Site

from ..factories import add_article

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.live]

DEPLOY = Path(settings.BASE_DIR) / "deploy"


def database_url(name):
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


@pytest.fixture
def fresh_database():
    if connection.vendor != "postgresql":
        pytest.skip("backups are PostgreSQL dumps; run with DATABASE_URL=postgres://...")
    name = f"{connection.settings_dict['NAME']}_restore"
    admin = psycopg2.connect(database_url("postgres").replace("postgres://", "postgresql://"))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield name
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def run(script, *args, env):
    result = subprocess.run([str(DEPLOY / script), *map(str, args)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_backup_and_restore_round_trip(fresh_database, live_portals, tmp_path):
    _province, portal_a = live_portals
    article = add_article(portal_a, "Bài phải còn sau khi khôi phục")
    media = tmp_path / "media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "quyet-dinh.pdf").write_bytes(b"%PDF-1.4 van ban")
    private_media = tmp_path / "private-media"
    (private_media / "hoi-dap").mkdir(parents=True)
    (private_media / "hoi-dap" / "don.pdf").write_bytes(b"%PDF-1.4 don cua cong dan")
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": database_url(connection.settings_dict["NAME"]),
           "MEDIA_ROOT": str(media), "PRIVATE_MEDIA_ROOT": str(private_media)}

    backup = Path(run("backup.sh", tmp_path / "backups", env=env).strip().splitlines()[-1])
    assert (backup / "database.dump").stat().st_size > 0

    assert (backup / "private-media.tar.gz").stat().st_mode & 0o077 == 0  # citizens' files: owner only

    restored_media, restored_private = tmp_path / "restored-media", tmp_path / "restored-private"
    run("restore.sh", backup, env={**env, "DATABASE_URL": database_url(fresh_database),
                                   "MEDIA_ROOT": str(restored_media), "PRIVATE_MEDIA_ROOT": str(restored_private)})

    assert (restored_media / "documents" / "quyet-dinh.pdf").read_bytes() == b"%PDF-1.4 van ban"
    assert (restored_private / "hoi-dap" / "don.pdf").read_bytes() == b"%PDF-1.4 don cua cong dan"
    with psycopg2.connect(database_url(fresh_database).replace("postgres://", "postgresql://")) as restored:
        with restored.cursor() as cursor:
            cursor.execute("SELECT title, live FROM wagtailcore_page WHERE id = %s", [article.pk])
            assert cursor.fetchone() == (article.title, True)
            cursor.execute("SELECT count(*) FROM wagtailcore_site")
            assert cursor.fetchone()[0] == Site.objects.count()
