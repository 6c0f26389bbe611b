"""Articles proposed by component portals reach the provincial home only after the board approves them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from component_portals.models import PortalStatus
from decree.syndication import Syndication, SyndicationStatus

from ..factories import add_article


def province_home(client, province):
    response = client.get("/", HTTP_HOST=province.site.hostname)
    assert response.status_code == 200
    return response.content.decode()


def decide_url(syndication, decision):
    return reverse("component_portals_syndication_decide", args=[syndication.pk, decision])


@pytest.mark.django_db
def test_publishing_a_proposed_article_files_a_proposal(portal_a):
    article = add_article(portal_a, "Sở A tổ chức hội nghị chuyển đổi số", propose_to_province=True)
    syndication = Syndication.objects.get(article=article)
    assert syndication.portal == portal_a
    assert syndication.status == SyndicationStatus.PROPOSED


@pytest.mark.django_db
def test_articles_not_proposed_file_nothing(portal_a):
    add_article(portal_a, "Tin nội bộ của Sở A")
    assert not Syndication.objects.exists()


@pytest.mark.django_db
def test_unticking_before_decision_withdraws_the_proposal(portal_a):
    article = add_article(portal_a, "Tin đề nghị rồi rút", propose_to_province=True)
    article.propose_to_province = False
    article.save_revision().publish()
    assert not Syndication.objects.filter(article=article).exists()


@pytest.mark.django_db
def test_province_home_shows_component_article_only_after_board_approval(client, login, province, portal_a):
    article = add_article(portal_a, "Sở A khai trương trung tâm đổi mới sáng tạo", propose_to_province=True)
    syndication = Syndication.objects.get(article=article)
    assert article.title not in province_home(client, province)

    board = login("board")
    response = board.post(decide_url(syndication, "duyet"))
    assert response.status_code == 302

    html = province_home(client, province)
    assert article.title in html
    assert article.full_url in html
    assert portal_a.name in html
    syndication.refresh_from_db()
    assert syndication.status == SyndicationStatus.APPROVED
    assert syndication.decided_by == board.user
    assert PageLogEntry.objects.filter(page=article, action="component_portals.syndication_approved").exists()


@pytest.mark.django_db
def test_rejected_article_stays_off_the_province_home(client, login, province, portal_a):
    article = add_article(portal_a, "Tin bị từ chối", propose_to_province=True)
    login("board").post(decide_url(Syndication.objects.get(article=article), "tu-choi"))
    assert Syndication.objects.get(article=article).status == SyndicationStatus.REJECTED
    assert article.title not in province_home(client, province)


@pytest.mark.django_db
def test_approved_article_leaves_province_home_when_unpublished_or_portal_archived(client, login, province, portal_a):
    article = add_article(portal_a, "Tin sẽ bị gỡ", propose_to_province=True)
    login("board").post(decide_url(Syndication.objects.get(article=article), "duyet"))
    assert article.title in province_home(client, province)

    portal_a.status = PortalStatus.ARCHIVED
    portal_a.save()
    assert article.title not in province_home(client, province)
    portal_a.status = PortalStatus.ACTIVE
    portal_a.save()

    article.unpublish()
    assert article.title not in province_home(client, province)


@pytest.mark.django_db
def test_province_home_lists_its_own_latest_articles(client, province):
    article = add_article(province, "UBND tỉnh họp phiên thường kỳ tháng 11")
    assert article.title in province_home(client, province)


@pytest.mark.django_db
def test_component_home_does_not_show_other_portals_articles(client, portal_a, portal_b):
    add_article(portal_b, "Tin riêng của xã B")
    response = client.get("/", HTTP_HOST=portal_a.site.hostname)
    assert "Tin riêng của xã B" not in response.content.decode()


@pytest.mark.django_db
def test_province_home_links_every_active_component_portal(client, province, portal_a, portal_b):
    html = province_home(client, province)
    assert f"http://{portal_a.site.hostname}/" in html
    assert f"http://{portal_b.site.hostname}/" in html
    portal_b.status = PortalStatus.ARCHIVED
    portal_b.save()
    assert f"http://{portal_b.site.hostname}/" not in province_home(client, province)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor", "approver", "monitor"])
def test_only_the_board_may_see_and_decide_proposals(login, portal_a, role):
    article = add_article(portal_a, "Tin chờ Ban biên tập", propose_to_province=True)
    syndication = Syndication.objects.get(article=article)
    client = login(role, portal_a if role in ("editor", "approver") else None)
    for response in (client.get(reverse("component_portals_syndication")), client.post(decide_url(syndication, "duyet"))):
        # Wagtail's admin turns a refusal into a redirect to the dashboard with an error message.
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
    syndication.refresh_from_db()
    assert syndication.status == SyndicationStatus.PROPOSED


@pytest.mark.django_db
def test_board_queue_lists_pending_proposals(login, portal_a):
    article = add_article(portal_a, "Tin chờ duyệt trong hàng đợi", propose_to_province=True)
    response = login("board").get(reverse("component_portals_syndication"))
    assert response.status_code == 200
    assert article.title in response.content.decode()


@pytest.mark.django_db
def test_unknown_decision_is_not_found(login, portal_a):
    article = add_article(portal_a, "Tin thử quyết định lạ", propose_to_province=True)
    syndication = Syndication.objects.get(article=article)
    assert login("board").post(decide_url(syndication, "xoa")).status_code == 404
    assert login("board").get(decide_url(syndication, "duyet")).status_code == 405


@pytest.mark.django_db
def test_province_home_query_count_does_not_grow_with_articles(client, login, province, portal_a):
    def count():
        with CaptureQueriesContext(connection) as queries:
            province_home(client, province)
        return len(queries)

    board = login("board")

    def add(number):
        for index in range(number):
            add_article(province, f"Tin tỉnh {number}-{index}")
            article = add_article(portal_a, f"Tin sở {number}-{index}", propose_to_province=True)
            board.post(decide_url(Syndication.objects.get(article=article), "duyet"))

    add(2)
    small = count()
    add(10)
    assert count() == small


@pytest.mark.django_db
def test_an_approved_article_changed_by_its_portal_goes_back_to_the_board(client, login, province, portal_a):
    article = add_article(portal_a, "Sở A công bố kết quả chuyển đổi số", propose_to_province=True)
    syndication = Syndication.objects.get(article=article)
    board = login("board")
    board.post(decide_url(syndication, "duyet"))

    # The portal's approver rewrites the live article through the admin and publishes it.
    approver = login("approver", portal_a)
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    data = querydict_from_html(approver.get(edit_url).content.decode(), form_id="page-edit-form")
    body = [("paragraph", rich_text("<p>Đoạn văn mới.</p>"))]
    data.update(nested_form_data({"body": streamfield(body), "attachments": streamfield([])}))
    data["title"] = "Nội dung đã bị sửa sau khi duyệt"
    data["action-publish"] = "action-publish"
    data["propose_to_province"] = "on"  # what a browser sends for the ticked box
    response = approver.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors
    article.refresh_from_db()
    assert article.title == "Nội dung đã bị sửa sau khi duyệt"

    syndication.refresh_from_db()
    assert syndication.status == SyndicationStatus.PROPOSED
    assert PageLogEntry.objects.filter(page=article, action="component_portals.syndication_changed").exists()
    html = province_home(client, province)
    assert ">Sở A công bố kết quả chuyển đổi số</a>" in html  # the approved text stays on the provincial home
    assert "Nội dung đã bị sửa sau khi duyệt" not in html
    queue = board.get(reverse("component_portals_syndication")).content.decode()
    assert "Nội dung đã bị sửa sau khi duyệt" in queue and "nay được sửa" in queue

    board.post(decide_url(syndication, "duyet"))
    html = province_home(client, province)
    assert "Nội dung đã bị sửa sau khi duyệt" in html
    assert ">Sở A công bố kết quả chuyển đổi số</a>" not in html


@pytest.mark.django_db
def test_a_changed_article_the_board_refuses_leaves_the_provincial_home(client, login, province, portal_a):
    article = add_article(portal_a, "Tin đã duyệt rồi bị sửa", propose_to_province=True)
    board = login("board")
    board.post(decide_url(Syndication.objects.get(article=article), "duyet"))
    article.title = "Tin sửa không được duyệt"
    article.propose_to_province = False  # unticking after approval does not bypass the board either
    article.save_revision().publish()
    assert Syndication.objects.get(article=article).status == SyndicationStatus.PROPOSED
    board.post(decide_url(Syndication.objects.get(article=article), "tu-choi"))
    html = province_home(client, province)
    assert "Tin đã duyệt rồi bị sửa" not in html and "Tin sửa không được duyệt" not in html
