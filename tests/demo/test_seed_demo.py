"""`seed_demo` builds the demo province of DESIGN.md, fills every mandatory category on every portal, and
can run again without duplicating anything. Seeding is slow, so one test seeds once and checks it all."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from pypdf import PdfReader
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation

from component_portals.models import ComponentPortal, PortalKind
from decree.syndication import Syndication, SyndicationStatus
from decree.articles import ArticlePage
from decree.categories import CATEGORIES, categories_for
from decree.documents import LegalDocumentPage
from demo.data import load
from demo.merge import FORMER_PORTALS, MERGED_INTO
from demo.province import COMPONENT_PORTALS, PROVINCE, read_demo_article
from demo.seeders import (
    consultation, documents, finance, gazette, planning, projects, science, services, statistics,
)
from demo.seeders.intro import profile_for
from home.models import HomePage, PortalSettings
from search.text import fold

SECTIONS_WITHOUT_ITEMS = {"intro", "contacts", "qa"}
CATEGORY_SLUGS = {category.slug for category in CATEGORIES}


def host(portal):
    """Request headers for a portal's site; the demo sites carry the development port, which Wagtail
    matches against the server port."""
    return {"HTTP_HOST": f"{portal.site.hostname}:{portal.site.port}", "SERVER_PORT": str(portal.site.port)}


def snapshot():
    return (Page.objects.count(), Revision.objects.count(), Site.objects.count(),
            ComponentPortal.objects.count(), get_user_model().objects.count(), Syndication.objects.count(),
            Translation.objects.count(), StringTranslation.objects.count())


ENGLISH_SECTIONS = {
    "intro": "Introduction", "news": "News and events", "contacts": "Contacts", "services": "Online public services",
}


def check_english_pages(client, portals):
    """The provincial portal and so-khcn have English home, introduction, contacts and online services pages,
    synced translations made with wagtail-localize, reachable under /en/ and listed in the sitemap."""
    english = Locale.objects.get(language_code="en")
    by_slug = {portal.slug: portal for portal in portals}
    for portal in (by_slug[PROVINCE.slug], by_slug["so-khcn"]):
        home = portal.root_page.specific
        english_home = home.get_translation(english)
        assert english_home.live and english_home.title == next(
            demo.name_en for demo in (PROVINCE, *COMPONENT_PORTALS) if demo.slug == portal.slug
        )
        sections = {getattr(page, "category_key", ""): page for page in home.get_children().specific()}
        for page in (home, *(sections[key] for key in ENGLISH_SECTIONS)):
            translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=english)
            assert translation.enabled
        english_sections = {page.title: page for page in english_home.get_children().live().specific()}
        assert set(english_sections) == set(ENGLISH_SECTIONS.values())
        for title, page in english_sections.items():
            response = client.get("/en" + page.url_path[len(english_home.url_path) - 1:], **host(portal))
            assert response.status_code == 200, page.url_path
            soup = BeautifulSoup(response.content, "html.parser")
            assert soup.html["lang"] == "en" and soup.h1.get_text(strip=True) == title
            assert soup.select_one("nav.language-switch a[hreflang=vi]")
        positions = set(english_sections["Contacts"].officials.values_list("position", flat=True))
        assert ("Chairman of the Provincial People's Committee" if portal.is_province else "Director") in positions
        procedures = english_sections["Online public services"].get_children().live()
        vietnamese_procedures = sections["services"].get_children().live()
        assert procedures.count() == vietnamese_procedures.count() > 0
        assert not procedures.filter(title__in=vietnamese_procedures.values("title")).exists()
        check_english_news(client, portal, sections["news"], english_sections["News and events"])
        sitemap = client.get("/sitemap.xml", **host(portal)).content.decode()
        assert f"{portal.site.root_url}/en/introduction/" in sitemap
        assert 'hreflang="en"' in sitemap and 'hreflang="x-default"' in sitemap
    intro = by_slug["so-khcn"].root_page.get_children().get(slug="gioi-thieu").specific.get_translation(english)
    assert "Department of Science and Technology" in intro.functions
    assert intro.units.first().name == "Department Office"
    assert intro.units.first().locale_id == english.pk
    for portal in portals:
        if portal.slug not in (PROVINCE.slug, "so-khcn"):
            assert portal.root_page.get_translation(english).get_children().count() == 0


def check_english_news(client, portal, news, english_news):
    """The demo's news articles have English versions under /en/news-and-events/, in English."""
    data = load("news/articles.json")
    articles = english_news.get_children().live().specific()
    assert articles.count() == len(data)
    assert not articles.filter(title__in=news.get_children().values("title")).exists()
    page = articles.get(slug="digital-skills-training-for-officials-and-civil-servants")
    response = client.get(f"/en/news-and-events/{page.slug}/", **host(portal))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Digital skills training for officials and civil servants"
    assert f"of the {portal.name_en} attended" in soup.get_text(" ")
    assert soup.select_one(".footer-name").get_text(strip=True) == PortalSettings.for_site(portal.site).full_name_en


