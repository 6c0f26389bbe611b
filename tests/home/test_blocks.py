"""The block library: a link names a page of the portal or an outside address, exactly one of them."""

import pytest
from django.core.exceptions import ValidationError

from home.blocks import BodyBlock, LinkBlock

pytestmark = pytest.mark.django_db


def link(**fields):
    block = LinkBlock()
    return block.clean(block.to_python({"title": "Cổng dịch vụ công quốc gia", **fields}))


def test_a_link_to_an_outside_address_is_accepted():
    assert link(url="https://dichvucong.gov.vn/")["url"] == "https://dichvucong.gov.vn/"


def test_a_link_to_a_page_of_the_portal_is_accepted(portal_a):
    assert link(page=portal_a.root_page_id)["page"].pk == portal_a.root_page_id


@pytest.mark.parametrize("fields", [{}, {"url": "", "page": None}])
def test_a_link_needs_a_page_or_an_address(fields):
    with pytest.raises(ValidationError) as error:
        link(**fields)
    assert "chỉ một trong hai" in str(error.value.non_block_errors.as_data()[0].message)


def test_a_link_with_both_a_page_and_an_address_is_refused(portal_a):
    with pytest.raises(ValidationError):
        link(page=portal_a.root_page_id, url="https://dichvucong.gov.vn/")


def test_a_list_of_links_renders_each_link(portal_a):
    body = BodyBlock()
    value = body.to_python([{"type": "links", "value": [
        {"title": "Trang chủ của sở", "page": portal_a.root_page_id, "url": ""},
        {"title": "Cổng dịch vụ công quốc gia", "page": None, "url": "https://dichvucong.gov.vn/"},
    ]}])
    html = str(value)
    assert 'href="https://dichvucong.gov.vn/"' in html
    assert ">Trang chủ của sở</a>" in html
