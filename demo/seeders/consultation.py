"""Demo consultations: one open today, one upcoming, two closed. The dates are relative to the day the
demo is seeded; seeding again on a later day moves them, so "open now" stays true."""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.consultation import ConsultationIndexPage, ConsultationPage

from .statistics import attachment, demo_document, is_commune, portal_contacts

AGENCY_CONSULTATIONS = (
    {
        "slug": "du-thao-quy-dinh-quan-ly-nhiem-vu-khcn-cap-tinh",
        "title": "Dự thảo Quyết định quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh",
        "starts_in": -6,
        "lasts": 30,
        "summary": "Dự thảo quy định việc xác định, tuyển chọn, giao trực tiếp, ký hợp đồng, kiểm tra, đánh giá "
        "nghiệm thu và công nhận kết quả nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước; "
        "thay thế Quyết định số 12/2019/QĐ-UBND.",
        "drafting_agency": "Sở Khoa học và Công nghệ",
        "articles": (
            ("Điều 1. Phạm vi điều chỉnh",
             "Quyết định này quy định việc quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà "
             "nước, gồm: đề xuất, xác định danh mục; tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì; kiểm tra, "
             "điều chỉnh trong quá trình thực hiện; đánh giá nghiệm thu và công nhận kết quả."),
            ("Điều 2. Đối tượng áp dụng",
             "Quyết định này áp dụng đối với các sở, ban, ngành, Ủy ban nhân dân các xã, phường và tổ chức, cá "
             "nhân tham gia thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh."),
            ("Điều 3. Đề xuất nhiệm vụ",
             "Tổ chức, cá nhân gửi phiếu đề xuất nhiệm vụ về Sở Khoa học và Công nghệ trước ngày 30 tháng 6 hằng "
             "năm. Đề xuất phải nêu rõ tính cấp thiết, mục tiêu, sản phẩm dự kiến và địa chỉ ứng dụng."),
        ),
    },
    {
        "slug": "du-thao-nghi-quyet-ho-tro-chuyen-doi-so-doanh-nghiep",
        "title": "Dự thảo Nghị quyết quy định chính sách hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa "
        "trên địa bàn tỉnh",
        "starts_in": 9,
        "lasts": 30,
        "summary": "Dự thảo quy định nội dung, mức hỗ trợ và điều kiện để doanh nghiệp nhỏ và vừa được hỗ trợ "
        "kinh phí thuê nền tảng số, tư vấn chuyển đổi số và đào tạo nhân lực số giai đoạn 2027–2030.",
        "drafting_agency": "Sở Khoa học và Công nghệ",
        "articles": (
            ("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
             "Nghị quyết này quy định chính sách hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa có trụ sở chính "
             "trên địa bàn tỉnh."),
            ("Điều 2. Nội dung và mức hỗ trợ",
             "Hỗ trợ 50% chi phí thuê, mua các giải pháp chuyển đổi số nhưng không quá 50 triệu đồng/doanh "
             "nghiệp/năm; hỗ trợ 100% chi phí tư vấn đánh giá mức độ chuyển đổi số lần đầu."),
        ),
    },
    {
        "slug": "du-thao-quy-che-van-hanh-cong-thong-tin-dien-tu",
        "title": "Dự thảo Quyết định ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh",
        "starts_in": -120,
        "lasts": 30,
        "summary": "Dự thảo quy chế quy định trách nhiệm của Ban biên tập, các cơ quan có cổng thông tin thành "
        "phần trong việc cung cấp, cập nhật, kiểm duyệt thông tin và bảo đảm an toàn thông tin cho Cổng thông "
        "tin điện tử tỉnh.",
        "drafting_agency": "Văn phòng Ủy ban nhân dân tỉnh",
        "articles": (
            ("Điều 1. Phạm vi điều chỉnh",
             "Quy chế này quy định việc quản lý, vận hành, cung cấp và cập nhật thông tin trên Cổng thông tin điện "
             "tử tỉnh và các cổng thông tin thành phần."),
            ("Điều 5. Thời hạn cập nhật thông tin",
             "Văn bản quy phạm pháp luật được đăng tải chậm nhất 02 ngày làm việc kể từ ngày ký ban hành; thông "
             "tin chỉ đạo, điều hành được cập nhật thường xuyên."),
        ),
    },
    {
        "slug": "du-thao-ke-hoach-cai-cach-hanh-chinh",
        "title": "Dự thảo Kế hoạch cải cách hành chính giai đoạn 2026–2030",
        "starts_in": -410,
        "lasts": 20,
        "summary": "Dự thảo kế hoạch xác định mục tiêu, nhiệm vụ cải cách thể chế, thủ tục hành chính, tổ chức "
        "bộ máy, công vụ, tài chính công và xây dựng chính quyền số giai đoạn 2026–2030.",
        "drafting_agency": "Sở Nội vụ",
        "articles": (
            ("I. Mục tiêu",
             "Đến năm 2030, 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến "
             "toàn trình; mức độ hài lòng của người dân, doanh nghiệp đạt trên 95%."),
            ("II. Nhiệm vụ trọng tâm",
             "Rà soát, đơn giản hóa thủ tục hành chính; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; nâng "
             "cao chất lượng đội ngũ cán bộ, công chức."),
        ),
    },
)

