"""The demo's content is data (demo/data/<category key>/*.json): every decree category has some, and every
file loads, names only placeholders the seeders fill, has its required keys, non-empty titles and day-first
dates. The counts `seed_demo` creates from these files are checked in test_seed_demo.py (one seeding)."""

import datetime
import io
import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from decree.categories import CATEGORIES
from demo.data import DATA_DIR, DATE, PLACEHOLDER, fill_all, parse_date
from demo.seeders.pdf import pdf_document

# Categories without data of their own: the contacts directory lists the people of the introduction's data,
# and questions come from citizens (the demo leaves the Q&A section empty for the scorecard to flag).
DATA_OF_ANOTHER_CATEGORY = {"contacts": "intro", "qa": None}

# What the seeders fill placeholders with (demo/data.py), as on one day.
TODAY = datetime.date(2026, 1, 5)
SAMPLE_VALUES = {
    "agency": "Sở Y tế", "name": "Sở Y tế", "place": "xã Tân Phú", "place_name": "Tân Phú", "code": "SYT",
    "code_length": 3, "locality": "tỉnh Lâm Viên", "locality_length": 13, "budget": "ngân sách", "symbol": "QĐ-SYT",
    "authority": "Giám đốc Sở Y tế", "year": TODAY.year, "today": TODAY, "latest": TODAY, "latest_month": 1,
    "soon_month": 1, "recent_year": 2025, "next_year": 2027, "quarter": "IV/2025", "last_quarter": "III",
    "quarter_start": datetime.date(2025, 10, 1), "quarter_end": datetime.date(2025, 12, 31),
}

# Keys every record of a folder's files has.
REQUIRED = {
    "news": {"slug", "days_ago", "title", "lead", "paragraphs", "tags", "author", "source", "english"},
    "dissemination": {"slug", "days_ago", "title", "lead", "paragraphs", "tags", "author", "source"},
    "direction": {"slug", "title"},
    "calendar": {"weekday", "start", "end", "content", "chair", "participants", "location"},
    "documents": {"slug", "type", "number", "issuer", "signer", "subject", "issue_date"},
    "consultation": {"slug", "title", "starts_in", "lasts", "summary", "drafting_agency", "articles"},
    "services": {"code", "title", "sector", "level", "processing_time", "fees", "summary"},
    "intro": {"code", "leadership_unit", "functions", "history", "units", "leaders"},
    "planning": {"slug", "title", "plan_type", "decision_number", "decision_date", "period_start", "period_end"},
    "science": {"slug", "code", "title", "start_date", "end_date", "status"},
    "projects": {"slug", "title", "status", "tenders", "body"},
    "finance": {"slug", "title", "fiscal_year", "publication_date", "columns", "rows"},
    "statistics": {"slug", "title", "period_label", "period_start", "period_end", "release_date"},
    "gazette": {"slug", "number", "date", "documents", "manual"},
    "portals": set(),
    "translations": set(),
}
DATE_KEYS = {"date", "start_date", "end_date", "issue_date", "effective_date", "expiry_date", "decision_date",
             "publication_date", "period_start", "period_end", "release_date", "release_fallback",
             "acceptance_date", "notice_date", "closing_date"}


def data_files():
    return sorted(path.relative_to(DATA_DIR) for path in DATA_DIR.rglob("*.json"))


def records(path, data):
    """The records of one data file that REQUIRED describes."""
    if path.name == "calendar.json":
        return [entry for week in data["weeks"] for entry in week]
    if path.name == "notices.json":
        return data["notices"]
    if path.parts[0] == "documents" and path.name == "department.json":
        return data["common"] + [item for items in data["topical"].values() for item in items]
    if path.name == "catalogues.json" or path.parts[0] in ("portals", "translations"):
        return []
    return [data] if isinstance(data, dict) else data


def walk(value, key=""):
    """(key, value) of every leaf of a nested structure."""
    if isinstance(value, dict):
        for child_key, child in value.items():
            yield from walk(child, child_key)
    elif isinstance(value, list):
        for child in value:
            yield from walk(child, key)
    else:
        yield key, value


def test_every_category_has_demo_data_named_after_it():
    keys = {category.key for category in CATEGORIES}
    assert set(DATA_OF_ANOTHER_CATEGORY) <= keys
    for key in keys:
        folder = DATA_OF_ANOTHER_CATEGORY.get(key, key)
        if folder is None:
            continue
        assert list((DATA_DIR / folder).glob("*.json")), f"no demo data for the category «{key}» in demo/data/{folder}/"


def test_data_folders_are_categories_or_known_topics():
    folders = {path.name for path in DATA_DIR.iterdir() if path.is_dir()}
    assert folders <= {category.key for category in CATEGORIES} | set(REQUIRED)


@pytest.mark.parametrize("path", data_files(), ids=str)
def test_every_data_file_loads_and_validates(path):
    data = json.loads((DATA_DIR / path).read_text(encoding="utf-8"))
    filled = fill_all(data, **SAMPLE_VALUES)  # KeyError names a placeholder no seeder fills
    required = REQUIRED["calendar" if path.name == "calendar.json" else path.parts[0]]
    for record in records(path, filled):
        assert required <= set(record), f"{path}: {record.get('slug', record)} lacks {required - set(record)}"
        if "title" in record:
            assert record["title"].strip(), f"{path}: an empty title"
    for key, value in walk(filled):
        if key in DATE_KEYS and value is not None and not isinstance(value, int):  # tenders: days from today
            assert isinstance(value, datetime.date), f"{path}: {key} = {value!r} is not a day-first date"
    for key, value in walk(data):
        if isinstance(value, str) and DATE.match(PLACEHOLDER.sub("1", value)):
            day, month, _year = PLACEHOLDER.sub("1", value).split("/")
            assert int(day) <= 31 and int(month) <= 12, f"{path}: {value} is not day first"


def test_dates_are_read_day_first():
    assert parse_date("08/04/2013") == datetime.date(2013, 4, 8)
    with pytest.raises(ValueError):
        parse_date("2013-04-08")
    assert fill_all({"date": "31/07/{year-3}", "year": "{year}"}, year=2026) == {
        "date": datetime.date(2023, 7, 31), "year": 2026,
    }
    assert fill_all("{today-10}", today=TODAY) == datetime.date(2025, 12, 26)


def test_a_demo_pdf_keeps_its_vietnamese_text():
    data = pdf_document("Quyết định số 15/2026/QĐ-UBND", ["Quyết định có hiệu lực kể từ ngày ký.", "Điều 1."])
    page = PdfReader(io.BytesIO(data)).pages[0]
    text = page.extract_text()
    assert "QUYẾT ĐỊNH SỐ 15/2026/QĐ-UBND" in text
    assert "Quyết định có hiệu lực kể từ ngày ký." in text
    fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
    descriptors = [font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object() for font in fonts]
    assert all("/FontFile2" in descriptor for descriptor in descriptors)  # embedded, not a standard font


def test_production_settings_do_not_install_the_demo():
    env = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "sites.settings.production", "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "lamvien.gov.vn", "WAGTAILADMIN_BASE_URL": "https://lamvien.gov.vn",
    }
    code = "import django, sys; django.setup(); print('demo' in sys.modules, end='')"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout == "False"
