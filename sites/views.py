import logging
import secrets
from datetime import timedelta
from pathlib import Path

from django.core.cache import caches
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from home.limits import LIMITS_CACHE

csp_logger = logging.getLogger("sites.csp")
CSP_REPORT_MAX_BYTES = 8 * 1024


HEALTH_CACHE_KEY = "healthz"
# The background queue (mail to moderators and citizens) is stale when a task waits longer than this.
TASK_QUEUE_MAX_AGE = timedelta(minutes=15)


def _database_writable():
    """The database answers, holds the project's tables (a missing SQLite file would be created empty) and
    accepts a write (rolled back): a read-only database or disk fails here."""
    settings_db = connection.settings_dict
    if settings_db["ENGINE"].endswith("sqlite3") and str(settings_db["NAME"]) != ":memory:" \
            and "memory" not in str(settings_db["NAME"]) and not Path(settings_db["NAME"]).exists():
        raise DatabaseError("the SQLite file is missing")
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE django_migrations SET app = app WHERE id = (SELECT MIN(id) FROM django_migrations)")
            if cursor.rowcount != 1:
                raise DatabaseError("the database has no migrations table")
        transaction.set_rollback(True)


def _caches_answer():
    token = secrets.token_hex(8)
    for alias in ("default", LIMITS_CACHE):
        caches[alias].set(HEALTH_CACHE_KEY, token, timeout=60)
        if caches[alias].get(HEALTH_CACHE_KEY) != token:
            return False
    return True


def _oldest_waiting_task_age():
    from django_tasks_db.models import DBTaskResult

    oldest = DBTaskResult.objects.ready().order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    return timezone.now() - oldest if oldest else timedelta(0)


@never_cache
@require_GET
def healthz(request):
    """200 while the database answers and is writable, both caches answer and the background queue moves;
    503 otherwise, saying which. For load balancers and monitoring."""
    checks = {}
    try:
        _database_writable()
        checks["database"] = "ok"
    except DatabaseError:
        checks["database"] = "unavailable"
        return JsonResponse({"status": "error", **checks}, status=503)
    try:
        checks["cache"] = "ok" if _caches_answer() else "unavailable"
    except Exception:  # noqa: BLE001 - any cache backend error means the cache does not answer
        checks["cache"] = "unavailable"
    age = _oldest_waiting_task_age()
    checks["task_queue"] = "ok" if age <= TASK_QUEUE_MAX_AGE else f"stale ({int(age.total_seconds() // 60)} min)"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503)


@csrf_exempt  # browsers send reports without a token; the only effect is a log line
@require_POST
def csp_report(request):
    """Logs a Content-Security-Policy violation the browser reports (report-uri in settings)."""
    body = request.body[:CSP_REPORT_MAX_BYTES].decode("utf-8", "replace")
    csp_logger.warning("CSP violation on %s: %s", request.get_host(), body)
    return HttpResponse(status=204)
