"""Demo content of the online public services catalogue: procedures by sector that link out to the
national or the (fictional) provincial public-service portal. Procedure names follow the national
catalogue; the codes and addresses are illustrative. Data: demo/data/services/<portal slug or kind>.json."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from decree.services import PublicServicePage, ServiceCatalogPage
from demo.data import load
from home.text import ascii_slug

NATIONAL_URL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"
PROVINCIAL_URL = "https://dichvucong.lamvien.gov.vn/dichvucong/tthc/{code}"

@dataclass(frozen=True)
class Service:
    code: str
    title: str
    sector: str
    level: str
    processing_time: str
    fees: str
    summary: str
    national: bool = False
    age_days: int = 30  # how long ago the entry was first published


OWN_CATALOGUES = ("so-khcn", "so-tai-chinh", "so-y-te")


def services_for(portal):
    if portal.slug in OWN_CATALOGUES:
        name = portal.slug
    else:
        name = {"province": "province", "department": "department"}.get(portal.kind, "commune")
    return [Service(**item) for item in load(f"services/{name}.json")]


def seed(portal):
    """Add the demo procedures missing from the catalogue of `portal` (looked up by slug)."""
    section = ServiceCatalogPage.objects.child_of(portal.root_page).get(category_key="services")
    existing = set(section.get_children().values_list("slug", flat=True))
    now = timezone.now()
    for service in services_for(portal):
        slug = ascii_slug(service.title)
        if slug in existing:
            continue
        url = (NATIONAL_URL if service.national else PROVINCIAL_URL).format(code=service.code)
        page = PublicServicePage(
            title=service.title, slug=slug, code=service.code, sector=service.sector, level=service.level,
            external_url=url, processing_time=service.processing_time, fees=service.fees,
            agency=portal.name, summary=service.summary, locale=section.locale,
            first_published_at=now - datetime.timedelta(days=service.age_days),
        )
        section.add_child(instance=page)
        page.save_revision().publish()
    return section