COMMUNE_CONSULTATIONS = (
    {
        "slug": "du-thao-quy-uoc-nep-song-van-minh",
        "title": "Dự thảo Quy ước thôn, tổ dân phố về nếp sống văn minh và bảo vệ môi trường",
        "starts_in": -4,
        "lasts": 21,
        "summary": "Dự thảo quy ước về việc cưới, việc tang, lễ hội; giữ gìn vệ sinh môi trường, phân loại rác "
        "tại nguồn và bảo đảm an ninh trật tự ở thôn, tổ dân phố.",
        "drafting_agency": "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "articles": (
            ("Điều 1. Việc cưới",
             "Tổ chức lễ cưới trang trọng, tiết kiệm, không kéo dài quá 01 ngày; không sử dụng loa công suất lớn "
             "sau 22 giờ."),
            ("Điều 2. Bảo vệ môi trường",
             "Hộ gia đình phân loại rác thải sinh hoạt tại nguồn, để rác đúng nơi quy định và đúng giờ thu gom."),
        ),
    },
    {
        "slug": "du-thao-ke-hoach-phat-trien-kinh-te-xa-hoi",
        "title": "Dự thảo Kế hoạch phát triển kinh tế – xã hội năm {next_year}",
        "starts_in": 10,
        "lasts": 15,
        "summary": "Dự thảo kế hoạch các chỉ tiêu kinh tế, văn hóa – xã hội, quốc phòng – an ninh và danh mục "
        "công trình đầu tư công của xã năm tới.",
        "drafting_agency": "Phòng Kinh tế",
        "articles": (
            ("I. Chỉ tiêu chủ yếu",
             "Tổng giá trị sản xuất tăng 7,5%; thu ngân sách trên địa bàn đạt 11,2 tỷ đồng; tỷ lệ hộ nghèo giảm "
             "còn dưới 1,5%."),
        ),
    },
    {
        "slug": "du-thao-phuong-an-phan-luong-giao-thong-cho",
        "title": "Dự thảo Phương án phân luồng giao thông, bố trí điểm trông giữ xe khu vực chợ trung tâm",
        "starts_in": -75,
        "lasts": 15,
        "summary": "Dự thảo phương án tổ chức giao thông một chiều trên đường vào chợ vào giờ cao điểm và bố trí "
        "03 điểm trông giữ xe miễn phí cho người đi chợ.",
        "drafting_agency": "Công an xã",
        "articles": (
            ("1. Phân luồng",
             "Từ 5 giờ 30 đến 8 giờ 30 hằng ngày, xe ô tô không được đi vào đường dẫn vào chợ từ phía quốc lộ."),
        ),
    },
    {
        "slug": "du-thao-ke-hoach-thu-gom-rac-thai",
        "title": "Dự thảo Kế hoạch thu gom, phân loại rác thải sinh hoạt tại nguồn",
        "starts_in": -300,
        "lasts": 20,
        "summary": "Dự thảo kế hoạch triển khai phân loại rác thải sinh hoạt tại nguồn ở tất cả các thôn, mức "
        "giá dịch vụ thu gom và lịch thu gom theo tuyến.",
        "drafting_agency": "Phòng Kinh tế",
        "articles": (
            ("1. Mục tiêu",
             "100% hộ gia đình được hướng dẫn phân loại rác thải sinh hoạt thành ba nhóm: rác hữu cơ, rác có thể "
             "tái chế và rác khác."),
        ),
    },
)


def consultations(portal):
    return COMMUNE_CONSULTATIONS if is_commune(portal) else AGENCY_CONSULTATIONS


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
        data = {**data, "title": data["title"].format(next_year=today.year + 1)}
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