def check_counts_follow_the_data(portals):
    """Every section holds what demo/data/ gives it for that portal: no item lost or added on the way."""
    today = timezone.localdate()
    for portal in portals:
        home = HomePage.objects.get(pk=portal.root_page_id)
        sections = {section.category_key: section for section in home.get_children().specific()
                    if section.slug in CATEGORY_SLUGS}
        expected = {
            # The provincial portal also carries the article scraped from a real portal (demo/data/news/*.txt),
            # and the commune the former portals were merged into their articles (demo/data/portals/merged.json).
            "news": len(load("news/articles.json")) + portal.is_province + (
                sum(len(articles) for *_portal, articles in FORMER_PORTALS) if portal.slug == MERGED_INTO else 0
            ),
            # Articles, notices and the leaders' work calendar.
            "direction": len(load("direction/articles.json")) + len(load("direction/notices.json")["notices"]) + 1,
            "dissemination": len(load("dissemination/articles.json")),
            "documents": len(documents.specs_for(portal, documents.agency_for(portal), today)),
            "consultation": len(consultation.consultations(portal)),
            "services": len(services.services_for(portal)),
            "planning": len(planning.plans_for(portal)),
            "science": len(science.topics_for(portal)),
            "projects": len(projects.projects_for(portal)),
            "finance": len(finance.reports(portal)),
            "statistics": len(statistics.releases(portal)),
            "gazette": len(gazette.issues(today)),
        }
        counts = {key: section.get_children().count() for key, section in sections.items()}
        assert counts == {key: expected.get(key, 0) for key in sections}, portal.slug
        assert sections["intro"].leaders.count() == len(profile_for(portal).leaders)


def check_portals():
    demo = ComponentPortal.objects.filter(slug__in=[PROVINCE.slug] + [p.slug for p in COMPONENT_PORTALS])
    kinds = [portal.kind for portal in demo]
    assert kinds.count(PortalKind.PROVINCE) == 1
    assert kinds.count(PortalKind.DEPARTMENT) >= 3
    # two-level local government: a commune and a ward, no district
    assert kinds.count(PortalKind.COMMUNE) == 1 and kinds.count(PortalKind.WARD) == 1
    assert PortalKind.DISTRICT not in kinds
    assert demo.filter(name="Sở Khoa học và Công nghệ").exists()
    province = demo.get(kind=PortalKind.PROVINCE)
    assert province.site.hostname == "localhost"
    for portal in demo.exclude(pk=province.pk):
        assert portal.site.hostname == f"{portal.slug}.localhost"
        assert portal.parent == province
    return list(demo)


