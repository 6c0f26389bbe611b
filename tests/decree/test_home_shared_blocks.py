"""The home's news, documents, gallery and directory blocks are rendered once per home page and kept with
the site's chrome (home/home_blocks.py SHARED_HOME_BLOCKS): a change that alters them shows at once."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from decree.articles import ArticlePage
from decree.syndication import Syndication, decide
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def publish_article(portal, section, title, **fields):
    news = section(portal, "news")
    page = ArticlePage(title=title, lead=f"Tóm tắt: {title}", body=[], locale=news.locale,
                       date=timezone.now() - datetime.timedelta(hours=1), **fields)
    news.add_child(instance=page)
    page.save_revision().publish()
    return page


def home_titles(client, portal):
    response = client.get("/", HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return {link.get_text(strip=True) for link in soup.select(".home-blocks a")}


def test_an_article_published_shows_on_the_home_at_once(client, province, section):
    publish_article(province, section, "Tin đầu tiên")
    assert "Tin đầu tiên" in home_titles(client, province)
    publish_article(province, section, "Tin vừa đăng")
    assert "Tin vừa đăng" in home_titles(client, province)


def test_an_article_the_board_approves_shows_on_the_provincial_home_at_once(client, province, portal_a, section):
    copy = publish_article(portal_a, section, "Tin của sở đưa lên tỉnh", propose_to_province=True)
    assert "Tin của sở đưa lên tỉnh" not in home_titles(client, province)
    decide(Syndication.objects.get(article=copy), make_user("board"), approve=True)
    assert "Tin của sở đưa lên tỉnh" in home_titles(client, province)


def test_an_article_behind_a_new_restriction_leaves_the_home_at_once(client, province, section):
    publish_article(province, section, "Tin sắp bị hạn chế")
    assert "Tin sắp bị hạn chế" in home_titles(client, province)
    news = Page.objects.get(pk=section(province, "news").pk)
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    assert "Tin sắp bị hạn chế" not in home_titles(client, province)


def test_each_portals_home_keeps_its_own_news(client, province, portal_a, section):
    publish_article(portal_a, section, "Chỉ của sở A")
    assert "Chỉ của sở A" in home_titles(client, portal_a)
    assert "Chỉ của sở A" not in home_titles(client, province)
