"""Every list sorted by a name reads in Vietnamese alphabetical order (home.text.vietnamese_sort_key), not in
the database's byte order, which puts «Đ», «Ô» and «Ơ» after «Z» and «Ánh» after «Bình»."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from component_portals.models import ComponentPortal, PortalKind
from decree.documents import DocumentType, Issuer, LegalDocumentPage, LegalField
from decree.services import PublicServicePage, ServiceLevel
from home.text import ascii_slug

NAMES = ["Đào", "Dương", "Ánh", "An", "Ô", "Ơ", "Bình"]
VIETNAMESE_ORDER = ["An", "Ánh", "Bình", "Dương", "Đào", "Ô", "Ơ"]


def options(soup, select_id):
    return [option.get_text(strip=True) for option in soup.select(f"#{select_id} option") if option.get("value")]


def in_vietnamese_order(labels, names=VIETNAMESE_ORDER):
    """The labels that contain one of `names`, reduced to that name, in the order they are shown."""
    shown = []
    for label in labels:
        shown += [name for name in names if label == name or label.startswith(f"{name} (")]
    return shown


@pytest.mark.django_db
def test_the_register_filters_list_issuers_fields_signers_and_types_in_vietnamese_order(client, portal_a, section):
    register = section(portal_a, "documents")
    for day, name in enumerate(NAMES, start=1):
        issued = datetime.date(2024, 1, day)
        document = LegalDocumentPage(
            title=f"Văn bản {day}", number=f"{day}/QĐ", locale=register.locale, signer=name, issue_date=issued,
            effective_date=issued, summary="Trích yếu", issuer=Issuer.objects.create(name=name),
            document_type=DocumentType.objects.create(name=name), live=True,
        )
        document.legal_fields = [LegalField.objects.create(name=name)]
        register.add_child(instance=document)
    soup = BeautifulSoup(client.get(register.url, HTTP_HOST=portal_a.site.hostname).content, "html.parser")
    for select_id in ("filter-issuer", "filter-field", "filter-signer", "filter-type"):
        assert in_vietnamese_order(options(soup, select_id)) == VIETNAMESE_ORDER, select_id


@pytest.mark.django_db
def test_the_procedure_catalogue_lists_sectors_in_vietnamese_order(client, portal_a, section):
    catalogue = section(portal_a, "services")
    for number, name in enumerate(NAMES, start=1):
        catalogue.add_child(instance=PublicServicePage(
            title=f"Thủ tục {number}", code=f"1.00{number}", sector=name, level=ServiceLevel.FULL,
            external_url="https://dichvucong.gov.vn/", locale=catalogue.locale, live=True,
        ))
    soup = BeautifulSoup(client.get(catalogue.url, HTTP_HOST=portal_a.site.hostname).content, "html.parser")
    assert in_vietnamese_order(options(soup, "filter-sector")) == VIETNAMESE_ORDER
    groups = [heading.get_text(strip=True).split(": ", 1)[1] for heading in soup.select("main h2")
              if ": " in heading.get_text()]
    assert in_vietnamese_order(groups) == VIETNAMESE_ORDER


@pytest.fixture
def portals_named():
    return [ComponentPortal.objects.create(name=name, slug=f"cong-{ascii_slug(name)}-{index}", kind=PortalKind.COMMUNE)
            for index, name in enumerate(NAMES)]


@pytest.mark.django_db
def test_the_moderation_queue_offers_portals_in_vietnamese_order(login, portals_named):
    soup = BeautifulSoup(login("board").get(reverse("comments_admin:queue")).content, "html.parser")
    assert in_vietnamese_order(options(soup, "id_portal")) == VIETNAMESE_ORDER


@pytest.mark.django_db
def test_the_portal_list_of_the_admin_names_portals_of_a_kind_in_vietnamese_order(login, portals_named):
    html = login("superuser").get(reverse("component_portals_admin:index")).content.decode()
    positions = [html.index(f">{name}<") for name in VIETNAMESE_ORDER]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_the_document_editor_offers_fields_in_vietnamese_order(login, portal_a, section):
    for name in NAMES:
        LegalField.objects.create(name=name)
    register = section(portal_a, "documents")
    client = login("editor", portal_a)
    url = reverse("wagtailadmin_pages:add", args=["decree", "legaldocumentpage", register.pk])
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    labels = [label.get_text(strip=True) for label in soup.select("[data-contentpath='legal_fields'] label")]
    assert in_vietnamese_order(labels) == VIETNAMESE_ORDER
