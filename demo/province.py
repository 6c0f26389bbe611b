"""The demo province: a provincial portal and component portals with plausible Vietnamese data.

Everything here goes through the same provisioning service and role assignment as production use, and
every step is idempotent, so `seed_demo` can run on every `make run`.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.timezone import make_aware
from django_otp.plugins.otp_totp.models import TOTPDevice

from wagtail.rich_text import RichText

from component_portals import roles
from component_portals.provisioning import provision_portal
from component_portals.users import assign_role
from decree.articles import ArticleIndexPage, ArticlePage
from decree.syndication import Syndication, decide
from home.models import PortalSettings
from home.text import nfc

from .data import load
from .merge import seed_merged_district
from .oversight import age_demo_content, date_demo_publications, record_demo_history
from .seeders import seed_portal

DEMO_PASSWORD = "LamVien@2026"
# `make run` serves on this port; sites carry it so that absolute URLs (sitemaps, metadata) are right.
DEV_PORT = 8000
ARTICLE_FILE = Path(__file__).parent / "data" / "news" / "687-UBND-VX-article.txt"
# The second factor of the demo users whose role requires one (accounts/second_factor.py): one public secret,
# like the demo password, to add once to an authenticator app. 20 bytes, hex as django-otp stores it.
DEMO_TOTP_KEY = "4c616d5669656e2044656d6f2032303236204f5450"
DEMO_TOTP_ROLES = {"superuser", roles.APPROVER, roles.BOARD, roles.MONITOR}


def _enrol_demo_second_factor(username):
    user = get_user_model().objects.get(username=username)
    TOTPDevice.objects.update_or_create(
        user=user, name="Ứng dụng xác thực (tỉnh mẫu)", defaults={"key": DEMO_TOTP_KEY, "confirmed": True},
    )


@dataclass(frozen=True)
class DemoPortal:
    slug: str
    name: str
    name_en: str
    kind: str
    hostname: str
    full_name: str
    full_name_en: str
    address: str
    phone: str
    fax: str
    email: str
    responsible_person: str
    responsible_position: str
    intro: str


PORTALS = load("portals/province.json")
PROVINCE = DemoPortal(**PORTALS["province"])
COMPONENT_PORTALS = tuple(DemoPortal(**portal) for portal in PORTALS["component_portals"])
# (username, role, portal slug or None)
DEMO_USERS = tuple((user["username"], user["role"], user["portal"]) for user in PORTALS["users"])


@dataclass(frozen=True)
class DemoArticle:
    title: str
    published_at: object
    paragraphs: list


def read_demo_article(path=ARTICLE_FILE):
    """The demo article as scraped from a NukeViet portal: title, a date line with view counters, the
    title again, the body, then the old portal's comment box, which is not part of the article."""
    lines = [nfc(line.strip()) for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    title = lines[0]
    date_match = re.search(r"(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2})", lines[1])
    day, month, year, hour, minute = date_match.groups()
    published_at = make_aware(parse_datetime(f"{year}-{month}-{day}T{hour}:{minute}:00"))
    body = lines[2:]
    if body and body[0] == title:
        body = body[1:]
    for index, line in enumerate(body):
        if line.startswith("Ý kiến bạn đọc"):
            body = body[:index]
            break
    return DemoArticle(title=title, published_at=published_at, paragraphs=[re.sub(r"\s+", " ", p) for p in body])


def _apply_settings(portal, demo):
    portal_settings = PortalSettings.for_site(portal.site)
    fields = ("full_name", "full_name_en", "address", "phone", "fax", "email", "responsible_person",
              "responsible_position")
    for field in fields:
        setattr(portal_settings, field, getattr(demo, field))
    portal_settings.save()
    home = portal.root_page.specific
    if home.intro != demo.intro:
        home.intro = demo.intro
        home.save_revision().publish()


def _publish_demo_article(province):
    article = read_demo_article()
    news = ArticleIndexPage.objects.child_of(province.root_page).get(category_key="news")
    slug = "ubnd-tinh-chi-dao-tang-cuong-cung-cap-thong-tin"
    if news.get_children().filter(slug=slug).exists():
        return
    page = ArticlePage(
        title=article.title,
        slug=slug,
        lead=article.paragraphs[0],
        body=[("paragraph", RichText("".join(f"<p>{p}</p>" for p in article.paragraphs[1:])))],
        date=article.published_at,
        first_published_at=article.published_at,
        author="Văn phòng UBND tỉnh",
        source="Văn bản số 687/UBND-VX ngày 08/4/2013 của UBND tỉnh",
        locale=news.locale,
    )
    news.add_child(instance=page)
    page.save_revision().publish()


@transaction.atomic
def seed_demo(password=DEMO_PASSWORD):
    """Create or repair the demo province; returns the portals and the demo logins."""
    started = timezone.now()
    province = provision_portal(
        name=PROVINCE.name, slug=PROVINCE.slug, kind=PROVINCE.kind, hostname=PROVINCE.hostname, port=DEV_PORT,
        name_en=PROVINCE.name_en,
    )
    _apply_settings(province, PROVINCE)
    portals = [province]
    for demo in COMPONENT_PORTALS:
        portal = provision_portal(
            name=demo.name, slug=demo.slug, kind=demo.kind, hostname=demo.hostname, parent=province, port=DEV_PORT,
            name_en=demo.name_en,
        )
        _apply_settings(portal, demo)
        portals.append(portal)
    _publish_demo_article(province)
    for portal in portals:
        seed_portal(portal)

    logins = []
    for username, role, portal_slug in DEMO_USERS:
        if role == "superuser":
            _ensure_superuser(username, password)
        else:
            assign_role(username=username, role=role, portal_slug=portal_slug or "", password=password,
                        email=f"{username}@lamvien.gov.vn", validate=False)
        if role in DEMO_TOTP_ROLES:
            _enrol_demo_second_factor(username)
        logins.append((username, role, portal_slug))
    _syndicate_demo_article(portals[1])
    seed_merged_district(province, DEV_PORT)
    date_demo_publications(portals, since=started)  # a history the trend can honestly show
    age_demo_content(portals)  # some stale and empty categories, so the oversight scorecard has findings
    record_demo_history()
    return portals, logins


def _syndicate_demo_article(portal):
    """One article of a department, proposed for the provincial portal and approved by the board."""
    article = ArticlePage.objects.live().descendant_of(portal.root_page).order_by("-date").first()
    if article is None or Syndication.objects.filter(article=article).exists():
        return
    article.propose_to_province = True
    article.save_revision().publish()
    board_member = get_user_model().objects.get(username="banbientap")
    decide(Syndication.objects.get(article=article), board_member, approve=True)


def _ensure_superuser(username, password):
    user = get_user_model().objects.filter(username=username).first() or get_user_model()(username=username)
    user.is_superuser = user.is_staff = user.is_active = True
    user.email = user.email or f"{username}@lamvien.gov.vn"
    user.set_password(password)
    user.save()
