"""Demo consultations: one open today, one upcoming, two closed. The dates are relative to the day the
demo is seeded; seeding again on a later day moves them, so "open now" stays true."""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.consultation import ConsultationIndexPage, ConsultationPage
from demo.data import fill, load

from .statistics import attachment, demo_document, is_commune, portal_contacts

def consultations(portal):
    return load("consultation/commune.json" if is_commune(portal) else "consultation/agency.json")


def _dates(data, today):
    open_date = today + datetime.timedelta(days=data["starts_in"])
    return open_date, open_date + datetime.timedelta(days=data["lasts"])


def _draft_text(data):
    return "\n\n".join([data["title"].upper(), data["summary"]] + [f"{heading}\n{text}" for heading, text in
                                                                   data["articles"]]) + "\n"


def closing_report(data):
    """The «báo cáo tiếp thu, giải trình» of a closed demo consultation."""
    return (
        f"Sau khi hết thời hạn lấy ý kiến, {data['drafting_agency']} nhận được 14 ý kiến góp ý của 6 cơ quan, "
        "đơn vị và 8 cá nhân. Tiếp thu 9 ý kiến: chỉnh lý câu chữ, bổ sung đối tượng áp dụng và làm rõ thời hạn "
        "giải quyết. Giải trình 5 ý kiến không tiếp thu vì thuộc thẩm quyền của cơ quan trung ương hoặc đã được "
        "quy định tại văn bản khác. Dự thảo đã chỉnh lý được trình cấp có thẩm quyền xem xét, ban hành."
    )


def seed(portal):
    section = ConsultationIndexPage.objects.child_of(portal.root_page).get(category_key="consultation")
    contacts = portal_contacts(portal)
    today = timezone.localdate()
    for data in consultations(portal):
        data = {**data, "title": fill(data["title"], next_year=today.year + 1)}
        open_date, deadline = _dates(data, today)
        existing = ConsultationPage.objects.child_of(section).filter(slug=data["slug"]).first()
        if existing is not None:
            # Keep the demo's statuses true on the day it is seeded again.
            if (existing.open_date, existing.deadline) != (open_date, deadline):
                existing.open_date, existing.deadline = open_date, deadline
                existing.save_revision().publish()
            continue
        draft = demo_document(portal, data["title"], f"{data['slug']}.txt", _draft_text(data))
        body = []
        for heading, text in data["articles"]:
            body.append(("heading", {"text": heading, "level": "h3"}))
            body.append(("paragraph", RichText(f"<p>{text}</p>")))
        page = ConsultationPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            body=body,
            attachments=[attachment(draft)],
            drafting_agency=data["drafting_agency"],
            open_date=open_date,
            deadline=deadline,
            receiving_unit=f"Văn phòng {portal.name}",
            receiving_address=contacts["address"],
            receiving_email=contacts["email"],
            receiving_phone=contacts["phone"],
            locale=section.locale,
        )
        if deadline < today:
            page.report_summary = closing_report(data)
        section.add_child(instance=page)
        page.save_revision().publish()