def check_every_category_has_content(client, portal):
    home = HomePage.objects.get(pk=portal.root_page_id)
    sections = {getattr(page, "category_key", ""): page for page in home.get_children().live().specific()}
    for category in categories_for(portal.kind):
        section = sections[category.key]
        response = client.get(section.url_path[len(home.url_path) - 1:], **host(portal))
        assert response.status_code == 200, (portal.slug, category.key)
        if category.key in SECTIONS_WITHOUT_ITEMS:
            continue
        item = section.get_children().live().first()
        assert item is not None, f"{portal.slug}: {category.key} is empty"
        item_response = client.get(item.url_path[len(home.url_path) - 1:], **host(portal))
        assert item_response.status_code == 200, (portal.slug, category.key, item.title)


def check_demo_article(province):
    source = read_demo_article()
    article = ArticlePage.objects.live().get(title=source.title)
    assert article.path.startswith(province.root_page.path)
    text = article.lead + str(article.body)
    assert "687/UBND-VX" in text
    assert source.paragraphs[-1] in text
    assert "Mã bảo mật" not in text and "Ý kiến bạn đọc" not in text
    assert article.date.year == 2013


def check_demo_article_found_without_diacritics(client, province):
    title = read_demo_article().title
    response = client.get("/search/", {"q": fold(title)}, **host(province))
    results = BeautifulSoup(response.content, "html.parser").select(".search-result h2 a")
    assert results, "no search result for the demo article"
    assert results[0].get_text().strip() == title


def check_users():
    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    assert users.get(username="bientap.khcn").groups.filter(portal_as_editors__slug="so-khcn").exists()
    assert users.get(username="duyet.khcn").groups.filter(portal_as_approvers__slug="so-khcn").exists()
    assert users.get(username="banbientap").groups.filter(name="Ban biên tập").exists()
    assert users.get(username="giamsat").groups.filter(name="Giám sát").exists()


def check_document_pdf_keeps_diacritics(province):
    """The PDF of a legal document of the register reads in Vietnamese, diacritics included."""
    page = LegalDocumentPage.objects.descendant_of(province.root_page).get(slug="quy-che-cong-thong-tin")
    document = page.attachments[0].value["document"]
    with document.file.open("rb") as pdf:
        text = PdfReader(pdf).pages[0].extract_text()
    assert "Quyết định" in text and "QUYẾT ĐỊNH SỐ" in text


@pytest.mark.django_db
def test_seed_demo_builds_the_demo_province_and_is_idempotent(client, settings):
    settings.DEBUG = True
    output = io.StringIO()
    call_command("seed_demo", stdout=output)
    for username in ("admin", "bientap.khcn", "duyet.khcn", "banbientap", "giamsat"):
        assert username in output.getvalue()
    assert "LamVien@2026" in output.getvalue()
    # The roles that need a second factor are enrolled with the printed demo secret.
    assert "khóa bí mật (thêm vào ứng dụng xác thực): JRQW2VTJMVXCARDFNVXSAMRQGI3CAT2UKA" in output.getvalue()
    enrolled = set(TOTPDevice.objects.filter(confirmed=True).values_list("user__username", flat=True))
    assert enrolled == {"admin", "duyet.khcn", "duyet.tanphu", "banbientap", "giamsat"}

    portals = check_portals()
    province = next(portal for portal in portals if portal.is_province)
    for portal in portals:
        check_every_category_has_content(client, portal)
    check_demo_article(province)
    check_users()
    approved = Syndication.objects.get(status=SyndicationStatus.APPROVED)
    assert approved.article.title in client.get("/", **host(province)).content.decode()

    check_demo_article_found_without_diacritics(client, province)
    check_english_pages(client, portals)
    check_counts_follow_the_data(portals)
    check_document_pdf_keeps_diacritics(province)

    before = snapshot()
    call_command("seed_demo", stdout=io.StringIO())
    assert snapshot() == before


@pytest.mark.django_db
def test_seed_demo_refuses_whenever_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="chỉ chạy khi DEBUG bật"):
        call_command("seed_demo", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username="admin").exists()
