"""Merging a portal into another (merge_portals): every page, file, input item and translation arrives, every
old address answers 301 to a page that answers 200, the source is archived and out of the scorecard, a dry
run and bad input change nothing, a second run does nothing, an interruption rolls everything back."""

import datetime
import re
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.actions.move_page import MovePageAction
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, ModelLogEntry, Page, Revision

from comments.models import CitizenInput, Kind, Status, TicketStatus
from component_portals.models import ComponentPortal, PortalStatus
from decree.articles import ArticlePage
from decree.documents import DocumentType, Issuer, LegalDocumentIndexPage, LegalDocumentPage
from home.models import PageRating, PageViewCount
from oversight.scorecard import build_scorecard

from ..factories import add_article, make_user, news_section
from .db_counts import db_counts

pytestmark = pytest.mark.django_db


@pytest.fixture
def source_content(portal_b):
    """Portal B with a published and a draft article, an English translation, a legal document, files,
    citizen input (a comment and an open question), view counts and ratings."""
    article = add_article(portal_b, "Xã B khánh thành trường mầm non")
    draft = add_article(portal_b, "Dự thảo: Xã B chuẩn bị lễ hội", publish=False)
    english = article.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = "Commune B opens a kindergarten"
    english.save_revision().publish()
    register = LegalDocumentIndexPage.objects.child_of(portal_b.root_page).get(category_key="documents")
    issuer = Issuer.objects.get_or_create(name="Ủy ban nhân dân xã B")[0]
    document = LegalDocumentPage(
        title="Quyết định 12/2025/QĐ-UBND", number="12/2025/QĐ-UBND", summary="Trích yếu",
        document_type=DocumentType.objects.get_or_create(name="Quyết định", defaults={"abbreviation": "QĐ"})[0],
        issuer=issuer, issue_date=datetime.date(2025, 3, 1), effective_date=datetime.date(2025, 3, 15),
        locale=register.locale,
    )
    register.add_child(instance=document)
    document.save_revision().publish()
    image = get_image_model().objects.create(title="Ảnh trường", file=get_test_image_file(), collection=portal_b.collection)
    file = get_document_model().objects.create(
        title="Tờ trình", file=ContentFile(b"%PDF-1.4 test", name="to-trinh.pdf"), collection=portal_b.collection
    )
    comment = CitizenInput.objects.create(
        portal=portal_b, page=article, kind=Kind.COMMENT, status=Status.APPROVED, author_name="Lê Văn Bình",
        author_email="binh@example.com", body="Rất vui mừng.",
    )
    question = CitizenInput.objects.create(
        portal=portal_b, page=article, kind=Kind.QUESTION, status=Status.APPROVED, author_name="Trần Thị Cúc",
        author_email="cuc@example.com", body="Khi nào trường tuyển sinh?", ticket_code="HD-TEST-1",
        ticket_status=TicketStatus.RECEIVED, due_date=datetime.date(2026, 12, 31),
    )
    PageViewCount.objects.create(page=article, day=datetime.date(2026, 11, 1), views=42)
    PageRating.objects.create(page=article, visitor="x" * 64, useful=True)
    editor = make_user("editor", portal_b)
    return {"article": article, "draft": draft, "english": english, "document": document, "issuer": issuer,
            "image": image, "file": file, "comment": comment, "question": question, "editor": editor}


def sitemap_urls(client, host):
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    return re.findall(r"<loc>([^<]+)</loc>", response.content.decode())


def follow_once(client, url, host):
    """GET `url` on `host`: the redirect's target, which must answer 200."""
    parts = urlsplit(url)
    response = client.get(parts.path + (f"?{parts.query}" if parts.query else ""), HTTP_HOST=host)
    assert response.status_code == 301, (url, response.status_code)
    location = urlsplit(response["Location"])
    final = client.get(location.path, HTTP_HOST=location.hostname)
    assert final.status_code == 200, (url, response["Location"], final.status_code)
    return response["Location"]


