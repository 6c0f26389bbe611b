"""The open-data API: the register's answers equal the public register page (documents, order, counts) for
every filter and page; no drafts and no citizen's data anywhere; bad parameters answer 400 with a message;
downloads, the catalogue and its footer link, the rate limit and languages."""

import csv
import datetime
import io
import json
import uuid

import pytest

from comments.models import CitizenInput, Kind, Status
from decree.documents import LegalDocumentIndexPage
from opendata.datasets import DATASETS

from ..factories import add_article
from ..decree.test_register import get, listed_numbers

pytestmark = pytest.mark.django_db

REGISTER_FILTERS = [
    {}, {"loai": "TYPE_PLAN"}, {"co-quan": "ISSUER_DEPARTMENT"}, {"linh-vuc": "FIELD_FINANCE"},
    {"nguoi-ky": "Lê Văn Một"}, {"nam": "2024"}, {"trang-thai": "het-hieu-luc"}, {"trang-thai": "chua-hieu-luc"},
    {"trang-thai": "con-hieu-luc"}, {"q": "ngân sách"}, {"q": "kh-dd"}, {"q": "QĐ", "nam": "2024", "nguoi-ky": "Lê Văn Một"},
]


def api(client, portal, path, expect=200, **params):
    response = client.get(f"/du-lieu-mo/{path}", params, HTTP_HOST=portal.site.hostname)
    assert response.status_code == expect, (response.status_code, response.content[:300])
    return response


def api_numbers(client, portal, **params):
    return [item["number"] for item in api(client, portal, "van-ban/", **params).json()["results"]]


@pytest.mark.parametrize("params", REGISTER_FILTERS)
def test_register_api_lists_what_the_register_page_lists(client, portal_a, filter_set, catalogue, params):
    replacements = {"TYPE_PLAN": catalogue["plan"].pk, "ISSUER_DEPARTMENT": catalogue["department"].pk,
                    "FIELD_FINANCE": catalogue["finance"].pk}
    params = {key: replacements.get(value, value) for key, value in params.items()}
    assert api_numbers(client, portal_a, **params) == listed_numbers(get(client, filter_set, portal_a, **params))


def test_province_wide_register_api_equals_the_province_register_page(client, province, portal_a, filter_set, section):
    register = section(province, "documents")
    for params in ({}, {"cong": portal_a.slug}, {"cong": province.slug}):
        html = get(client, register, province, **params)
        assert api_numbers(client, province, **params) == listed_numbers(html)
    assert len(api_numbers(client, province)) == 4


def test_register_api_pages_like_the_register(client, portal_a, section, add_document, monkeypatch):
    monkeypatch.setattr(LegalDocumentIndexPage, "items_per_page", 2)
    register = section(portal_a, "documents")
    for index in range(5):
        add_document(register, number=f"P{index}", issue_date=datetime.date(2024, 1, 1 + index))
    for page in (1, 2, 3):
        body = api(client, portal_a, "van-ban/", trang=page).json()
        assert (body["count"], body["pages"], body["page"]) == (5, 3, page)
        assert [item["number"] for item in body["results"]] == listed_numbers(get(client, register, portal_a, trang=page))
    assert body["next"] is None and "trang=2" in body["previous"]


def test_document_metadata_and_file_links(client, portal_a, filter_set, catalogue):
    document = next(item for item in api(client, portal_a, "van-ban/").json()["results"] if item["number"] == "2/KH-DD")
    assert document["document_type"] == "Kế hoạch" and document["issuer"] == catalogue["department"].name
    assert document["signer"] == "Phạm Thị Hai" and document["issue_date"] == "2024-03-01"
    assert document["status"] == "con-hieu-luc" and document["legal_fields"] == ["Đất đai"]
    assert document["url"].startswith(f"http://{portal_a.hostname}/van-ban/") and document["files"] == []


def test_no_draft_and_no_citizen_data_in_any_answer(client, portal_a, filter_set, add_document):
    add_document(filter_set, number="NHAP/2025", publish=False)
    article = add_article(portal_a, "Sở A công bố kế hoạch chuyển đổi số")
    add_article(portal_a, "Bản nháp chưa đăng", publish=False)
    CitizenInput.objects.create(portal=portal_a, page=article, kind=Kind.COMMENT, status=Status.APPROVED,
                                author_name="Nguyễn Thị Riêng Tư", author_email="rieng.tu@example.com", body="Ý kiến")
    answers = [api(client, portal_a, f"{slug}/").content.decode() for slug in DATASETS]
    answers += [api(client, portal_a, f"van-ban.{fmt}").getvalue().decode() for fmt in ("csv", "json")]
    assert "Sở A công bố kế hoạch chuyển đổi số" in answers[1]
    for answer in answers:
        assert "NHAP/2025" not in answer and "Bản nháp chưa đăng" not in answer
        assert "rieng.tu@example.com" not in answer and "Riêng Tư" not in answer


