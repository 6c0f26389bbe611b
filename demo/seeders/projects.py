"""Demo projects with their tender notices: each portal gets projects in every status (preparing, under
way, completed), and tender notices that are awarded, closed awaiting a result, open for bids and upcoming.
The open and upcoming tenders are dated relative to the day the project is first seeded."""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.projects import ProjectIndexPage, ProjectPage, TenderNotice

D = datetime.date


def _d(amount):
    return Decimal(amount) if amount is not None else None


def portal_profile(portal):
    """Which set of demo content suits the portal: a few departments have their own."""
    return {"so-khcn": "science", "so-y-te": "health"}.get(portal.slug) or {
        "province": "province", "commune": "commune", "ward": "commune", "special_zone": "commune",
        "district": "commune",
    }.get(portal.kind, "department")


def place_name(portal):
    """The commune or ward itself: "Ủy ban nhân dân xã Tân Phú" -> "xã Tân Phú"."""
    return portal.name.removeprefix("Ủy ban nhân dân ").removeprefix("UBND ")


def tender(package_name, value, method, notice, closing, result="", winner="", price=None):
    """`notice` and `closing` are dates, or day offsets from today (ints) for tenders still in progress."""
    return {
        "package_name": package_name, "package_value": _d(value), "selection_method": method,
        "notice_date": notice, "closing_date": closing, "result": result, "winning_contractor": winner,
        "winning_price": _d(price),
    }