def test_merge_moves_every_page_file_input_item_and_translation(portal_a, portal_b, source_content):
    pages_before = {page.pk: page for page in Page.objects.descendant_of(portal_b.root_page)}
    english_home = portal_b.root_page.get_translation(Locale.objects.get(language_code="en"))
    pages_before.update({page.pk: page for page in Page.objects.descendant_of(english_home)})
    revisions_before = Revision.page_revisions.count()

    call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, stdout=StringIO())

    article = ArticlePage.objects.get(pk=source_content["article"].pk)
    assert article.get_parent().pk == news_section(portal_a).pk
    assert ArticlePage.objects.get(pk=source_content["draft"].pk).get_parent().pk == news_section(portal_a).pk
    assert not ArticlePage.objects.get(pk=source_content["draft"].pk).live
    assert article.first_published_at == source_content["article"].first_published_at
    english = Page.objects.get(pk=source_content["english"].pk)
    assert english.translation_key == article.translation_key and english.live
    target_roots = [page.path for page in Page.objects.filter(translation_key=portal_a.root_page.translation_key)]
    for pk in pages_before:
        assert any(Page.objects.get(pk=pk).path.startswith(root) for root in target_roots), pages_before[pk].title
    assert Revision.page_revisions.count() > revisions_before - 1
    assert LegalDocumentPage.objects.get(pk=source_content["document"].pk).issuer == source_content["issuer"]
    portal_b.refresh_from_db()
    assert source_content["image"].__class__.objects.get(pk=source_content["image"].pk).collection == portal_a.collection
    assert source_content["file"].__class__.objects.get(pk=source_content["file"].pk).collection == portal_a.collection
    assert set(CitizenInput.objects.filter(pk__in=[source_content["comment"].pk, source_content["question"].pk])
               .values_list("portal", flat=True)) == {portal_a.pk}
    assert PageViewCount.objects.get(page=article).views == 42
    assert PageRating.objects.filter(page=article).count() == 1
    assert portal_b.status == PortalStatus.ARCHIVED and portal_b.successor == portal_a
    assert not source_content["editor"].groups.filter(pk=portal_a.editors_group_id).exists()
    assert ModelLogEntry.objects.filter(action="component_portals.merge", object_id=str(portal_b.pk)).exists()


def test_every_old_address_answers_301_to_a_page_that_answers_200(client, portal_a, portal_b, source_content):
    old_host = portal_b.hostname
    old_urls = sitemap_urls(client, old_host)
    assert any("/en/" in url for url in old_urls)
    assert len(old_urls) >= 15

    call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, stdout=StringIO())

    for url in old_urls:
        assert urlsplit(follow_once(client, url, old_host)).hostname == portal_a.hostname
    article_url = follow_once(client, f"http://{old_host}{source_content['article'].url_path[len(portal_b.root_page.url_path) - 1:]}", old_host)
    assert urlsplit(article_url).path.startswith("/tin-tuc-su-kien/")
    assert follow_once(client, f"http://{old_host}/tin-tuc-su-kien/rss/", old_host).endswith("/tin-tuc-su-kien/rss/")
    sitemap = client.get("/sitemap.xml", HTTP_HOST=old_host)
    assert sitemap.status_code == 301 and sitemap["Location"] == f"http://{portal_a.hostname}/sitemap.xml"
    assert Redirect.objects.filter(site=portal_b.site).count() >= len(old_urls)


def test_archived_source_leaves_the_scorecard(portal_a, portal_b, source_content):
    assert portal_b.pk in {row.portal.pk for row in build_scorecard()}
    call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, stdout=StringIO())
    assert portal_b.pk not in {row.portal.pk for row in build_scorecard()}


def test_dry_run_prints_the_plan_and_changes_nothing(portal_a, portal_b, source_content):
    before = db_counts()
    paths = dict(Page.objects.values_list("pk", "path"))
    out = StringIO()
    call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, "--dry-run", "-v", "2", stdout=out)
    text = out.getvalue()
    assert "Xã B khánh thành trường mầm non" in text and "Dự thảo: Xã B chuẩn bị lễ hội" in text
    assert f"http://{portal_b.hostname}/tin-tuc-su-kien/rss/" in text and f"http://{portal_b.hostname}/en/" in text
    assert "1 ảnh và 1 tài liệu" in text
    assert f"--username {source_content['editor'].username} --role editor --portal {portal_a.slug}" in text
    assert db_counts() == before and dict(Page.objects.values_list("pk", "path")) == paths
    assert not Redirect.objects.exists()
    assert ComponentPortal.objects.get(pk=portal_b.pk).status == PortalStatus.ACTIVE


def test_a_second_merge_does_nothing(portal_a, portal_b, source_content):
    call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, stdout=StringIO())
    before = db_counts()
    redirects = Redirect.objects.count()
    out = StringIO()
    call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, stdout=out)
    assert "không còn gì để làm" in out.getvalue()
    assert db_counts() == before and Redirect.objects.count() == redirects


