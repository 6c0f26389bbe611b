import pytest
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_when_database_caches_and_queue_are_fine(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "task_queue": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("sites.views.connection.cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_healthz_fails_on_a_read_only_database(client):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("SET TRANSACTION READ ONLY")  # the test's transaction, rolled back at its end
    try:
        response = client.get("/healthz")
    finally:
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA query_only = OFF")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_healthz_fails_when_the_sqlite_file_is_missing(client, settings, monkeypatch, tmp_path):
    missing = tmp_path / "db.sqlite3"
    monkeypatch.setitem(connection.settings_dict, "ENGINE", "django.db.backends.sqlite3")
    monkeypatch.setitem(connection.settings_dict, "NAME", str(missing))
    response = client.get("/healthz")
    assert response.status_code == 503
    assert not missing.exists()


def test_healthz_fails_when_the_limits_cache_does_not_answer(client, monkeypatch):
    monkeypatch.setattr(caches["limits"], "get", lambda *args, **kwargs: None)
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json()["cache"] == "unavailable"


def test_healthz_fails_when_background_tasks_wait_too_long(client):
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.create(
        task_path="comments.tasks.notify_moderators", args_kwargs={"args": [], "kwargs": {}}, queue_name="default",
        backend_name="background", priority=0, status="READY", run_after=timezone.now() - timezone.timedelta(hours=2),
    )
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timezone.timedelta(hours=2))  # auto_now_add
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["task_queue"].startswith("stale")
