"""A closed consultation publishes its «báo cáo tiếp thu, giải trình»; an open one does not show the place
for it; the demo's closed consultations carry one."""

import datetime

import pytest
from django.utils import timezone

from decree.consultation import ConsultationPage
from demo.seeders import consultation as consultation_demo

pytestmark = pytest.mark.django_db


def consultation(section, deadline_in, **fields):
    today = timezone.localdate()
    page = ConsultationPage(
        title=f"Dự thảo hạn {deadline_in}", summary="Tóm tắt", body=[("paragraph", "<p>Điều 1.</p>")],
        open_date=today - datetime.timedelta(days=30), deadline=today + datetime.timedelta(days=deadline_in),
        receiving_unit="Văn phòng Sở", receiving_address="Số 1", receiving_email="vp@example.gov.vn",
        locale=section.locale, **fields,
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


def html_of(client, portal, page):
    return client.get(page.relative_url(portal.site), HTTP_HOST=portal.site.hostname).content.decode()


def test_a_closed_consultation_shows_its_report(client, portal_a, section):
    page = consultation(section(portal_a, "consultation"), -2, report_summary="Tiếp thu 9 ý kiến, giải trình 5 ý kiến.")
    html = html_of(client, portal_a, page)
    report = html.split('id="bao-cao"', 1)[1].split("</section>", 1)[0]
    assert "Báo cáo tiếp thu, giải trình" in report and "Tiếp thu 9 ý kiến, giải trình 5 ý kiến." in report


def test_a_closed_consultation_without_report_says_it_is_coming(client, portal_a, section):
    html = html_of(client, portal_a, consultation(section(portal_a, "consultation"), -1))
    assert "báo cáo tiếp thu, giải trình sẽ được đăng tại đây" in html


def test_an_open_consultation_has_no_report_section(client, portal_a, section):
    html = html_of(client, portal_a, consultation(section(portal_a, "consultation"), 5, report_summary="Sớm"))
    assert 'id="bao-cao"' not in html and "Sớm" not in html


def test_the_demos_closed_consultations_carry_a_report(portal_a, section):
    consultation_demo.seed(portal_a)
    pages = ConsultationPage.objects.child_of(section(portal_a, "consultation"))
    closed = [page for page in pages if page.deadline < timezone.localdate()]
    assert closed and all("tiếp thu" in page.report_summary for page in closed)
    assert all(not page.report_summary for page in pages if page.deadline >= timezone.localdate())
