"""The contacts directory: competent officials; the portal's own contact details come from PortalSettings."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail.search.tasks import insert_or_update_object_task

from home.filters import text_param
from home.models import SectionPage

UNIT_PARAMETER = "don-vi"
# An official's place in the directory: the editor's order, else the order of creation.
PLACE = Coalesce("sort_order", "pk", output_field=models.BigIntegerField())


class ContactDirectoryPage(SectionPage):
    """The e-mail directory of competent officials (Decree 43/2011 Điều 10 k1 k). The agency's own address,
    phone, fax and e-mail (Điều 10 k1 l) are the portal settings, shown at the top of the page, so they are
    kept in one place together with the footer."""

    search_fields = SectionPage.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields("officials", [
            index.SearchField("name"), index.SearchField("position"), index.SearchField("unit"),
            index.SearchField("email"),
        ]),
    ]

    content_panels = SectionPage.content_panels + [
        InlinePanel(
            "officials", heading=_("Danh bạ cán bộ"), label=_("Cán bộ"),
            help_text=_(
                "Địa chỉ, điện thoại, fax và thư điện tử của cơ quan lấy từ «Thông tin cổng» trong phần Cài đặt."
            ),
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("danh bạ liên hệ")
        verbose_name_plural = _("danh bạ liên hệ")

    def ordered_officials(self):
        """The officials grouped by unit: units in the order the editor first lists them, officials in the
        editor's order inside each unit. In the database, except for a preview, whose officials are in memory.
        Officials added outside the editor may lack a sort order; their primary key stands in for it."""
        officials = self.officials.all()
        if not isinstance(officials, QuerySet):
            places = [
                (official.sort_order if official.sort_order is not None else index, official)
                for index, official in enumerate(officials)
            ]
            unit_place = {}
            for place, official in places:
                unit_place[official.unit] = min(unit_place.get(official.unit, place), place)
            places.sort(key=lambda item: (unit_place[item[1].unit], item[1].unit, item[0]))
            return [official for _, official in places]
        unit_place = (
            ContactOfficial.objects.filter(page_id=OuterRef("page_id"), unit=OuterRef("unit"))
            .order_by().values("unit").annotate(place=Min(PLACE)).values("place")
        )
        return officials.annotate(place=PLACE, unit_place=Subquery(unit_place)).order_by(
            "unit_place", "unit", "place", "pk"
        )

    def units(self):
        """The units that have officials, in the directory's order."""
        officials = self.officials.all()
        if not isinstance(officials, QuerySet):
            return list(dict.fromkeys(official.unit for official in self.ordered_officials()))
        return list(
            officials.order_by().values("unit").annotate(place=Min(PLACE))
            .order_by("place", "unit").values_list("unit", flat=True)
        )

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # The search index entry is written on post_save, before the officials (child objects) are saved;
        # index again now that they are, so that their names find this page.
        if self.pk and self.live:
            insert_or_update_object_task.enqueue(self._meta.app_label, self._meta.model_name, str(self.pk))
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        units = self.units()
        unit = text_param(request, UNIT_PARAMETER, 255)
        officials = self.ordered_officials()
        if unit:
            # An unknown unit gives an empty directory with the message, never an error.
            if isinstance(officials, QuerySet):
                officials = officials.filter(unit=unit)
            else:
                officials = [official for official in officials if official.unit == unit]
        context.update(officials=list(officials), units=units, selected_unit=unit, unit_parameter=UNIT_PARAMETER)
        return context


class ContactOfficial(TranslatableMixin, Orderable):
    """A competent official of the agency with their official contacts."""

    page = ParentalKey(ContactDirectoryPage, on_delete=models.CASCADE, related_name="officials")
    name = models.CharField(_("họ và tên"), max_length=255)
    position = models.CharField(_("chức vụ"), max_length=255)
    unit = models.CharField(
        _("đơn vị"), max_length=255,
        help_text=_("Ghi thống nhất tên đơn vị (ví dụ «Văn phòng Sở») để danh bạ nhóm đúng theo đơn vị."),
    )
    phone = models.CharField(_("điện thoại"), max_length=64, blank=True)
    email = models.EmailField(_("thư điện tử công vụ"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("position"), FieldPanel("unit"), FieldPanel("phone"), FieldPanel("email")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("cán bộ trong danh bạ")
        verbose_name_plural = _("cán bộ trong danh bạ")
        indexes = [models.Index(fields=["page", "unit"], name="decree_contact_page_unit")]

    def __str__(self):
        return f"{self.name} ({self.position})"

    def clean(self):
        super().clean()
        self.unit = " ".join(self.unit.split())
        if not self.phone.strip() and not self.email.strip():
            raise ValidationError({"email": _("Hãy nhập thư điện tử công vụ hoặc số điện thoại của cán bộ.")})


def directories_missing_emails():
    """Directories listing an official without an e-mail address (an oversight completeness check)."""
    return ContactDirectoryPage.objects.filter(officials__email="").distinct()
