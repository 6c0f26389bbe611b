"""Online public services: a catalogue of procedures by sector, each linking to the national or provincial public-service portal.

Since Decree 42/2022 the procedures themselves run on the national public-service portal
(dichvucong.gov.vn) or on the province's; a portal only lists them and links out.

The sector (lĩnh vực) is free text with suggestions rather than a closed list of choices: the national
database of administrative procedures has well over a hundred sectors, they differ between ministries and
change with every restructuring (in 2025 posts and telecommunications moved to science and technology,
planning and investment into finance). A closed list would either miss sectors or need a migration at every
change; free text typed against a list of the common sectors, plus those the province already uses, keeps
the names identical to the national portal's. The catalogue's sector filter offers only the sectors that
the section actually holds.
"""

from urllib.parse import urlsplit

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import AttachmentsBlock
from home.listing import TextFilter, query_string
from home.models import BasePage, SectionPage
from home.text import vietnamese_sort_key

from .province_wide import ProvinceWideFilter, ProvinceWideSection

NATIONAL_PORTAL_HOST = "dichvucong.gov.vn"
# The national portal and every provincial public-service portal (dichvucong.<tỉnh>.gov.vn) are .gov.vn.
OFFICIAL_DOMAIN_SUFFIX = ".gov.vn"

COMMON_SECTORS = (
    "Hoạt động khoa học và công nghệ",
    "Chuyển giao công nghệ",
    "Sở hữu trí tuệ",
    "Tiêu chuẩn, đo lường, chất lượng",
    "An toàn bức xạ và hạt nhân",
    "Bưu chính",
    "Viễn thông và Internet",
    "Xuất bản, in và phát hành",
    "Khám bệnh, chữa bệnh",
    "Dược phẩm",
    "Y tế dự phòng",
    "An toàn thực phẩm và dinh dưỡng",
    "Thành lập và hoạt động của doanh nghiệp",
    "Đầu tư tại Việt Nam",
    "Quản lý công sản",
    "Quản lý giá",
    "Tài chính ngân sách",
    "Hộ tịch",
    "Chứng thực",
    "Nuôi con nuôi",
    "Đất đai",
    "Môi trường",
    "Xây dựng",
    "Giáo dục và đào tạo",
    "Việc làm",
    "Bảo trợ xã hội",
    "Người có công",
    "Văn hóa cơ sở",
    "Thi đua, khen thưởng",
    "Tiếp công dân",
    "Giải quyết khiếu nại",
    "Trồng trọt",
    "Chăn nuôi và thú y",
    "Thủy lợi",
)


class ServiceLevel(models.TextChoices):
    """How much of a procedure can be done online (levels of Decree 42/2022 Điều 11)."""

    FULL = "toan-trinh", _("Toàn trình")
    PARTIAL = "mot-phan", _("Một phần")
    INFORMATION = "thong-tin", _("Cung cấp thông tin")


def sector_suggestions():
    """The common sectors and every sector already used in a catalogue, for the editor's input."""
    used = PublicServicePage.objects.order_by().values_list("sector", flat=True).distinct()
    return sorted(set(COMMON_SECTORS) | set(used), key=vietnamese_sort_key)


class SuggestionsInput(forms.TextInput):
    """A text input with a <datalist> of suggestions: the editor picks one or types a new value."""

    def __init__(self, suggestions, attrs=None):
        super().__init__(attrs)
        self.suggestions = suggestions

    def render(self, name, value, attrs=None, renderer=None):
        attrs = dict(attrs or {})
        list_id = f"{attrs.get('id') or name}-suggestions"
        attrs["list"] = list_id
        attrs.setdefault("autocomplete", "off")
        suggestions = self.suggestions() if callable(self.suggestions) else self.suggestions
        options = format_html_join("", '<option value="{}"></option>', ((suggestion,) for suggestion in suggestions))
        return format_html(
            '{}<datalist id="{}">{}</datalist>', super().render(name, value, attrs, renderer), list_id, options
        )


class ServiceFilter(ProvinceWideFilter):
    parameters = {"keyword": "q", "sector": "linh-vuc", "level": "muc-do", "portal": "co-quan"}

    keyword = TextFilter(label=_("Tên hoặc mã thủ tục"), method="by_name_or_code")
    sector = TextFilter(field_name="sector", max_length=255, label=_("Lĩnh vực"))
    level = django_filters.ChoiceFilter(choices=ServiceLevel.choices, label=_("Mức độ"))
    portal = django_filters.ChoiceFilter(choices=(), label=_("Cơ quan"), method="in_portal")

    def by_name_or_code(self, services, name, value):
        return services.filter(Q(title__icontains=value) | Q(code__icontains=value))


