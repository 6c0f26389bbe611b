"""Demo strategies, plans, schemes and programmes: on every portal some that are current, some finished and
some for the coming period, each with the approving decision attached as a file."""

import datetime
import unicodedata

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.planning import PlanIndexPage, PlanPage

from .projects import place_name, portal_profile
from .statistics import attachment, demo_document

D = datetime.date


def agency_code(portal):
    """The initials used in a department's document symbols: "Sở Tài chính" -> "STC"."""
    words = [word for word in portal.name.split() if word.lower() != "và"]
    initials = "".join(word[0] for word in words).upper().replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", initials) if unicodedata.category(c) != "Mn")


def plans_for(portal):
    year = timezone.localdate().year
    name = portal.name
    profile = portal_profile(portal)
    if profile == "province":
        return [
            {
                "slug": "quy-hoach-tinh-thoi-ky-2021-2030-tam-nhin-2050",
                "title": "Quy hoạch tỉnh Lâm Viên thời kỳ 2021–2030, tầm nhìn đến năm 2050",
                "plan_type": "planning", "decision_number": "1746/QĐ-TTg", "decision_date": D(2024, 12, 27),
                "approving_authority": "Thủ tướng Chính phủ", "period_start": 2021, "period_end": 2030,
                "vision_year": 2050,
                "summary": "Xây dựng Lâm Viên trở thành tỉnh phát triển khá của cả nước vào năm 2030, với ba trụ cột "
                "kinh tế: nông nghiệp công nghệ cao, du lịch nghỉ dưỡng và kinh tế số; tổ chức không gian phát triển "
                "theo ba vùng kinh tế – xã hội và hai hành lang kinh tế.",
                "body": [
                    ("Quan điểm phát triển", "Phát triển nhanh và bền vững trên cơ sở bảo vệ rừng, nguồn nước và "
                     "bản sắc văn hóa các dân tộc; lấy con người làm trung tâm, khoa học, công nghệ và đổi mới sáng "
                     "tạo làm động lực."),
                    ("Mục tiêu đến năm 2030", "Tốc độ tăng trưởng GRDP bình quân 8,0–8,5%/năm; GRDP bình quân đầu "
                     "người đạt 135 triệu đồng; tỷ lệ đô thị hóa đạt 52%; kinh tế số chiếm 20% GRDP."),
                ],
            },
            {
                "slug": "ke-hoach-phat-trien-kinh-te-xa-hoi-5-nam-2026-2030",
                "title": "Kế hoạch phát triển kinh tế – xã hội 5 năm 2026–2030",
                "plan_type": "plan", "decision_number": "102/NQ-HĐND", "decision_date": D(2025, 12, 10),
                "approving_authority": "Hội đồng nhân dân tỉnh", "period_start": 2026, "period_end": 2030,
                "vision_year": None,
                "summary": "Xác định 22 chỉ tiêu chủ yếu về kinh tế, xã hội, môi trường và 6 nhóm nhiệm vụ, giải pháp "
                "trọng tâm giai đoạn 2026–2030, trong đó ưu tiên hạ tầng giao thông kết nối và chuyển đổi số.",
                "body": [
                    ("Các chỉ tiêu chủ yếu", "Thu ngân sách trên địa bàn tăng bình quân 10%/năm; tỷ lệ hộ nghèo "
                     "theo chuẩn đa chiều giảm bình quân 1%/năm; 100% xã đạt chuẩn nông thôn mới."),
                ],
            },
            {
                "slug": "de-an-chuyen-doi-so-den-2025-dinh-huong-2030",
                "title": "Đề án chuyển đổi số tỉnh Lâm Viên đến năm 2025, định hướng đến năm 2030",
                "plan_type": "scheme", "decision_number": "1520/QĐ-UBND", "decision_date": D(2021, 8, 16),
                "approving_authority": "Ủy ban nhân dân tỉnh", "period_start": 2021, "period_end": 2025,
                "vision_year": 2030,
                "summary": "Phát triển chính quyền số, kinh tế số và xã hội số; đưa 100% thủ tục hành chính đủ điều "
                "kiện lên dịch vụ công trực tuyến toàn trình và hình thành Trung tâm giám sát, điều hành thông minh.",
                "body": [
                    ("Kết quả thực hiện giai đoạn 2021–2025", "Đã hoàn thành 41/45 chỉ tiêu; tỷ lệ hồ sơ trực tuyến "
                     "toàn trình đạt 64%; 100% cơ quan nhà nước sử dụng văn bản điện tử có ký số."),
                ],
            },
            {
                "slug": "chien-luoc-phat-trien-du-lich-den-2030",
                "title": "Chiến lược phát triển du lịch tỉnh Lâm Viên đến năm 2030",
                "plan_type": "strategy", "decision_number": "2088/QĐ-UBND", "decision_date": D(2022, 10, 5),
                "approving_authority": "Ủy ban nhân dân tỉnh", "period_start": 2022, "period_end": 2030,
                "vision_year": None,
                "summary": "Đưa du lịch trở thành ngành kinh tế mũi nhọn, đón 12 triệu lượt khách vào năm 2030 với "
                "sản phẩm đặc trưng là du lịch nghỉ dưỡng, sinh thái và văn hóa cồng chiêng.",
                "body": [],
            },
        ]
    if profile == "commune":
        place = place_name(portal)
        return [
            {
                "slug": f"ke-hoach-su-dung-dat-nam-{year}",
                "title": f"Kế hoạch sử dụng đất năm {year} của {place}",
                "plan_type": "plan", "decision_number": "245/QĐ-UBND", "decision_date": D(year, 1, 15),
                "approving_authority": "Ủy ban nhân dân tỉnh", "period_start": year, "period_end": year,
                "vision_year": None,
                "summary": "Xác định diện tích các loại đất phân bổ trong năm, 14 công trình, dự án cần thu hồi đất "
                "và chuyển mục đích sử dụng đất trên địa bàn.",
                "body": [
                    ("Chỉ tiêu sử dụng đất", "Đất nông nghiệp 4.215,6 ha; đất phi nông nghiệp 386,2 ha; đất chưa "
                     "sử dụng 12,4 ha. Diện tích đất cần thu hồi trong năm 8,35 ha."),
                ],
            },
            {
                "slug": "de-an-nong-thon-moi-nang-cao-2026-2030",
                "title": f"Đề án xây dựng {place} đạt chuẩn nông thôn mới nâng cao giai đoạn 2026–2030",
                "plan_type": "scheme", "decision_number": "08/NQ-HĐND", "decision_date": D(2025, 12, 22),
                "approving_authority": f"Hội đồng nhân dân {place}", "period_start": 2026, "period_end": 2030,
                "vision_year": None,
                "summary": "Phấn đấu đạt chuẩn nông thôn mới nâng cao vào năm 2028; thu nhập bình quân đầu người đạt "
                "85 triệu đồng/năm; 100% tuyến đường thôn được cứng hóa.",
                "body": [],
            },
            {
                "slug": "ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2024",
                "title": "Kế hoạch phát triển kinh tế – xã hội năm 2024",
                "plan_type": "plan", "decision_number": "21/NQ-HĐND", "decision_date": D(2023, 12, 18),
                "approving_authority": f"Hội đồng nhân dân {place}", "period_start": 2024, "period_end": 2024,
                "vision_year": None,
                "summary": "Tổng giá trị sản xuất tăng 7,5%; tỷ lệ hộ nghèo giảm còn 2,1%; duy trì 100% trẻ em trong "
                "độ tuổi đến trường.",
                "body": [],
            },
            {
                "slug": "quy-hoach-chung-xay-dung-den-2035",
                "title": f"Quy hoạch chung xây dựng {place} đến năm 2035",
                "plan_type": "planning", "decision_number": "3120/QĐ-UBND", "decision_date": D(2025, 11, 3),
                "approving_authority": "Ủy ban nhân dân tỉnh", "period_start": 2025, "period_end": 2035,
                "vision_year": None,
                "summary": "Định hướng phát triển không gian trung tâm xã, các điểm dân cư nông thôn, vùng sản xuất "
                "nông nghiệp công nghệ cao và hệ thống hạ tầng kỹ thuật.",
                "body": [],
            },
        ]
    code = agency_code(portal)
    plans = [
        {
            "slug": f"ke-hoach-cai-cach-hanh-chinh-nam-{year}",
            "title": f"Kế hoạch cải cách hành chính năm {year} của {name}",
            "plan_type": "plan", "decision_number": f"15/QĐ-{code}", "decision_date": D(year, 1, 8),
            "approving_authority": f"Giám đốc {name}", "period_start": year, "period_end": year, "vision_year": None,
            "summary": "Rà soát, đơn giản hóa thủ tục hành chính; nâng tỷ lệ hồ sơ trực tuyến toàn trình; số hóa hồ "
            "sơ, kết quả giải quyết thủ tục hành chính; duy trì chỉ số hài lòng trên 90%.",
            "body": [
                ("Nhiệm vụ trọng tâm", "Cải cách thủ tục hành chính, cải cách tổ chức bộ máy, cải cách chế độ công "
                 "vụ, cải cách tài chính công và xây dựng chính quyền số."),
            ],
        },
        {
            "slug": "de-an-chuyen-doi-so-2026-2030",
            "title": f"Đề án chuyển đổi số của {name} giai đoạn 2026–2030",
            "plan_type": "scheme", "decision_number": f"96/QĐ-{code}", "decision_date": D(2026, 3, 20),
            "approving_authority": f"Giám đốc {name}", "period_start": 2026, "period_end": 2030, "vision_year": None,
            "summary": "Hoàn thiện cơ sở dữ liệu chuyên ngành, kết nối với nền tảng tích hợp, chia sẻ dữ liệu của "
            "tỉnh; "
            "100% hồ sơ công việc được xử lý trên môi trường mạng.",
            "body": [],
        },
        {
            "slug": "chuong-trinh-hanh-dong-nghi-quyet-dai-hoi-xii",
            "title": f"Chương trình hành động của {name} thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII, "
            "nhiệm kỳ 2025–2030",
            "plan_type": "programme", "decision_number": f"210/QĐ-{code}", "decision_date": D(2025, 11, 28),
            "approving_authority": f"Giám đốc {name}", "period_start": 2025, "period_end": 2030, "vision_year": None,
            "summary": "Cụ thể hóa các mục tiêu, nhiệm vụ của Nghị quyết trong lĩnh vực quản lý của ngành thành 32 "
            "nhiệm vụ, phân công cho từng phòng, đơn vị thuộc Sở.",
            "body": [],
        },
        {
            "slug": "ke-hoach-cai-cach-hanh-chinh-2021-2025",
            "title": f"Kế hoạch cải cách hành chính giai đoạn 2021–2025 của {name}",
            "plan_type": "plan", "decision_number": f"42/QĐ-{code}", "decision_date": D(2021, 2, 25),
            "approving_authority": f"Giám đốc {name}", "period_start": 2021, "period_end": 2025, "vision_year": None,
            "summary": "Kế hoạch đã kết thúc; kết quả thực hiện được tổng kết tại Báo cáo số 318/BC ngày 15/12/2025.",
            "body": [],
        },
    ]
    if profile == "science":
        plans.insert(0, {
            "slug": "chien-luoc-khoa-hoc-cong-nghe-doi-moi-sang-tao-den-2030",
            "title": "Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh Lâm Viên đến năm 2030",
            "plan_type": "strategy", "decision_number": "1193/QĐ-UBND", "decision_date": D(2023, 6, 12),
            "approving_authority": "Ủy ban nhân dân tỉnh", "period_start": 2023, "period_end": 2030,
            "vision_year": 2045,
            "summary": "Khoa học, công nghệ và đổi mới sáng tạo đóng góp 45% tăng trưởng năng suất các nhân tố tổng "
            "hợp; 30% doanh nghiệp có hoạt động đổi mới sáng tạo; hình thành 3 sản phẩm chủ lực ứng dụng công nghệ "
            "cao trong nông nghiệp.",
            "body": [
                ("Nhiệm vụ, giải pháp", "Đổi mới cơ chế quản lý nhiệm vụ khoa học và công nghệ theo hướng đặt hàng; "
                 "phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo; thu hút chuyên gia, nhà khoa học."),
            ],
        })
    if profile == "health":
        plans.insert(0, {
            "slug": "de-an-phat-trien-y-te-co-so-den-2030",
            "title": "Đề án phát triển mạng lưới y tế cơ sở tỉnh Lâm Viên đến năm 2030",
            "plan_type": "scheme", "decision_number": "874/QĐ-UBND", "decision_date": D(2024, 4, 19),
            "approving_authority": "Ủy ban nhân dân tỉnh", "period_start": 2024, "period_end": 2030,
            "vision_year": None,
            "summary": "Củng cố 100% trạm y tế xã đạt chuẩn quốc gia; 95% dân số được quản lý sức khỏe bằng hồ sơ "
            "điện tử; mỗi trạm y tế có ít nhất 1 bác sĩ.",
            "body": [],
        })
    return plans