def test_an_interrupted_merge_rolls_back_completely(portal_a, portal_b, source_content, monkeypatch):
    before = db_counts()
    paths = dict(Page.objects.values_list("pk", "path"))
    real_execute = MovePageAction.execute
    calls = {"n": 0}

    def execute_then_crash(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("mất điện giữa chừng")
        return real_execute(self, *args, **kwargs)

    monkeypatch.setattr(MovePageAction, "execute", execute_then_crash)
    with pytest.raises(RuntimeError):
        call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, stdout=StringIO())
    assert calls["n"] == 5
    assert db_counts() == before and dict(Page.objects.values_list("pk", "path")) == paths
    assert not Redirect.objects.exists()
    assert ComponentPortal.objects.get(pk=portal_b.pk).status == PortalStatus.ACTIVE
    assert CitizenInput.objects.get(pk=source_content["question"].pk).portal_id == portal_b.pk


@pytest.mark.parametrize("arguments, message", [
    (["--from", "khong-co", "--into", "so-a"], "Không tìm thấy cổng có mã «khong-co»."),
    (["--from", "so-a", "--into", "khong-co"], "Không tìm thấy cổng có mã «khong-co»."),
    (["--from", "so-a", "--into", "so-a"], "Không thể hợp nhất cổng «Sở Thử Nghiệm A» vào chính nó."),
    (["--from", "so-a", "--into", "so-b"], "vì «Xã Thử Nghiệm B» là cổng cấp dưới của nó (vòng lặp)."),
    (["--from", "tinh", "--into", "so-a"], "Không thể hợp nhất cổng tỉnh vào cổng khác."),
])
def test_bad_input_gets_a_clear_message_and_changes_nothing(portal_a, portal_b, arguments, message):
    ComponentPortal.objects.filter(pk=portal_b.pk).update(parent=portal_a)  # B is a commune under A
    before = db_counts()
    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("merge_portals", *arguments, stdout=StringIO())
    assert db_counts() == before


def test_merging_into_an_archived_portal_is_refused(portal_a, portal_b):
    call_command("archive_portal", "--slug", portal_a.slug, stdout=StringIO())
    with pytest.raises(CommandError, match="đã được lưu trữ; không thể hợp nhất vào cổng đã lưu trữ"):
        call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, stdout=StringIO())
    assert ComponentPortal.objects.get(pk=portal_b.pk).status == PortalStatus.ACTIVE


def test_a_target_lacking_a_category_is_refused(portal_a, portal_b):
    news_section(portal_a).delete()
    with pytest.raises(CommandError, match="thiếu chuyên mục «Tin tức, sự kiện»; hãy chạy"):
        call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, stdout=StringIO())


def test_a_slug_clash_is_refused_and_the_dry_run_shows_the_plan_with_the_conflict(portal_a, portal_b):
    add_article(portal_a, "Hội nghị chuyển đổi số")
    clash = add_article(portal_b, "Hội nghị chuyển đổi số")
    before = db_counts()
    message = f"Trang «Hội nghị chuyển đổi số» trùng địa chỉ «{clash.slug}» với một trang trong chuyên mục «Tin tức, sự kiện»"
    with pytest.raises(CommandError, match=message):
        call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, stdout=StringIO())
    out = StringIO()
    with pytest.raises(CommandError, match=message):
        call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, "--dry-run", stdout=out)
    assert "Hội nghị chuyển đổi số [vi] → Tin tức, sự kiện" in out.getvalue()
    assert db_counts() == before


def test_a_moved_question_is_answered_by_the_target_portal_and_no_longer_by_the_source(
        login, portal_a, portal_b, source_content):
    question = source_content["question"]
    source_approver = login("approver", portal_b)
    call_command("merge_portals", "--from", portal_b.slug, "--into", portal_a.slug, stdout=StringIO())
    reply_url = reverse("comments_admin:reply", args=[question.pk])
    source_approver.post(reply_url, {"reply": "Trả lời từ cổng cũ."})
    question.refresh_from_db()
    assert question.reply == ""
    login("approver", portal_a).post(reply_url, {"reply": "Trường tuyển sinh từ tháng 8."})
    question.refresh_from_db()
    assert question.reply == "Trường tuyển sinh từ tháng 8." and question.ticket_status == TicketStatus.ANSWERED
