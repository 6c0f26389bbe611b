"""The demo's merged former district (the 2025 reorganisation): two former portals, the district of Lạc Dương
and the commune of Đạ Sar, are provisioned with a few articles and merged into the commune of Tân Phú by the
same service as `merge_portals`, so their old addresses redirect. Idempotent: once merged, nothing is redone."""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.articles import ArticleIndexPage, ArticlePage

from component_portals.merge import merge_portals
from component_portals.models import ComponentPortal, PortalKind
from component_portals.provisioning import provision_portal

MERGED_INTO = "xa-tan-phu"

# (slug, kind, name, English name, [(article slug, title, lead, date)])
FORMER_PORTALS = (
    ("huyen-lac-duong", PortalKind.DISTRICT, "Ủy ban nhân dân huyện Lạc Dương (cũ)",
     "Former Lac Duong District People's Committee", [
         ("lac-duong-tong-ket-nam-hoc-2024-2025", "Huyện Lạc Dương tổng kết năm học 2024–2025",
          "Toàn huyện có 98% học sinh hoàn thành chương trình; 12 trường đạt chuẩn quốc gia.", (2025, 6, 2)),
         ("lac-duong-ban-giao-ho-so-truoc-sap-xep", "Huyện Lạc Dương bàn giao hồ sơ trước khi sắp xếp đơn vị hành chính",
          "Hồ sơ, tài liệu lưu trữ của huyện được bàn giao cho xã Tân Phú từ ngày 1/7/2025.", (2025, 6, 25)),
     ]),
    ("xa-da-sar", PortalKind.COMMUNE, "Ủy ban nhân dân xã Đạ Sar (cũ)", "Former Da Sar Commune People's Committee", [
        ("da-sar-thu-hoach-ca-phe-vu-2024", "Xã Đạ Sar thu hoạch cà phê vụ 2024",
         "Năng suất bình quân đạt 3,2 tấn/ha, tăng 8% so với vụ trước.", (2024, 12, 10)),
    ]),
)


def seed_merged_district(province, port):
    target = ComponentPortal.objects.filter(slug=MERGED_INTO).first()
    if target is None:
        return
    pending = []
    for slug, kind, name, name_en, articles in FORMER_PORTALS:
        if ComponentPortal.objects.filter(slug=slug, successor__isnull=False).exists():
            continue
        portal = provision_portal(name=name, slug=slug, kind=kind, parent=province, port=port, name_en=name_en)
        news = ArticleIndexPage.objects.child_of(portal.root_page).get(category_key="news")
        for article_slug, title, lead, day in articles:
            if not news.get_children().filter(slug=article_slug).exists():
                date = timezone.make_aware(datetime.datetime(*day, 8, 0))
                article = ArticlePage(title=title, slug=article_slug, lead=lead, date=date, first_published_at=date,
                                      body=[("paragraph", RichText(f"<p>{lead}</p>"))], locale=news.locale)
                news.add_child(instance=article)
                article.save_revision().publish()
        pending.append(slug)
    if pending:
        merge_portals(pending, MERGED_INTO)