def _decision_text(data):
    return (
        f"{data['approving_authority'].upper()}\n\nSố: {data['decision_number']}\n"
        f"Ngày {data['decision_date']:%d/%m/%Y}\n\nPHÊ DUYỆT\n{data['title']}\n\n{data['summary']}\n"
    )


def seed(portal):
    """Fill the portal's strategies and plans section; existing plans (by slug) are left as they are."""
    section = PlanIndexPage.objects.child_of(portal.root_page).get(category_key="planning")
    existing = set(section.get_children().values_list("slug", flat=True))
    for data in plans_for(portal):
        if data["slug"] in existing:
            continue
        document = demo_document(
            portal, f"Văn bản phê duyệt: {data['title']}", f"{data['slug']}.txt", _decision_text(data)
        )
        body = []
        for heading, text in data["body"]:
            body.append(("heading", {"text": heading, "level": "h3"}))
            body.append(("paragraph", RichText(f"<p>{text}</p>")))
        page = PlanPage(
            title=data["title"], slug=data["slug"], plan_type=data["plan_type"],
            decision_number=data["decision_number"], decision_date=data["decision_date"],
            approving_authority=data["approving_authority"], period_start=data["period_start"],
            period_end=data["period_end"], vision_year=data["vision_year"], summary=data["summary"],
            body=body, attachments=[attachment(document)], locale=section.locale,
        )
        section.add_child(instance=page)
        page.save_revision().publish()
