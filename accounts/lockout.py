"""What a person sees when django-axes refuses a login: a Vietnamese page saying why and for how long."""

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render

LOCKOUT_STATUS = 429


def lockout_response(request, original_response=None, credentials=None):
    minutes = int(get_cool_off(request).total_seconds() // 60)
    context = {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT}
    return render(request, "accounts/locked_out.html", context, status=LOCKOUT_STATUS)
