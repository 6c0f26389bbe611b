import pytest
from bs4 import BeautifulSoup


def soup_of(client, portal, path="/"):
    response = client.get(path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_main_menu_has_the_items_circular_32_requires(client, portal_a):
    menu = [link.get_text(strip=True) for link in soup_of(client, portal_a).select("#main-menu > li > a")]
    for required in ("Trang chủ", "Giới thiệu", "Dịch vụ công trực tuyến", "Sơ đồ cổng"):
        assert required in menu


@pytest.mark.django_db
def test_menu_lists_only_the_current_portals_sections(client, portal_a, portal_b):
    soup = soup_of(client, portal_a)
    hrefs = [link["href"] for link in soup.select(".main-nav a")]
    assert all(portal_b.site.hostname not in href for href in hrefs)


@pytest.mark.django_db
def test_site_map_page_lists_every_section(client, portal_a):
    soup = soup_of(client, portal_a, "/so-do-cong/")
    assert soup.h1.get_text(strip=True) == "Sơ đồ cổng"
    titles = {link.get_text(strip=True) for link in soup.select(".sitemap a")}
    assert {"Giới thiệu", "Văn bản quy phạm pháp luật", "Hỏi đáp"} <= titles


@pytest.mark.django_db
def test_component_portal_footer_links_the_provincial_portal(client, province, portal_a):
    footer = soup_of(client, portal_a).select_one(".site-footer")
    assert footer.find("a", href=f"http://{province.site.hostname}/")
    assert not soup_of(client, province).select_one(".site-footer").find("a", href=f"http://{province.site.hostname}/")


@pytest.mark.django_db
def test_footer_shows_agency_name_responsible_person_and_contacts(client, portal_a):
    from home.models import PortalSettings

    portal_settings = PortalSettings.for_site(portal_a.site)
    portal_settings.responsible_person = "Trần Thị Mai"
    portal_settings.address = "35 Phan Chu Trinh"
    portal_settings.phone = "0263 3822 345"
    portal_settings.email = "so-a@example.gov.vn"
    portal_settings.save()
    footer = soup_of(client, portal_a).select_one(".site-footer").get_text(" ", strip=True)
    for value in (portal_a.name, "Trần Thị Mai", "35 Phan Chu Trinh", "0263 3822 345", "so-a@example.gov.vn"):
        assert value in footer
