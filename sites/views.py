import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

csp_logger = logging.getLogger("sites.csp")
CSP_REPORT_MAX_BYTES = 8 * 1024


@never_cache
@require_GET
def healthz(request):
    """200 while the database answers, 503 otherwise; for load balancers and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@csrf_exempt  # browsers send reports without a token; the only effect is a log line
@require_POST
def csp_report(request):
    """Logs a Content-Security-Policy violation the browser reports (report-uri in settings)."""
    body = request.body[:CSP_REPORT_MAX_BYTES].decode("utf-8", "replace")
    csp_logger.warning("CSP violation on %s: %s", request.get_host(), body)
    return HttpResponse(status=204)
