"""Admin side doors list only what the user may see: the admin API's images and documents, the page chooser
(browse and search), the move view, the translations report and the workflow task chooser. Another portal's
drafts are never listed; the monitor reads none of them and changes nothing."""

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests.component_portals.permission_scenario import PNG, assert_refused
from tests.factories import add_standard_page

pytestmark = pytest.mark.django_db
Image = get_image_model()
Document = get_document_model()


@pytest.fixture
def secrets(portal_a, portal_b, settings, tmp_path):
    """For each portal: a draft page, an image and a document, each with a title nobody outside may read."""
    settings.MEDIA_ROOT = tmp_path
    found = {}
    for portal in (portal_a, portal_b):
        tag = f"{portal.slug}-{uuid.uuid4().hex[:6]}"
        found[portal.slug] = {
            "draft": add_standard_page(portal.root_page, title=f"Ban nhap mat {tag}", publish=False, live=False),
            "image": Image.objects.create(title=f"Anh mat {tag}", collection=portal.collection,
                                          file=SimpleUploadedFile("a.png", PNG)),
            "document": Document.objects.create(title=f"Tep mat {tag}", collection=portal.collection,
                                                file=SimpleUploadedFile("t.txt", b"x")),
        }
    return found


def titles(secrets, slug):
    return [item.title for item in secrets[slug].values()]


@pytest.mark.parametrize("endpoint", ["images", "documents"])
@pytest.mark.parametrize("role", ["editor", "approver", "board", "monitor"])
def test_admin_api_lists_only_choosable_files(endpoint, role, login, portal_a, secrets):
    client = login(role, portal_a if role in ("editor", "approver") else None)
    response = client.get(f"/admin/api/main/{endpoint}/")
    kind = endpoint[:-1]
    listed = {item["title"] for item in response.json()["items"]} if response.status_code == 200 else set()
    assert (secrets["so-a"][kind].title in listed) is (role != "monitor")
    assert (secrets["so-b"][kind].title in listed) is (role == "board")
    detail = client.get(f"/admin/api/main/{endpoint}/{secrets['so-b'][kind].pk}/")
    assert (detail.status_code == 200) is (role == "board")


@pytest.mark.parametrize("role", ["editor", "approver"])
def test_page_chooser_browse_and_search_list_only_the_own_portal(role, login, portal_a, portal_b, secrets):
    client = login(role, portal_a)
    for url, params in (
        (reverse("wagtailadmin_choose_page"), {}),
        (reverse("wagtailadmin_choose_page_child", args=[portal_b.root_page_id]), {}),
        (reverse("wagtailadmin_choose_page_search"), {"q": "Ban nhap mat"}),
        (reverse("wagtailadmin_choose_page_search"), {"q": portal_b.root_page.title}),
    ):
        html = client.get(url, params).content.decode()
        assert secrets["so-b"]["draft"].title not in html, url
        assert portal_b.root_page.title not in html, url
    html = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Ban nhap mat"}).content.decode()
    assert secrets["so-a"]["draft"].title in html


@pytest.mark.parametrize("role", ["editor", "approver"])
def test_move_views_reveal_no_other_portals_draft(role, login, portal_a, secrets):
    client = login(role, portal_a)
    page = add_standard_page(portal_a.root_page, title="Trang se di chuyen")
    other_draft = secrets["so-b"]["draft"]
    confirm = client.get(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, other_draft.pk]))
    assert_refused(confirm)
    assert other_draft.title not in confirm.content.decode()
    choose = client.get(reverse("wagtailadmin_pages:move", args=[page.pk]))
    assert other_draft.title not in choose.content.decode()


def start_translation(page):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="en"))


@pytest.mark.parametrize("role", ["editor", "approver", "board", "monitor"])
def test_translations_report_lists_only_the_own_portal(role, login, portal_a, secrets):
    for slug in ("so-a", "so-b"):
        start_translation(secrets[slug]["draft"])
    client = login(role, portal_a if role in ("editor", "approver") else None)
    for name in ("wagtail_localize:translations_report", "wagtail_localize:translations_report_results"):
        response = client.get(reverse(name))
        html = response.content.decode()
        if role == "monitor":
            assert_refused(response)
            continue
        assert secrets["so-a"]["draft"].title in html, name
        assert (secrets["so-b"]["draft"].title in html) is (role == "board"), name


@pytest.mark.parametrize("role", ["editor", "approver", "monitor"])
def test_workflow_task_chooser_lists_no_other_portals_task(role, login, portal_a, portal_b):
    client = login(role, portal_a if role != "monitor" else None)
    other_task = portal_b.workflow.workflow_tasks.first().task
    for name in ("wagtailadmin_workflows:task_chooser", "wagtailadmin_workflows:task_chooser_results"):
        response = client.get(reverse(name))
        assert other_task.name not in response.content.decode(), name
