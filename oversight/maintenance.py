"""Planned maintenance (Decree 224/2026 Điều 13): the editorial board announces it at least 7 working days
ahead, with the expected restore time; every portal shows it in a banner from the moment it is saved until
the restore time has passed.

The whole province runs on one installation, so a notice is shown on every portal. Only the board (and
superusers) may schedule, change or cancel one: maintenance_admin.py registers its permission policy and
admin views.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from comments.workdays import add_working_days
from home.chrome import forget_on_change_of, site_cached
from home.purge import purge_hosts

NOTICE_WORKING_DAYS = 7


def earliest_start(today=None):
    """The first day a maintenance announced today may start on."""
    return add_working_days(today or timezone.localdate(), NOTICE_WORKING_DAYS)


class MaintenanceNotice(models.Model):
    title = models.CharField(_("tiêu đề"), max_length=200, default=_("Bảo trì hệ thống"))
    message = models.TextField(
        _("nội dung"), blank=True,
        help_text=_("Những dịch vụ bị gián đoạn và cách liên hệ trong thời gian bảo trì."),
    )
    starts_at = models.DateTimeField(
        _("bắt đầu bảo trì lúc"),
        help_text=_("Phải sau ít nhất 7 ngày làm việc kể từ ngày thông báo."),
    )
    ends_at = models.DateTimeField(_("dự kiến khôi phục lúc"))
    created_at = models.DateTimeField(_("thông báo lúc"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người thông báo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+", editable=False,
    )

    class Meta:
        db_table = "component_portals_maintenancenotice"  # created under component_portals; the table kept its name
        verbose_name = _("thông báo bảo trì")
        verbose_name_plural = _("thông báo bảo trì")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="maintenance_ends_after_start")
        ]

    def __str__(self):
        return f"{self.title} ({timezone.localtime(self.starts_at):%d/%m/%Y %H:%M})"

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("Thời điểm khôi phục phải sau thời điểm bắt đầu bảo trì.")})
        if self.starts_at and self._start_is_new():
            earliest = earliest_start()
            if timezone.localtime(self.starts_at).date() < earliest:
                raise ValidationError({"starts_at": _(
                    "Lịch bảo trì phải được thông báo trước ít nhất %(days)s ngày làm việc: "
                    "sớm nhất bắt đầu từ ngày %(date)s."
                ) % {"days": NOTICE_WORKING_DAYS, "date": f"{earliest:%d/%m/%Y}"}})

    def _start_is_new(self):
        """Whether the start time is being set now; editing the text of an announced notice is always allowed."""
        if self._state.adding:
            return True
        stored = MaintenanceNotice.objects.filter(pk=self.pk).values_list("starts_at", flat=True).first()
        return stored != self.starts_at

    @property
    def in_progress(self):
        return self.starts_at <= timezone.now() < self.ends_at


def announced_notices(now=None):
    """Notices to show now: announced and not yet ended."""
    return MaintenanceNotice.objects.filter(ends_at__gt=now or timezone.now()).order_by("starts_at")


def maintenance_notices(request):
    """Context processor of the public pages: the banner reads `maintenance_notices` (kept with the site's
    menu, home/chrome.py; read only when the template uses it)."""

    def current():
        now = timezone.now()
        notices = site_cached(request, "maintenance_notices", lambda: list(announced_notices(now)))
        return [notice for notice in notices if notice.ends_at > now]

    return {"maintenance_notices": SimpleLazyObject(current)}


forget_on_change_of(MaintenanceNotice)


@receiver(post_save, sender=MaintenanceNotice)
@receiver(post_delete, sender=MaintenanceNotice)
def purge_every_portal(sender, **kwargs):
    """The banner shows on every page of every portal from the moment the notice is saved."""
    purge_hosts(list(Site.objects.values_list("hostname", flat=True)))
