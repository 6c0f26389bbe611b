"""An archived portal is read-only for everything, through the real admin views and public forms: the images and
documents of its collection (upload, edit, delete), its site settings, its citizens' forms (comments, questions,
consultations: refused with a message under the banner, still shown) and the moderation of its input.
restore_portal makes every one of them writable again."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import TaskState

from comments.models import CitizenInput, Kind, Status
from component_portals.models import ComponentPortal
from home.models import PortalSettings

from ..comments.conftest import form_data, input_url
from ..factories import add_standard_page, make_item
from ..comments.test_board_answers import qa_of
from ..comments.test_moderation import do
from ..comments.test_submission import message_of
from ..decree.conftest import section  # noqa: F401  (the section of a category on a portal)
from ..decree.test_consultation import make_consultation
from ..home.test_portal_settings_form import edit_url, post
from .test_lifecycle import run
from .test_merge import add_article
from .permission_scenario import page_form

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()
READ_ONLY = "Cổng «Xã Thử Nghiệm B» đã được lưu trữ nên chỉ được xem, không được thay đổi."
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


@pytest.fixture
def files(portal_b):
    return {
        "image": Image.objects.create(title="Ảnh trụ sở xã", file=get_test_image_file(),
                                      collection=portal_b.collection),
        "document": Document.objects.create(title="Báo cáo năm", collection=portal_b.collection,
                                            file=SimpleUploadedFile("bao-cao.txt", b"noi dung")),
    }


def png():
    return SimpleUploadedFile("anh.png", get_test_image_file().file.getvalue(), content_type="image/png")


def url(kind, view, *args):
    return reverse(f"{'wagtailimages' if kind == 'image' else 'wagtaildocs'}:{view}", args=args)


def upload(client, kind, portal, title):
    if kind == "image":
        data = {"title": title, "file": png(), "collection": portal.collection_id, "tags": ""}
    else:
        data = {"title": title, "file": SimpleUploadedFile("moi.txt", b"moi"), "collection": portal.collection_id,
                "tags": ""}
    return client.post(url(kind, "add"), data)


def edit(client, kind, instance, title):
    return client.post(url(kind, "edit", instance.pk),
                       {"title": title, "collection": instance.collection_id, "tags": ""})


def delete(client, kind, instance):
    return client.post(url(kind, "delete", instance.pk))


@pytest.mark.parametrize("role", ["approver", "superuser"])
@pytest.mark.parametrize("kind", ["image", "document"])
def test_an_archived_portals_files_cannot_be_uploaded_edited_or_deleted_until_restored(login, portal_b, files,
                                                                                        role, kind):
    model, instance = (Image if kind == "image" else Document), files[kind]
    client = login(role, portal_b)
    run("archive_portal", "--slug", portal_b.slug)
    upload(client, kind, portal_b, "Tệp mới khi đã lưu trữ")
    edit(client, kind, instance, "Tên mới khi đã lưu trữ")
    delete(client, kind, instance)
    assert not model.objects.filter(title__endswith="khi đã lưu trữ").exists()
    assert model.objects.filter(pk=instance.pk, title=instance.title).exists()
    if kind == "image":
        client.post(reverse("wagtailimages:add_multiple"), {"files[]": png(), "collection": portal_b.collection_id})
        assert not model.objects.exclude(pk=instance.pk).exists()
    listing = client.get(url(kind, "index"))
    assert listing.status_code == 200 and instance.title in listing.content.decode()  # still seen

    run("restore_portal", "--slug", portal_b.slug)
    response = upload(client, kind, portal_b, "Tệp mới sau khôi phục")
    assert response.status_code == 302, response.context["form"].errors
    assert edit(client, kind, instance, "Tên mới sau khôi phục").status_code == 302
    assert model.objects.filter(title__endswith="sau khôi phục").count() == 2
    assert delete(client, kind, instance).status_code == 302
    assert not model.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("role", ["approver", "superuser"])
def test_an_archived_portals_settings_cannot_be_saved_until_restored(login, portal_b, role):
    client = login(role, portal_b)
    run("archive_portal", "--slug", portal_b.slug)
    assert client.get(edit_url(portal_b)).status_code == 200
    response = post(client, portal_b, full_name="Tên mới khi đã lưu trữ")
    assert response.status_code == 200 and READ_ONLY in response.content.decode()
    assert PortalSettings.for_site(portal_b.site).full_name != "Tên mới khi đã lưu trữ"

    run("restore_portal", "--slug", portal_b.slug)
    assert post(client, portal_b, full_name="Tên mới sau khôi phục").status_code == 302
    assert PortalSettings.for_site(portal_b.site).full_name == "Tên mới sau khôi phục"


def citizen_pages(portal, section):
    article = add_article(portal, "Xã B lấy ý kiến về chợ mới")
    consultation = make_consultation(section(portal, "consultation"), title="Dự thảo quy chế chợ")
    return {Kind.COMMENT: article, Kind.QUESTION: qa_of(portal), Kind.CONSULTATION: consultation}


def send(client, portal, page, kind):
    return client.post(input_url(page, kind), form_data(page, kind), HTTP_HOST=portal.site.hostname,
                       HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.9")


@pytest.mark.parametrize("kind", [Kind.COMMENT, Kind.QUESTION, Kind.CONSULTATION])
def test_citizens_forms_of_a_merged_portal_refuse_with_the_banner_until_restored(client, portal_a, portal_b, section,
                                                                               kind, settings):
    settings.CACHES = {alias: {**config, "KEY_PREFIX": f"archived-{kind}"} for alias, config in settings.CACHES.items()}
    page = citizen_pages(portal_b, section)[kind]
    run("archive_portal", "--slug", portal_b.slug)
    ComponentPortal.objects.filter(pk=portal_b.pk).update(successor=portal_a)  # as a merge leaves it
    shown = client.get(input_url(page, kind), HTTP_HOST=portal_b.site.hostname)
    assert shown.status_code == 200 and "Cổng này đã hợp nhất vào Sở Thử Nghiệm A." in shown.content.decode()
    refused = send(client, portal_b, page, kind)
    assert refused.status_code == 403
    assert "Cổng này đã hợp nhất vào Sở Thử Nghiệm A." in refused.content.decode()
    assert "Cổng này đã hợp nhất vào «Sở Thử Nghiệm A» nên không nhận ý kiến, câu hỏi mới" in message_of(refused)
    assert not CitizenInput.objects.exists()

    ComponentPortal.objects.filter(pk=portal_b.pk).update(successor=None)
    run("restore_portal", "--slug", portal_b.slug)
    assert send(client, portal_b, page, kind).status_code == 200
    assert CitizenInput.objects.get().kind == kind


@pytest.mark.parametrize("action", ["duyet", "tu-choi", "thu-rac", "reply", "bulk", "answer", "forward"])
def test_moderating_an_archived_portals_input_is_refused_until_restored(login, portal_a, portal_b, action):
    question = make_item(portal_b, qa_of(portal_b), kind=Kind.QUESTION, subject="Giờ làm việc của xã",
                         body="Xã làm việc thứ Bảy không?")
    client = login("board")

    def act():
        if action == "answer":
            return client.post(reverse("comments_admin:answer", args=[question.pk]), {"reply": "Có, buổi sáng."})
        if action == "forward":
            return client.post(reverse("comments_admin:forward", args=[question.pk]), {"portal": portal_a.pk})
        return do(client, action, question)

    def state():
        item = CitizenInput.objects.get(pk=question.pk)
        return item.status, item.reply, item.portal_id

    before = state()
    run("archive_portal", "--slug", portal_b.slug)
    assert client.get(reverse("comments_admin:item", args=[question.pk])).status_code == 200
    response = act()
    assert response.status_code == 302
    assert READ_ONLY in [str(message).strip() for message in response.wsgi_request._messages]
    assert state() == before

    run("restore_portal", "--slug", portal_b.slug)
    act()
    assert state() != before
    assert before[0] == Status.PENDING


def test_archiving_cancels_the_pages_waiting_for_approval_so_nothing_of_it_gets_published(login, portal_b):
    """An editor's change waiting in the approvers' workflow when the portal is archived can no longer be
    approved: the workflow is cancelled, the approve action refused and the page stays as it was."""
    page = add_standard_page(portal_b.root_page, title="Trang của xã B trước khi lưu trữ")
    submitted = login("editor", portal_b).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form(page, title="Trang sửa chờ duyệt", **{"action-submit": "action-submit"}),
    )
    assert submitted.status_code == 302
    task_state = page.current_workflow_state.current_task_state
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    approver = login("approver", portal_b)

    run("archive_portal", "--slug", portal_b.slug)

    page.refresh_from_db()
    assert page.current_workflow_state is None
    response = approver.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""},
    )
    assert response.status_code in (302, 403)
    task_state.refresh_from_db()
    page.refresh_from_db()
    assert task_state.status == TaskState.STATUS_CANCELLED
    assert page.title == "Trang của xã B trước khi lưu trữ"
