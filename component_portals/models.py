from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.chrome import forget_on_change_of


class PortalKind(models.TextChoices):
    """Local government has two levels since 1 July 2025: the province, and its communes, wards and special
    zones. District portals remain only as archives of the districts abolished then."""

    PROVINCE = "province", _("Tỉnh")
    DEPARTMENT = "department", _("Sở, ban, ngành")
    COMMUNE = "commune", _("Xã")
    WARD = "ward", _("Phường")
    SPECIAL_ZONE = "special_zone", _("Đặc khu")
    DISTRICT = "district", _("Huyện, thị xã, thành phố (trước 01/7/2025)")


# Kinds a new portal may have; a district portal only survives, archived, from before the reorganisation.
NEW_PORTAL_KINDS = tuple(kind for kind in PortalKind if kind != PortalKind.DISTRICT)
# The grassroots level, listed together as «Xã, phường, đặc khu».
LOCAL_KINDS = (PortalKind.COMMUNE, PortalKind.WARD, PortalKind.SPECIAL_ZONE)


class PortalStatus(models.TextChoices):
    ACTIVE = "active", _("Đang hoạt động")
    ARCHIVED = "archived", _("Đã lưu trữ")


class ComponentPortalQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=PortalStatus.ACTIVE)

    def for_page(self, page):
        """The portal a page belongs to, in any locale (a portal's root is its Vietnamese home page)."""
        from wagtail.models import Page

        portal_root_path = page.path[: Page.steplen * 2]
        root = Page.objects.filter(path=portal_root_path).only("translation_key").first()
        if root is None:
            return None
        return self.filter(root_page__translation_key=root.translation_key).first()


class ComponentPortal(models.Model):
    """One agency's portal: the province, a department, a commune, ward or special zone (or an archived
    district). One per Wagtail Site."""

    name = models.CharField(_("tên cơ quan"), max_length=255)
    name_en = models.CharField(_("tên tiếng Anh"), max_length=255, blank=True)
    slug = models.SlugField(_("mã cổng"), max_length=63, unique=True)
    kind = models.CharField(_("loại cổng"), max_length=16, choices=PortalKind.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("cổng cấp trên"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="children",
    )
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=PortalStatus.choices, default=PortalStatus.ACTIVE
    )
    successor = models.ForeignKey(
        "self", verbose_name=_("cổng kế thừa"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="predecessors",
    )
    site = models.OneToOneField(
        "wagtailcore.Site", verbose_name=_("trang web"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="portal",
    )
    root_page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("trang chủ"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", verbose_name=_("thư mục ảnh và tài liệu"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="portal",
    )
    editors_group = models.OneToOneField(
        Group, verbose_name=_("nhóm biên tập viên"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="portal_as_editors",
    )
    approvers_group = models.OneToOneField(
        Group, verbose_name=_("nhóm người duyệt"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="portal_as_approvers",
    )
    workflow = models.OneToOneField(
        "wagtailcore.Workflow", verbose_name=_("quy trình duyệt"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="portal",
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    objects = ComponentPortalQuerySet.as_manager()

    class Meta:
        verbose_name = _("cổng thông tin thành phần")
        verbose_name_plural = _("cổng thông tin thành phần")
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name

    @property
    def hostname(self):
        return self.site.hostname if self.site_id else ""

    @property
    def is_province(self):
        return self.kind == PortalKind.PROVINCE


class RetiredHostname(models.Model):
    """A hostname a portal no longer serves under its own name: the old address of a renamed portal, or the
    address of a portal merged into another. Every request to it answers 301 (component_portals.addresses)."""

    hostname = models.CharField(_("tên miền cũ"), max_length=255, unique=True)
    portal = models.ForeignKey(
        ComponentPortal, verbose_name=_("cổng thông tin"), on_delete=models.CASCADE, related_name="retired_hostnames"
    )
    retired_at = models.DateTimeField(_("ngừng dùng từ"), auto_now_add=True)

    class Meta:
        verbose_name = _("tên miền cũ")
        verbose_name_plural = _("tên miền cũ")

    def __str__(self):
        return self.hostname


class MergeJobStatus(models.TextChoices):
    QUEUED = "queued", _("Chờ chạy")
    RUNNING = "running", _("Đang chạy")
    DONE = "done", _("Đã xong")
    FAILED = "failed", _("Không thành công")


class PortalMergeJob(models.Model):
    """A large merge run by the background worker (merge_tasks.py). The merge itself is one transaction, so a
    job that fails or whose worker dies leaves nothing half-moved, and running it again is safe."""

    sources = models.CharField(_("các cổng được hợp nhất"), max_length=500, help_text=_("Mã cổng, cách nhau bởi dấu phẩy."))
    target = models.CharField(_("cổng tiếp nhận"), max_length=63)
    status = models.CharField(_("trạng thái"), max_length=16, choices=MergeJobStatus.choices, default=MergeJobStatus.QUEUED)
    error = models.TextField(_("lỗi"), blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người yêu cầu"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("yêu cầu lúc"), auto_now_add=True)
    finished_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("việc hợp nhất cổng")
        verbose_name_plural = _("việc hợp nhất cổng")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.sources} → {self.target}"

    @property
    def source_slugs(self):
        return [slug for slug in self.sources.split(",") if slug]


# The menu, banners and settings every page shows are kept per site (home/chrome.py); a portal's change clears them.
forget_on_change_of(ComponentPortal)