class ServiceCatalogPage(ProvinceWideSection, SectionPage):
    """The catalogue of procedures, grouped by sector in Vietnamese order, searchable by name or code (`q`)
    and filterable by sector (`linh-vuc`) and level (`muc-do`). On the provincial portal it is the province's
    catalogue: every active portal's procedures, filterable by agency (`co-quan`, a portal)."""

    subpage_types = ["decree.PublicServicePage"]
    parent_page_types = ["home.HomePage"]
    items_per_page = 20
    filterset_class = ServiceFilter

    search_fields = SectionPage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("danh mục dịch vụ công")
        verbose_name_plural = _("danh mục dịch vụ công")

    def services(self, request=None, portals=None):
        return self.items_of(PublicServicePage, request, portals)

    @staticmethod
    def in_catalogue_order(services):
        """The ids of `services` by sector, then name, in Vietnamese order: sorted on the few columns, so that
        one page is then fetched whole."""
        rows = sorted(
            services.values_list("pk", "sector", "title"),
            key=lambda row: (vietnamese_sort_key(row[1]), vietnamese_sort_key(row[2]), row[0]),
        )
        return [pk for pk, _sector, _title in rows]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        province_wide, portals = self.province_wide_scope(request)
        catalogue = self.services(request, portals)
        filterset = self.filterset(request, catalogue, portals=portals)
        page_obj = self.paginate(request, self.in_catalogue_order(filterset.qs))
        found = PublicServicePage.objects.in_bulk(page_obj.object_list)
        page_services = [found[pk] for pk in page_obj.object_list if pk in found]
        if province_wide:
            by_path = {path: portal for portal, path in portals}
            for service in page_services:
                service.portal = by_path.get(service.path[: Page.steplen * 2])
        context.update(
            page_obj=page_obj,
            services=page_services,
            filters=filterset.values,
            filter_errors=filterset.error_messages,
            is_filtered=filterset.is_filtered,
            query_string=query_string(request),
            province_wide=province_wide,
            portals=[portal for portal, _path in portals],
            sectors=sorted(set(catalogue.values_list("sector", flat=True)), key=vietnamese_sort_key),
            levels=ServiceLevel.choices,
        )
        return context


class PublicServicePage(BasePage):
    """One administrative procedure; citizens do it on the public-service portal the page links to."""

    code = models.CharField(
        _("mã thủ tục"), max_length=64, db_index=True,
        help_text=_("Mã thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ «1.004349»."),
    )
    sector = models.CharField(
        _("lĩnh vực"), max_length=255, db_index=True,
        help_text=_("Chọn lĩnh vực gợi ý hoặc gõ đúng tên lĩnh vực như trên Cổng Dịch vụ công quốc gia."),
    )
    level = models.CharField(
        _("mức độ"), max_length=16, choices=ServiceLevel.choices, db_index=True,
        help_text=_("Toàn trình: làm trọn vẹn trực tuyến; Một phần: nộp trực tuyến, nhận hoặc nộp bản gốc trực "
                    "tiếp; Cung cấp thông tin: chỉ có thông tin về thủ tục."),
    )
    external_url = models.URLField(
        _("địa chỉ thực hiện trực tuyến"), max_length=500,
        help_text=_("Đường dẫn tới thủ tục trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc cổng dịch vụ "
                    "công của tỉnh."),
    )
    processing_time = models.CharField(_("thời hạn giải quyết"), max_length=255, blank=True,
                                       help_text=_("Ví dụ «10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ»."))
    fees = models.CharField(_("phí, lệ phí"), max_length=500, blank=True,
                            help_text=_("Ví dụ «Không» hoặc «500.000 đồng/hồ sơ»."))
    agency = models.CharField(_("cơ quan thực hiện"), max_length=255, blank=True)
    summary = models.TextField(_("mô tả ngắn"), blank=True,
                               help_text=_("Thủ tục dành cho ai, để làm gì; một đến ba câu."))
    attachments = StreamField(AttachmentsBlock(), verbose_name=_("mẫu đơn, tờ khai"), blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("code"),
        index.SearchField("summary"),
        index.SearchField("sector"),
        index.SearchField("agency"),
        index.AutocompleteField("title"),
        index.FilterField("sector"),
        index.FilterField("level"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("sector", widget=SuggestionsInput(sector_suggestions)),
                FieldPanel("level"),
                FieldPanel("external_url"),
            ],
            heading=_("Thủ tục"),
        ),
        MultiFieldPanel(
            [FieldPanel("agency"), FieldPanel("processing_time"), FieldPanel("fees")],
            heading=_("Thực hiện"),
        ),
        FieldPanel("summary"),
        FieldPanel("attachments"),
    ]

    parent_page_types = ["decree.ServiceCatalogPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("thủ tục, dịch vụ công")
        verbose_name_plural = _("thủ tục, dịch vụ công")

    @property
    def external_host(self):
        return (urlsplit(self.external_url).hostname or "").lower()

    @property
    def information_only(self):
        """A procedure of level «Cung cấp thông tin» cannot be done online; its link only informs."""
        return self.level == ServiceLevel.INFORMATION

    @property
    def on_national_portal(self):
        return self.external_host == NATIONAL_PORTAL_HOST

    def clean(self):
        super().clean()
        self.sector = " ".join(self.sector.split())
        canonical = {suggestion.casefold(): suggestion for suggestion in COMMON_SECTORS}
        self.sector = canonical.get(self.sector.casefold(), self.sector)
        self.code = self.code.strip()
        host = self.external_host
        if self.external_url and not host.endswith(OFFICIAL_DOMAIN_SUFFIX):
            raise ValidationError({"external_url": _(
                "Đường dẫn phải trỏ tới Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc cổng dịch vụ công "
                "của tỉnh (tên miền .gov.vn)."
            )})