@pytest.mark.parametrize("path, params, message", [
    ("van-ban/", {"sap-xep": "ten"}, "Tham số không được hỗ trợ: sap-xep."),
    ("van-ban/", {"trang": "99999"}, "Trang 99999 không tồn tại; kết quả có 1 trang."),
    ("van-ban/", {"trang": "9" * 40}, "Tham số «trang» phải là số nguyên dương."),
    ("van-ban/", {"loai": "abc"}, "Tham số «loai» phải là số nguyên dương."),
    ("van-ban/", {"nam": "20x4"}, "Tham số «nam» phải là số nguyên dương."),
    ("van-ban/", {"trang-thai": "khong-ro"}, "Tham số «trang-thai» chỉ nhận:"),
    ("van-ban/", {"q": "a\u0000b"}, "Tham số «q»"),
    ("tin-tuc/", {"thang": "13"}, "Tham số «thang» phải từ 1 đến 12."),
    ("tin-tuc/", {"tu": "2025-01-01"}, "Tham số không được hỗ trợ: tu."),
    ("lay-y-kien/", {"trang-thai": "mo"}, "Tham số «trang-thai» chỉ nhận: open, upcoming, closed."),
    ("lich-cong-tac/", {"ngay": "01/07/2025"}, "Tham số «ngay» phải là ngày dạng YYYY-MM-DD"),
    ("lich-cong-tac/", {"tuan": "2025-W99"}, "Tham số «tuan» phải là tuần dạng YYYY-Www"),
    ("thu-tuc/", {"muc-do": "5"}, "Tham số «muc-do» chỉ nhận:"),
    ("thong-ke/", {"trang": "2"}, "Trang 2 không tồn tại; kết quả có 1 trang."),
    ("tin-tuc/", {"fields": "khong_co"}, "khong_co"),
    ("tin-tuc/1/", {"loc": "x"}, "Tham số không được hỗ trợ: loc."),
    ("thong-ke/", {"cong": "so-a"}, "Tham số không được hỗ trợ: cong."),
    ("van-ban.csv", {"loai": "x"}, "Tham số «loai» phải là số nguyên dương."),
])
def test_bad_parameters_answer_400_with_a_message(client, portal_a, filter_set, path, params, message):
    body = api(client, portal_a, path, expect=400, **params).json()
    assert message in body["error"]


def test_csv_and_json_downloads_hold_the_whole_filtered_register(client, portal_a, filter_set):
    expected = listed_numbers(get(client, filter_set, portal_a, nam="2024"))
    download = api(client, portal_a, "van-ban.csv", nam="2024")
    assert download["Content-Disposition"] == f'attachment; filename="van-ban-{portal_a.slug}.csv"'
    rows = list(csv.DictReader(io.StringIO(b"".join(download.streaming_content).decode("utf-8-sig"))))
    assert [row["number"] for row in rows] == expected
    assert [item["number"] for item in json.loads(api(client, portal_a, "van-ban.json", nam="2024").content)["results"]] == expected


def test_catalogue_lists_every_dataset_and_the_footer_links_to_it(client, portal_a):
    catalogue = api(client, portal_a, "").json()
    assert catalogue["@type"] == "dcat:Catalog"
    assert {dataset["dct:identifier"] for dataset in catalogue["dcat:dataset"]} == set(DATASETS)
    for dataset in catalogue["dcat:dataset"]:
        for distribution in dataset["dcat:distribution"]:
            url = distribution.get("dcat:accessURL") or distribution["dcat:downloadURL"]
            assert url.startswith(f"http://{portal_a.hostname}/du-lieu-mo/")
            assert client.get(url.split(portal_a.hostname, 1)[1], HTTP_HOST=portal_a.hostname).status_code == 200
    assert 'href="/du-lieu-mo/"' in client.get("/", HTTP_HOST=portal_a.hostname).content.decode()
    assert "public" in api(client, portal_a, "tin-tuc/")["Cache-Control"]


def test_english_datasets_list_english_pages(client, portal_a):
    response = client.get("/en/du-lieu-mo/tin-tuc/", HTTP_HOST=portal_a.hostname)
    assert response.status_code == 200 and response.json()["language"] == "en"


def test_rate_limit_answers_429(client, portal_a, settings):
    settings.OPENDATA_RATE_LIMIT = 2
    settings.CACHES = {  # counters of their own, whatever other tests or a shared Redis left
        alias: {**config, "KEY_PREFIX": f"{config.get('KEY_PREFIX', '')}test-{uuid.uuid4().hex}"}
        for alias, config in settings.CACHES.items()
    }
    api(client, portal_a, "tin-tuc/")
    api(client, portal_a, "tin-tuc/")
    response = api(client, portal_a, "tin-tuc/", expect=429)
    assert "Quá nhiều yêu cầu" in response.json()["error"] and response["Retry-After"]


def test_an_item_has_its_own_address_in_its_dataset_only(client, portal_a, portal_b):
    article = add_article(portal_a, "Sở A khai trương bộ phận một cửa")
    listed = api(client, portal_a, "tin-tuc/").json()["results"][0]
    assert listed["meta"]["detail_url"] == f"http://{portal_a.hostname}/du-lieu-mo/tin-tuc/{article.pk}/"
    item = api(client, portal_a, f"tin-tuc/{article.pk}/").json()
    assert item == listed and item["meta"]["html_url"] == article.get_full_url()
    assert api(client, portal_b, f"tin-tuc/{article.pk}/", expect=404).json()["error"]  # another portal's item
    assert api(client, portal_a, f"lay-y-kien/{article.pk}/", expect=404).json()["error"]  # another dataset's
    assert "Không có tập dữ liệu «khong-co»." in api(client, portal_a, "khong-co/", expect=404).json()["error"]


def test_fields_chooses_the_fields_as_in_wagtails_api(client, portal_a):
    add_article(portal_a, "Sở A công bố lịch tiếp dân")
    item = api(client, portal_a, "tin-tuc/", fields="_,id,title,date").json()["results"][0]
    assert set(item) == {"id", "title", "date"}
    item = api(client, portal_a, "tin-tuc/", fields="-lead,-source").json()["results"][0]
    assert "lead" not in item and "author" in item