def projects_for(portal):
    year = timezone.localdate().year
    name = portal.name
    place = place_name(portal)
    profile = portal_profile(portal)
    if profile == "province":
        return [
            {
                "slug": "duong-ket-noi-trung-tam-tinh-voi-cao-toc",
                "title": "Đường giao thông kết nối trung tâm tỉnh với cao tốc Bắc – Nam phía Đông",
                "objective": "Hoàn thiện trục giao thông động lực dài 32,5 km nối trung tâm tỉnh với nút giao cao "
                "tốc, rút ngắn thời gian di chuyển và thúc đẩy phát triển các khu công nghiệp phía Đông của tỉnh.",
                "sector": "transport", "project_type": "public_investment", "project_group": "b",
                "investor": "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
                "location": "Phường Hòa Bình, xã Tân Phú và xã Đạ Sar",
                "approval_decision": "Quyết định số 2315/QĐ-UBND ngày 28/12/2022 của UBND tỉnh phê duyệt dự án",
                "period_start": 2023, "period_end": 2026, "total_budget": 1_250_000_000_000,
                "funding_type": "state_budget",
                "funder": "Ngân sách trung ương hỗ trợ có mục tiêu và ngân sách tỉnh",
                "status": "under_way",
                "body": [
                    "Quy mô: đường cấp III đồng bằng, bề rộng nền đường 12 m, mặt đường bê tông nhựa 11 m; xây "
                    "dựng mới 4 cầu bê tông cốt thép dự ứng lực và hệ thống thoát nước, an toàn giao thông.",
                    "Đến nay, khối lượng thực hiện đạt khoảng 68% giá trị hợp đồng; giải ngân đạt 812 tỷ đồng.",
                ],
                "tenders": [
                    tender("Gói thầu số 05-XL: Thi công xây dựng đoạn Km0+000 – Km15+200", 486_300_000_000,
                           "open_bidding", D(2023, 3, 6), D(2023, 4, 10),
                           "Quyết định số 512/QĐ-BQLGT ngày 25/5/2023 phê duyệt kết quả lựa chọn nhà thầu.",
                           "Liên danh Công ty Cổ phần Xây dựng Giao thông Lâm Viên – Công ty TNHH Trường Sơn",
                           479_815_000_000),
                    tender("Gói thầu số 09-TV: Tư vấn giám sát thi công xây dựng đoạn Km15+200 – Km32+500",
                           6_850_000_000, "open_bidding", -8, 12),
                ],
            },
            {
                "slug": "khu-do-thi-sinh-thai-ven-ho-xuan-lac",
                "title": "Khu đô thị sinh thái ven hồ Xuân Lạc",
                "objective": "Kêu gọi nhà đầu tư xây dựng khu đô thị sinh thái 86 ha gắn với cảnh quan hồ Xuân Lạc, "
                "cung cấp khoảng 1.200 căn nhà ở và không gian công cộng, dịch vụ du lịch.",
                "sector": "urban", "project_type": "calling_for_investment", "project_group": "",
                "investor": "Nhà đầu tư được lựa chọn qua đấu thầu",
                "location": "Phường Xuân Lạc",
                "approval_decision": "Quyết định số 1187/QĐ-UBND ngày 19/6/2025 của UBND tỉnh chấp thuận chủ "
                "trương đầu tư",
                "period_start": 2027, "period_end": 2032, "total_budget": 3_450_000_000_000,
                "funding_type": "other", "funder": "Vốn của nhà đầu tư",
                "status": "preparing",
                "body": [
                    "Dự án nằm trong danh mục dự án kêu gọi đầu tư của tỉnh. Nhà đầu tư quan tâm liên hệ Sở Tài "
                    "chính để được cung cấp hồ sơ và hướng dẫn thủ tục.",
                ],
                "tenders": [
                    tender("Lựa chọn nhà đầu tư thực hiện dự án Khu đô thị sinh thái ven hồ Xuân Lạc", None,
                           "open_bidding", 14, 74),
                ],
            },
            {
                "slug": "cap-nuoc-sinh-hoat-cac-xa-vung-cao-phia-bac",
                "title": "Hệ thống cấp nước sinh hoạt tập trung cho các xã vùng cao phía Bắc tỉnh",
                "objective": "Cung cấp nước sạch đạt quy chuẩn cho khoảng 9.800 hộ dân tại 5 xã vùng cao, giảm tỷ lệ "
                "hộ dùng nước giếng, nước suối chưa qua xử lý.",
                "sector": "agriculture", "project_type": "public_investment", "project_group": "b",
                "investor": "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn tỉnh",
                "location": "Các xã Đạ Chais, Đạ Nhim, Lát, Đưng K'Nớ và Tân Phú",
                "approval_decision": "Quyết định số 845/QĐ-UBND ngày 22/4/2019 của UBND tỉnh",
                "period_start": 2019, "period_end": 2023, "total_budget": 418_600_000_000,
                "funding_type": "oda", "funder": "Ngân hàng Phát triển Châu Á (ADB)",
                "status": "completed",
                "body": [
                    "Công trình đã hoàn thành, bàn giao đưa vào sử dụng từ tháng 11/2023; công suất thiết kế "
                    "6.000 m³/ngày đêm.",
                ],
                "tenders": [
                    tender("Gói thầu CW-02: Xây dựng nhà máy xử lý nước công suất 6.000 m³/ngày đêm",
                           152_400_000_000, "open_bidding", D(2020, 2, 17), D(2020, 4, 2),
                           "Quyết định số 96/QĐ-BQLNN ngày 08/6/2020 phê duyệt kết quả lựa chọn nhà thầu.",
                           "Công ty Cổ phần Cấp thoát nước và Xây dựng Lâm Viên", 149_960_000_000),
                ],
            },
            {
                "slug": "trung-tam-giam-sat-dieu-hanh-thong-minh-ioc",
                "title": "Xây dựng Trung tâm giám sát, điều hành thông minh (IOC) tỉnh Lâm Viên",
                "objective": "Hình thành trung tâm giám sát, điều hành tập trung phục vụ chỉ đạo, điều hành của lãnh "
                "đạo tỉnh dựa trên dữ liệu số về giao thông, an ninh trật tự, y tế, giáo dục và dịch vụ công.",
                "sector": "digital", "project_type": "public_investment", "project_group": "c",
                "investor": "Sở Khoa học và Công nghệ", "location": "Trung tâm Hành chính tỉnh",
                "approval_decision": "Quyết định số 402/QĐ-UBND ngày 24/02/2025 của UBND tỉnh",
                "period_start": 2025, "period_end": 2026, "total_budget": 89_500_000_000,
                "funding_type": "state_budget", "funder": "Ngân sách tỉnh",
                "status": "under_way",
                "body": [
                    "Dự án gồm hạ tầng phòng điều hành, nền tảng IOC, kết nối 12 hệ thống thông tin chuyên ngành.",
                ],
                "tenders": [
                    tender("Gói thầu số 01-TV: Tư vấn lập báo cáo kinh tế – kỹ thuật", 1_250_000_000,
                           "direct_appointment", D(2025, 3, 3), D(2025, 3, 10),
                           "Quyết định số 35/QĐ-SKHCN ngày 21/3/2025 phê duyệt kết quả chỉ định thầu.",
                           "Công ty TNHH Tư vấn Công nghệ thông tin Sao Mai", 1_198_000_000),
                    tender("Gói thầu số 03-HH: Cung cấp thiết bị, phần mềm nền tảng IOC", 62_700_000_000,
                           "open_bidding", -40, -10),
                ],
            },
            {
                "slug": "nha-da-nang-ky-tuc-xa-thpt-chuyen-lam-vien",
                "title": "Trường THPT chuyên Lâm Viên – hạng mục nhà đa năng và ký túc xá",
                "objective": "Bổ sung nhà đa năng và ký túc xá 300 chỗ ở cho học sinh trường chuyên của tỉnh.",
                "sector": "education", "project_type": "public_investment", "project_group": "c",
                "investor": "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
                "location": "Phường Hòa Bình",
                "approval_decision": "Quyết định số 1932/QĐ-UBND ngày 30/9/2020 của UBND tỉnh",
                "period_start": 2021, "period_end": 2022, "total_budget": 42_800_000_000,
                "funding_type": "state_budget", "funder": "Ngân sách tỉnh",
                "status": "completed",
                "body": ["Công trình hoàn thành, đưa vào sử dụng từ năm học 2022–2023."],
                "tenders": [
                    tender("Gói thầu số 04: Thi công xây dựng và lắp đặt thiết bị", 36_900_000_000,
                           "open_bidding", D(2021, 1, 11), D(2021, 2, 22),
                           "Quyết định số 41/QĐ-BQLDD ngày 26/3/2021 phê duyệt kết quả lựa chọn nhà thầu.",
                           "Công ty Cổ phần Đầu tư Xây dựng Hòa Bình Lâm Viên", 36_412_000_000),
                ],
            },
        ]
    if profile == "commune":
        return [
            {
                "slug": "be-tong-hoa-duong-giao-thong-thon-3-thon-5",
                "title": f"Bê tông hóa đường giao thông nông thôn thôn 3 – thôn 5, {place}",
                "objective": "Cứng hóa 3,2 km đường trục thôn, bảo đảm đi lại thuận tiện trong mùa mưa và vận chuyển "
                "nông sản.",
                "sector": "transport", "project_type": "public_investment", "project_group": "c",
                "investor": name, "location": f"Thôn 3 và thôn 5, {place}",
                "approval_decision": f"Quyết định số 112/QĐ-UBND ngày 14/3/2025 của {name}",
                "period_start": 2025, "period_end": 2025, "total_budget": 4_850_000_000,
                "funding_type": "state_budget",
                "funder": "Chương trình mục tiêu quốc gia xây dựng nông thôn mới và nhân dân đóng góp",
                "status": "completed",
                "body": ["Nhân dân hiến 4.600 m² đất và đóng góp 420 triệu đồng ngày công lao động."],
                "tenders": [
                    tender("Gói thầu số 02: Thi công xây dựng công trình", 4_420_000_000, "competitive_quotation",
                           D(2025, 4, 7), D(2025, 4, 18),
                           f"Quyết định số 160/QĐ-UBND ngày 25/4/2025 của {name} phê duyệt kết quả lựa chọn nhà thầu.",
                           "Công ty TNHH Xây dựng Phú Thịnh", 4_385_000_000),
                ],
            },
            {
                "slug": "nha-van-hoa-khu-the-thao",
                "title": f"Nhà văn hóa – khu thể thao {place}",
                "objective": "Xây dựng nhà văn hóa 250 chỗ ngồi và sân thể thao đa năng phục vụ sinh hoạt cộng đồng.",
                "sector": "culture", "project_type": "public_investment", "project_group": "c",
                "investor": name, "location": f"Trung tâm {place}",
                "approval_decision": f"Quyết định số 58/QĐ-UBND ngày 20/01/{year} của {name}",
                "period_start": year, "period_end": year + 1, "total_budget": 3_600_000_000,
                "funding_type": "socialisation", "funder": "Ngân sách xã kết hợp vận động xã hội hóa",
                "status": "under_way",
                "body": ["Đã vận động được 650 triệu đồng từ doanh nghiệp và con em quê hương."],
                "tenders": [
                    tender("Gói thầu số 03: Thi công xây dựng nhà văn hóa và sân thể thao", 3_150_000_000,
                           "open_bidding", -6, 15),
                ],
            },
            {
                "slug": "kien-co-hoa-kenh-muong-noi-dong-thon-2",
                "title": f"Kiên cố hóa kênh mương nội đồng thôn 2, {place}",
                "objective": "Kiên cố hóa 2,4 km kênh mương, bảo đảm tưới chủ động cho 85 ha cà phê và lúa nước.",
                "sector": "agriculture", "project_type": "public_investment", "project_group": "c",
                "investor": name, "location": f"Thôn 2, {place}",
                "approval_decision": "", "period_start": year + 1, "period_end": year + 1,
                "total_budget": 2_100_000_000, "funding_type": "state_budget", "funder": "Ngân sách tỉnh hỗ trợ",
                "status": "preparing",
                "body": ["Dự án đang lập báo cáo kinh tế – kỹ thuật, dự kiến khởi công trong quý II năm sau."],
                "tenders": [
                    tender("Gói thầu số 01: Tư vấn khảo sát, lập báo cáo kinh tế – kỹ thuật", 86_000_000,
                           "direct_appointment", -30, -25,
                           f"Quyết định số 301/QĐ-UBND của {name} phê duyệt kết quả chỉ định thầu.",
                           "Công ty TNHH Tư vấn Thiết kế Thủy lợi Cao Nguyên", 84_500_000),
                ],
            },
            {
                "slug": "sua-chua-truong-mam-non-diem-thon-4",
                "title": f"Sửa chữa Trường Mầm non {place.split(' ', 1)[-1]} (điểm trường thôn 4)",
                "objective": "Sửa chữa mái, nền và khu vệ sinh, bảo đảm an toàn cho 120 trẻ mầm non.",
                "sector": "education", "project_type": "public_investment", "project_group": "c",
                "investor": name, "location": f"Thôn 4, {place}",
                "approval_decision": f"Quyết định số 75/QĐ-UBND ngày 05/3/2024 của {name}",
                "period_start": 2024, "period_end": 2024, "total_budget": 1_250_000_000,
                "funding_type": "state_budget", "funder": "Ngân sách xã", "status": "completed",
                "body": ["Công trình hoàn thành trước năm học 2024–2025."],
                "tenders": [
                    tender("Gói thầu số 01: Thi công sửa chữa", 1_120_000_000, "competitive_quotation",
                           D(2024, 5, 6), D(2024, 5, 16),
                           f"Quyết định số 133/QĐ-UBND ngày 22/5/2024 của {name}.",
                           "Công ty TNHH Xây dựng Thương mại An Khang", 1_098_000_000),
                    tender("Gói thầu số 02: Giám sát thi công", 32_000_000, "self_performance",
                           D(2024, 5, 6), D(2024, 5, 6), "Giao Ban Quản lý dự án xã tự thực hiện.",
                           "Ban Quản lý dự án đầu tư xây dựng xã", 32_000_000),
                ],
            },
        ]
    if profile == "health":
        return [
            {
                "slug": "nang-cap-benh-vien-da-khoa-tinh-giai-doan-2",
                "title": "Nâng cấp Bệnh viện Đa khoa tỉnh Lâm Viên giai đoạn 2 (quy mô 500 giường)",
                "objective": "Nâng quy mô Bệnh viện Đa khoa tỉnh lên 500 giường, đầu tư khối kỹ thuật cao, giảm tải "
                "và hạn chế chuyển tuyến trung ương.",
                "sector": "health", "project_type": "public_investment", "project_group": "b",
                "investor": "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
                "location": "Phường Xuân Lạc",
                "approval_decision": "Quyết định số 1650/QĐ-UBND ngày 11/8/2023 của UBND tỉnh",
                "period_start": 2024, "period_end": 2027, "total_budget": 785_000_000_000,
                "funding_type": "oda",
                "funder": "Vốn vay của Ngân hàng Hợp tác Quốc tế Nhật Bản (JICA) và vốn đối ứng ngân sách tỉnh",
                "status": "under_way",
                "body": ["Khối nhà kỹ thuật cao 9 tầng đã cất nóc; dự kiến đưa vào sử dụng trong năm 2027."],
                "tenders": [
                    tender("Gói thầu số 08-XL: Thi công xây dựng khối nhà kỹ thuật cao", 412_000_000_000,
                           "open_bidding", D(2024, 4, 1), D(2024, 5, 15),
                           "Quyết định số 88/QĐ-BQLDD ngày 28/6/2024 phê duyệt kết quả lựa chọn nhà thầu.",
                           "Tổng Công ty Xây dựng Số 1 – CTCP", 405_730_000_000),
                    tender("Gói thầu số 12-HH: Cung cấp, lắp đặt hệ thống chụp cộng hưởng từ (MRI) 1,5 Tesla",
                           38_500_000_000, "open_bidding", -9, 21),
                ],
            },
            {
                "slug": "xay-dung-trung-tam-kiem-soat-benh-tat-tinh",
                "title": "Xây dựng Trung tâm Kiểm soát bệnh tật tỉnh",
                "objective": "Xây dựng trụ sở và phòng xét nghiệm an toàn sinh học cấp II cho Trung tâm Kiểm soát "
                "bệnh tật tỉnh.",
                "sector": "health", "project_type": "public_investment", "project_group": "b",
                "investor": "Sở Y tế", "location": "Phường Hòa Bình",
                "approval_decision": "Quyết định số 2210/QĐ-UBND ngày 15/10/2019 của UBND tỉnh",
                "period_start": 2020, "period_end": 2023, "total_budget": 126_000_000_000,
                "funding_type": "state_budget", "funder": "Ngân sách trung ương và ngân sách tỉnh",
                "status": "completed",
                "body": ["Công trình hoàn thành, đưa vào sử dụng từ tháng 9/2023."],
                "tenders": [
                    tender("Gói thầu số 06: Thi công xây dựng và lắp đặt thiết bị", 98_600_000_000,
                           "open_bidding", D(2020, 8, 3), D(2020, 9, 14),
                           "Quyết định số 410/QĐ-SYT ngày 30/10/2020 phê duyệt kết quả lựa chọn nhà thầu.",
                           "Công ty Cổ phần Xây lắp Lâm Đồng", 97_250_000_000),
                ],
            },
            {
                "slug": "trang-thiet-bi-cho-25-tram-y-te-xa-phuong",
                "title": "Đầu tư trang thiết bị cho 25 trạm y tế xã, phường",
                "objective": "Trang bị máy siêu âm, máy xét nghiệm và thiết bị khám chữa bệnh thiết yếu cho 25 trạm y "
                "tế, nâng cao năng lực y tế cơ sở.",
                "sector": "health", "project_type": "public_investment", "project_group": "c",
                "investor": "Sở Y tế", "location": "25 xã, phường trên địa bàn tỉnh",
                "approval_decision": "", "period_start": year + 1, "period_end": year + 2,
                "total_budget": 37_500_000_000, "funding_type": "state_budget",
                "funder": "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
                "status": "preparing",
                "body": ["Đang hoàn thiện hồ sơ đề xuất chủ trương đầu tư trình HĐND tỉnh."],
                "tenders": [
                    tender("Gói thầu số 01-TV: Tư vấn thẩm định giá thiết bị", 180_000_000, "direct_appointment",
                           10, 17),
                ],
            },
            {
                "slug": f"mua-sam-thuoc-vat-tu-y-te-tap-trung-{year}",
                "title": f"Mua sắm thuốc, vật tư y tế tập trung cấp tỉnh năm {year}",
                "objective": "Bảo đảm cung ứng đủ thuốc, vật tư y tế cho các cơ sở khám bệnh, chữa bệnh công lập "
                "trong tỉnh với giá hợp lý.",
                "sector": "health", "project_type": "procurement", "project_group": "",
                "investor": "Sở Y tế", "location": "Các cơ sở y tế công lập trong tỉnh", "approval_decision": "",
                "period_start": year, "period_end": year, "total_budget": 246_000_000_000,
                "funding_type": "other", "funder": "Nguồn thu sự nghiệp và quỹ bảo hiểm y tế",
                "status": "under_way",
                "body": ["Đấu thầu tập trung theo Thông tư số 07/2024/TT-BYT."],
                "tenders": [
                    tender("Gói thầu thuốc generic (1.126 danh mục)", 198_000_000_000, "open_bidding", -45, -5),
                ],
            },
        ]
    if profile == "science":
        return [
            {
                "slug": "trung-tam-doi-moi-sang-tao-tinh",
                "title": "Xây dựng Trung tâm Đổi mới sáng tạo tỉnh Lâm Viên",
                "objective": "Hình thành không gian hỗ trợ khởi nghiệp, thử nghiệm công nghệ và kết nối doanh nghiệp "
                "với viện, trường trong và ngoài tỉnh.",
                "sector": "science", "project_type": "public_investment", "project_group": "b",
                "investor": "Sở Khoa học và Công nghệ", "location": "Phường Xuân Lạc",
                "approval_decision": "Quyết định số 655/QĐ-UBND ngày 02/4/2025 của UBND tỉnh",
                "period_start": 2025, "period_end": 2028, "total_budget": 165_000_000_000,
                "funding_type": "state_budget", "funder": "Ngân sách tỉnh", "status": "under_way",
                "body": ["Quy mô gồm tòa nhà 7 tầng, phòng thí nghiệm dùng chung và khu trưng bày sản phẩm."],
                "tenders": [
                    tender("Gói thầu số 02-TV: Tư vấn thiết kế bản vẽ thi công và dự toán", 3_400_000_000,
                           "open_bidding", D(2025, 6, 9), D(2025, 7, 8),
                           "Quyết định số 120/QĐ-SKHCN ngày 12/8/2025 phê duyệt kết quả lựa chọn nhà thầu.",
                           "Công ty Cổ phần Tư vấn Kiến trúc Miền Nam", 3_315_000_000),
                    tender("Gói thầu số 05-XL: Thi công xây dựng tòa nhà chính", 118_000_000_000,
                           "open_bidding", -4, 26),
                ],
            },
            {
                "slug": "thiet-bi-thu-nghiem-trung-tam-tieu-chuan-do-luong",
                "title": "Đầu tư thiết bị thử nghiệm cho Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
                "objective": "Nâng cao năng lực thử nghiệm, kiểm định phương tiện đo và chất lượng nông sản phục vụ "
                "doanh nghiệp trên địa bàn.",
                "sector": "science", "project_type": "public_investment", "project_group": "c",
                "investor": "Sở Khoa học và Công nghệ", "location": "Phường Hòa Bình",
                "approval_decision": "Quyết định số 1021/QĐ-UBND ngày 20/5/2022 của UBND tỉnh",
                "period_start": 2022, "period_end": 2023, "total_budget": 24_300_000_000,
                "funding_type": "state_budget", "funder": "Ngân sách tỉnh (nguồn sự nghiệp khoa học)",
                "status": "completed",
                "body": ["Đã đưa vào vận hành 14 thiết bị phân tích, trong đó có hệ thống sắc ký lỏng khối phổ."],
                "tenders": [
                    tender("Gói thầu số 01: Cung cấp, lắp đặt thiết bị phân tích", 22_800_000_000, "open_bidding",
                           D(2022, 8, 1), D(2022, 9, 5),
                           "Quyết định số 201/QĐ-SKHCN ngày 10/10/2022 phê duyệt kết quả lựa chọn nhà thầu.",
                           "Công ty Cổ phần Thiết bị Khoa học Việt Nam", 22_480_000_000),
                ],
            },
            {
                "slug": "nen-tang-tich-hop-chia-se-du-lieu-lgsp-giai-doan-2",
                "title": "Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh giai đoạn 2",
                "objective": "Mở rộng nền tảng tích hợp, chia sẻ dữ liệu của tỉnh, kết nối với các cơ sở dữ liệu "
                "quốc gia và hệ thống thông tin của các sở, ngành, xã, phường.",
                "sector": "digital", "project_type": "public_investment", "project_group": "c",
                "investor": "Sở Khoa học và Công nghệ", "location": "Trung tâm dữ liệu tỉnh",
                "approval_decision": "", "period_start": year + 1, "period_end": year + 2,
                "total_budget": 28_000_000_000, "funding_type": "state_budget", "funder": "Ngân sách tỉnh",
                "status": "preparing",
                "body": ["Đang lập báo cáo nghiên cứu khả thi."],
                "tenders": [
                    tender("Gói thầu số 01-TV: Tư vấn lập báo cáo nghiên cứu khả thi", 950_000_000,
                           "competitive_quotation", 12, 22),
                ],
            },
            {
                "slug": f"ban-quyen-phan-mem-an-toan-thong-tin-{year}",
                "title": f"Mua sắm bản quyền phần mềm và thiết bị bảo đảm an toàn thông tin năm {year}",
                "objective": "Bảo đảm an toàn thông tin cho Trung tâm dữ liệu tỉnh theo mô hình 4 lớp.",
                "sector": "digital", "project_type": "procurement", "project_group": "",
                "investor": "Sở Khoa học và Công nghệ", "location": "Trung tâm dữ liệu tỉnh", "approval_decision": "",
                "period_start": year, "period_end": year, "total_budget": 7_900_000_000,
                "funding_type": "state_budget", "funder": "Ngân sách tỉnh", "status": "under_way",
                "body": ["Mua sắm tường lửa thế hệ mới, giải pháp phòng chống mã độc và giám sát an toàn thông tin."],
                "tenders": [
                    tender("Gói thầu mua sắm thiết bị tường lửa và bản quyền phần mềm", 7_650_000_000,
                           "open_bidding", -35, -6),
                ],
            },
        ]
    return [
        {
            "slug": "nang-cap-ha-tang-cntt-quan-ly-van-ban",
            "title": f"Nâng cấp hạ tầng công nghệ thông tin và hệ thống quản lý văn bản của {name}",
            "objective": "Thay thế thiết bị mạng, máy chủ đã hết khấu hao; nâng cấp hệ thống quản lý văn bản và hồ sơ "
            "công việc, bảo đảm kết nối liên thông với trục văn bản quốc gia.",
            "sector": "digital", "project_type": "public_investment", "project_group": "c",
            "investor": name, "location": f"Trụ sở {name}",
            "approval_decision": "Quyết định số 981/QĐ-UBND ngày 14/5/2025 của UBND tỉnh",
            "period_start": 2025, "period_end": 2026, "total_budget": 6_800_000_000,
            "funding_type": "state_budget", "funder": "Ngân sách tỉnh", "status": "under_way",
            "body": ["Hạng mục thiết bị đã lắp đặt xong; đang triển khai nâng cấp phần mềm."],
            "tenders": [
                tender("Gói thầu số 02: Cung cấp, lắp đặt thiết bị mạng và máy chủ", 4_150_000_000, "open_bidding",
                       D(2025, 6, 2), D(2025, 6, 20),
                       "Quyết định phê duyệt kết quả lựa chọn nhà thầu ngày 10/7/2025.",
                       "Công ty Cổ phần Giải pháp Công nghệ Đà Lạt", 4_087_500_000),
                tender("Gói thầu số 03: Tư vấn giám sát lắp đặt thiết bị", 98_000_000, "direct_appointment",
                       D(2025, 7, 14), D(2025, 7, 18), "Đã ký hợp đồng ngày 25/7/2025.",
                       "Công ty TNHH Tư vấn và Kiểm định Tin học Phương Nam", 96_000_000),
            ],
        },
        {
            "slug": "cai-tao-sua-chua-tru-so-lam-viec",
            "title": f"Cải tạo, sửa chữa trụ sở làm việc {name}",
            "objective": "Chống thấm, thay mái và cải tạo bộ phận tiếp nhận và trả kết quả, bảo đảm điều kiện làm việc "
            "và tiếp người dân, doanh nghiệp.",
            "sector": "administration", "project_type": "public_investment", "project_group": "c",
            "investor": name, "location": f"Trụ sở {name}",
            "approval_decision": "Quyết định số 412/QĐ-UBND ngày 06/3/2023 của UBND tỉnh",
            "period_start": 2023, "period_end": 2024, "total_budget": 3_200_000_000,
            "funding_type": "state_budget", "funder": "Ngân sách tỉnh", "status": "completed",
            "body": ["Công trình hoàn thành, nghiệm thu đưa vào sử dụng tháng 01/2024."],
            "tenders": [
                tender("Gói thầu số 01: Thi công xây dựng", 2_870_000_000, "open_bidding",
                       D(2023, 5, 8), D(2023, 5, 29), "Quyết định phê duyệt kết quả lựa chọn nhà thầu ngày 16/6/2023.",
                       "Công ty TNHH Xây dựng Hưng Phát", 2_815_000_000),
            ],
        },
        {
            "slug": f"mua-sam-trang-thiet-bi-lam-viec-{year}",
            "title": f"Mua sắm trang thiết bị làm việc năm {year}",
            "objective": "Trang bị máy tính, máy in, máy quét cho công chức theo tiêu chuẩn, định mức.",
            "sector": "administration", "project_type": "procurement", "project_group": "",
            "investor": name, "location": f"Trụ sở {name}", "approval_decision": "",
            "period_start": year, "period_end": year, "total_budget": 1_450_000_000,
            "funding_type": "state_budget", "funder": "Ngân sách tỉnh (kinh phí chi thường xuyên)",
            "status": "under_way",
            "body": ["Danh mục gồm 45 máy tính để bàn, 12 máy in và 6 máy quét tài liệu."],
            "tenders": [
                tender("Gói thầu mua sắm máy tính, máy in và thiết bị văn phòng", 1_120_000_000,
                       "competitive_quotation", -5, 6),
            ],
        },
        {
            "slug": "so-hoa-ho-so-tai-lieu-luu-tru",
            "title": f"Số hóa hồ sơ, tài liệu lưu trữ của {name} giai đoạn {year + 1}–{year + 2}",
            "objective": "Số hóa khoảng 180.000 trang tài liệu lưu trữ, phục vụ tra cứu và giải quyết thủ tục hành "
            "chính trên môi trường điện tử.",
            "sector": "digital", "project_type": "public_investment", "project_group": "c",
            "investor": name, "location": f"Kho lưu trữ {name}", "approval_decision": "",
            "period_start": year + 1, "period_end": year + 2, "total_budget": 2_600_000_000,
            "funding_type": "state_budget", "funder": "Ngân sách tỉnh", "status": "preparing",
            "body": ["Đang lập đề cương và dự toán chi tiết trình cấp có thẩm quyền phê duyệt."],
            "tenders": [
                tender("Gói thầu tư vấn lập đề cương và dự toán chi tiết", 145_000_000, "direct_appointment", 10, 17),
            ],
        },
    ]


def _date(value, today):
    return today + datetime.timedelta(days=value) if isinstance(value, int) else value


def seed(portal):
    """Fill the portal's projects section; existing projects (by slug) are left as they are."""
    section = ProjectIndexPage.objects.child_of(portal.root_page).get(category_key="projects")
    existing = set(section.get_children().values_list("slug", flat=True))
    today = timezone.localdate()
    for item in projects_for(portal):
        if item["slug"] in existing:
            continue
        item = dict(item)
        tenders = item.pop("tenders")
        paragraphs = item.pop("body")
        page = ProjectPage(
            locale=section.locale,
            body=[("paragraph", RichText("".join(f"<p>{text}</p>" for text in paragraphs)))],
            **{key: _d(value) if key == "total_budget" else value for key, value in item.items()},
        )
        page.tender_notices = [
            TenderNotice(
                **{key: _date(value, today) if key.endswith("_date") else value for key, value in notice.items()}
            )
            for notice in tenders
        ]
        section.add_child(instance=page)
        page.save_revision().publish()
