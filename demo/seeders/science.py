"""Demo science and technology topics: under way, accepted (with their results) and stopped, at every
management level. The Department of Science and Technology's catalogue is the richest."""

import datetime
from decimal import Decimal

from decree.science import ScienceIndexPage, ScienceTopicPage

from .projects import place_name, portal_profile

D = datetime.date


def topic(slug, code, title, level, field, lead_unit, investigator, start, end, budget, status="in_progress",
          summary="", programme="", accepted_on=None, rating="", results=""):
    return {
        "slug": slug, "code": code, "title": title, "management_level": level, "field": field,
        "lead_unit": lead_unit, "principal_investigator": investigator, "start_date": start, "end_date": end,
        "budget": Decimal(budget) if budget is not None else None, "status": status, "summary": summary,
        "programme": programme, "acceptance_date": accepted_on, "acceptance_rating": rating, "results": results,
    }


def topics_for(portal):
    profile = portal_profile(portal)
    name = portal.name
    if profile == "science":
        return [
            topic(
                "iot-canh-tac-rau-an-toan", "ĐTKHCN.05/2024",
                "Ứng dụng công nghệ IoT trong canh tác rau an toàn tại tỉnh Lâm Viên",
                "provincial", "engineering", "Trường Đại học Lâm Viên", "TS. Nguyễn Minh Khoa",
                D(2024, 3, 1), D(2026, 12, 31), 1_850_000_000,
                summary="Thiết kế hệ thống cảm biến độ ẩm đất, nhiệt độ, ánh sáng và điều khiển tưới, bón phân tự "
                "động cho nhà màng trồng rau; xây dựng mô hình trình diễn 2 ha tại phường Xuân Lạc.",
                programme="Chương trình khoa học và công nghệ trọng điểm cấp tỉnh giai đoạn 2021–2025",
            ),
            topic(
                "chon-tao-giong-ca-phe-che-khang-benh-gi-sat", "ĐTKHCN.11/2021",
                "Nghiên cứu chọn tạo giống cà phê chè năng suất cao, kháng bệnh gỉ sắt phù hợp điều kiện sinh thái "
                "tỉnh Lâm Viên",
                "provincial", "agricultural", "Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên",
                "PGS.TS. Trần Văn Sơn", D(2021, 1, 1), D(2023, 12, 31), 2_640_000_000, status="accepted",
                summary="Tuyển chọn, đánh giá 24 dòng cà phê chè lai; khảo nghiệm tại 3 vùng sinh thái của tỉnh.",
                accepted_on=D(2024, 3, 15), rating="excellent",
                results="<p>Chọn được 2 dòng cà phê chè TN-LV1 và TN-LV2 năng suất đạt 3,8–4,2 tấn nhân/ha, "
                "kháng bệnh gỉ sắt cấp 1; được công nhận giống cây trồng mới.</p>"
                "<ul><li>Quy trình nhân giống bằng phương pháp ghép;</li>"
                "<li>Quy trình canh tác cà phê chè bền vững áp dụng cho vùng cao trên 1.000 m.</li></ul>",
            ),
            topic(
                "co-so-du-lieu-so-di-san-van-hoa-phi-vat-the", "ĐTKHCN.07/2022",
                "Xây dựng cơ sở dữ liệu số về di sản văn hóa phi vật thể các dân tộc thiểu số tỉnh Lâm Viên",
                "provincial", "humanities", "Bảo tàng tỉnh Lâm Viên", "ThS. K'Brơi Ha Lan",
                D(2022, 6, 1), D(2024, 6, 30), 1_320_000_000, status="accepted",
                summary="Kiểm kê, số hóa tư liệu về lễ hội, nghề thủ công, tri thức dân gian của người K'Ho, Mạ, "
                "Chu Ru.",
                accepted_on=D(2024, 10, 22), rating="passed",
                results="<p>Số hóa 1.450 hiện vật, 320 giờ ghi âm, ghi hình; cơ sở dữ liệu được tích hợp vào Cổng "
                "thông tin du lịch của tỉnh.</p>",
            ),
            topic(
                "bien-doi-khi-hau-tai-nguyen-nuoc-song-da-nhim", "ĐTĐL.CN-32/25",
                "Nghiên cứu đánh giá tác động của biến đổi khí hậu đến tài nguyên nước lưu vực sông Đa Nhim",
                "national", "natural", "Viện Địa lý – Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
                "GS.TS. Lê Thị Hương", D(2025, 1, 1), D(2027, 12, 31), 6_500_000_000,
                summary="Mô phỏng dòng chảy theo các kịch bản biến đổi khí hậu, đề xuất giải pháp vận hành liên hồ "
                "chứa bảo đảm nước cho sản xuất và sinh hoạt.",
                programme="Chương trình khoa học và công nghệ cấp quốc gia về tài nguyên nước",
            ),
            topic(
                "nang-luc-doi-moi-sang-tao-doanh-nghiep-nho-va-vua", "ĐTKHCN.03/2023",
                "Giải pháp nâng cao năng lực đổi mới sáng tạo của doanh nghiệp nhỏ và vừa tỉnh Lâm Viên",
                "provincial", "social", "Trường Chính trị tỉnh", "TS. Phạm Quốc Bảo",
                D(2023, 5, 1), D(2025, 4, 30), 780_000_000, status="stopped",
                summary="Đề tài dừng thực hiện theo Quyết định số 88/QĐ-SKHCN do chủ nhiệm đề tài chuyển công tác, "
                "không bảo đảm tiến độ.",
            ),
            topic(
                "tri-tue-nhan-tao-phan-loai-phan-anh-kien-nghi", "CS.02/2026",
                "Ứng dụng trí tuệ nhân tạo hỗ trợ phân loại phản ánh, kiến nghị của người dân trên Cổng thông tin "
                "điện tử tỉnh",
                "grassroots", "engineering", "Trung tâm Chuyển đổi số tỉnh", "KS. Võ Thành Đạt",
                D(2026, 2, 1), D(2027, 1, 31), 320_000_000,
                summary="Huấn luyện mô hình ngôn ngữ tiếng Việt phân loại phản ánh theo lĩnh vực và cơ quan xử lý.",
            ),
            topic(
                "nhan-giong-in-vitro-lan-hai-ban-dia", "NTMN.TW.14/2020",
                "Nghiên cứu quy trình nhân giống in vitro lan Hài bản địa Lâm Viên phục vụ bảo tồn và thương mại",
                "ministry", "agricultural", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh",
                "ThS. Đặng Ngọc Trâm", D(2020, 4, 1), D(2022, 9, 30), 1_150_000_000, status="accepted",
                programme="Chương trình hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ thúc đẩy phát "
                "triển kinh tế – xã hội nông thôn, miền núi, vùng dân tộc thiểu số",
                accepted_on=D(2022, 12, 8), rating="passed",
                results="<p>Hoàn thiện quy trình nhân giống in vitro 3 loài lan Hài; sản xuất 25.000 cây giống "
                "đạt tỷ lệ sống 87% khi ra vườn ươm.</p>",
            ),
        ]
    if profile == "health":
        return [
            topic(
                "du-phong-sot-xuat-huyet-dengue", "ĐTKHCN.09/2022",
                "Nghiên cứu thực trạng và giải pháp dự phòng bệnh sốt xuất huyết Dengue tại tỉnh Lâm Viên",
                "provincial", "medical", "Trung tâm Kiểm soát bệnh tật tỉnh", "BSCKII. Nguyễn Thị Thanh",
                D(2022, 3, 1), D(2024, 2, 29), 920_000_000, status="accepted",
                accepted_on=D(2024, 5, 17), rating="passed",
                summary="Giám sát véc tơ truyền bệnh tại 12 xã, phường trọng điểm; đánh giá hiệu quả mô hình "
                "cộng đồng diệt lăng quăng.",
                results="<p>Đề xuất mô hình phòng chống sốt xuất huyết dựa vào cộng đồng, áp dụng tại 30 xã, "
                "phường; số ca mắc giảm 41% so với giai đoạn trước.</p>",
            ),
            topic(
                "can-thiep-noi-mach-nhoi-mau-nao-cap", "ĐTKHCN.04/2025",
                "Ứng dụng kỹ thuật can thiệp nội mạch trong điều trị nhồi máu não cấp tại Bệnh viện Đa khoa tỉnh",
                "provincial", "medical", "Bệnh viện Đa khoa tỉnh Lâm Viên", "TS.BS. Hoàng Đức Long",
                D(2025, 4, 1), D(2027, 3, 31), 1_480_000_000,
                summary="Xây dựng quy trình lấy huyết khối cơ học và đào tạo kíp can thiệp tại chỗ.",
            ),
            topic(
                "dinh-duong-tre-duoi-5-tuoi-dan-toc-thieu-so", "CS.06/2023",
                "Đánh giá tình trạng dinh dưỡng của trẻ em dưới 5 tuổi người dân tộc thiểu số tại 5 xã vùng cao",
                "grassroots", "medical", "Trung tâm Kiểm soát bệnh tật tỉnh", "ThS. Ka Thị Mai",
                D(2023, 2, 1), D(2023, 11, 30), 210_000_000, status="accepted",
                accepted_on=D(2024, 1, 12), rating="passed",
                results="<p>Tỷ lệ suy dinh dưỡng thấp còi là 27,4%; đề xuất 5 nhóm giải pháp can thiệp dinh dưỡng "
                "dựa vào cộng đồng.</p>",
            ),
            topic(
                "che-pham-ho-tro-dieu-tri-tu-atiso", "ĐTKHCN.08/2024",
                "Nghiên cứu bào chế chế phẩm hỗ trợ điều trị bệnh gan từ cây Atiso trồng tại Lâm Viên",
                "provincial", "medical", "Công ty Cổ phần Dược Lâm Viên", "DS.CKII. Lý Minh Tâm",
                D(2024, 6, 1), D(2026, 5, 31), 1_760_000_000, status="stopped",
                summary="Dừng thực hiện theo đề nghị của tổ chức chủ trì do thay đổi định hướng sản phẩm.",
            ),
        ]
    if profile == "commune":
        place = place_name(portal)
        return [
            topic(
                "trong-xen-sau-rieng-trong-vuon-ca-phe", "ĐTKHCN.14/2022",
                f"Xây dựng mô hình trồng xen sầu riêng trong vườn cà phê tái canh tại {place}",
                "provincial", "agricultural", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh",
                "KS. Nguyễn Văn Phúc", D(2022, 4, 1), D(2024, 3, 31), 640_000_000, status="accepted",
                accepted_on=D(2024, 6, 20), rating="passed",
                summary=f"Mô hình 10 ha tại {place} với 25 hộ tham gia.",
                results="<p>Thu nhập trên 1 ha tăng 38% so với trồng thuần cà phê; quy trình được chuyển giao cho "
                "Hợp tác xã nông nghiệp của xã.</p>",
            ),
            topic(
                "tuoi-tiet-kiem-nuoc-cho-ca-phe", "CS.03/2025",
                f"Ứng dụng hệ thống tưới tiết kiệm nước cho cây cà phê tại {place}",
                "grassroots", "agricultural", f"{name}", "KS. Trần Thị Ngọc",
                D(2025, 3, 1), D(2026, 12, 31), 180_000_000,
                summary="Lắp đặt hệ thống tưới nhỏ giọt cho 5 ha, so sánh lượng nước và năng suất với tưới gốc "
                "truyền thống.",
            ),
            topic(
                "bao-ton-le-hoi-truyen-thong", "CS.01/2023",
                f"Bảo tồn và phát huy giá trị lễ hội truyền thống trên địa bàn {place}",
                "grassroots", "humanities", f"{name}", "Bà Ka Thị Hoa",
                D(2023, 1, 1), D(2023, 12, 31), 95_000_000, status="accepted",
                accepted_on=D(2024, 1, 25), rating="passed",
                results="<p>Phục dựng lễ hội mừng lúa mới; thành lập 2 đội cồng chiêng thanh thiếu niên.</p>",
            ),
            topic(
                "chan-nuoi-bo-thit-lien-ket-chuoi", "ĐTKHCN.10/2023",
                f"Xây dựng mô hình chăn nuôi bò thịt theo hướng liên kết chuỗi giá trị tại {place}",
                "provincial", "agricultural", "Trường Đại học Lâm Viên", "TS. Lưu Văn Hải",
                D(2023, 7, 1), D(2025, 6, 30), 560_000_000, status="stopped",
                summary="Dừng thực hiện do dịch bệnh viêm da nổi cục, không bảo đảm đàn bò thí nghiệm.",
            ),
        ]
    if profile == "province":
        return [
            topic(
                "chinh-sach-phat-trien-kinh-te-dem", "ĐTKHCN.01/2023",
                "Nghiên cứu cơ sở khoa học xây dựng chính sách phát triển kinh tế đêm tỉnh Lâm Viên",
                "provincial", "social", "Viện Nghiên cứu phát triển tỉnh", "TS. Bùi Thanh Tùng",
                D(2023, 1, 1), D(2024, 6, 30), 890_000_000, status="accepted",
                accepted_on=D(2024, 9, 10), rating="excellent",
                results="<p>Đề xuất 4 nhóm chính sách và danh mục 6 khu vực thí điểm kinh tế đêm; kết quả được sử "
                "dụng xây dựng Nghị quyết số 35/2024/NQ-HĐND.</p>",
            ),
            topic(
                "vien-tham-gis-giam-sat-bien-dong-rung", "ĐTKHCN.02/2025",
                "Ứng dụng công nghệ viễn thám và GIS giám sát biến động rừng tỉnh Lâm Viên",
                "provincial", "engineering", "Chi cục Kiểm lâm tỉnh", "ThS. Đoàn Minh Trí",
                D(2025, 2, 1), D(2027, 1, 31), 1_240_000_000,
                summary="Xây dựng hệ thống cảnh báo sớm mất rừng dựa trên ảnh vệ tinh Sentinel-2 cập nhật 5 ngày/lần.",
            ),
            topic(
                "lich-su-dang-bo-va-nhan-dan-tinh-1930-2025", "ĐTKHCN.06/2024",
                "Lịch sử Đảng bộ và nhân dân tỉnh Lâm Viên (1930–2025)",
                "provincial", "humanities", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "PGS.TS. Nguyễn Hữu Lễ",
                D(2024, 5, 1), D(2026, 12, 31), 1_100_000_000,
            ),
            topic(
                "dien-mat-troi-ap-mai", "KC.05.18/21-25",
                "Đánh giá tiềm năng và giải pháp phát triển điện mặt trời áp mái tại các tỉnh Tây Nguyên",
                "national", "engineering", "Viện Năng lượng", "TS. Hà Quang Vinh",
                D(2021, 9, 1), D(2024, 8, 31), 4_200_000_000, status="accepted",
                programme="Chương trình KC.05/21-25: nghiên cứu, phát triển và ứng dụng công nghệ năng lượng",
                accepted_on=D(2024, 11, 28), rating="passed",
                results="<p>Xây dựng bản đồ tiềm năng điện mặt trời áp mái cho 5 tỉnh Tây Nguyên; đề xuất cơ chế "
                "khuyến khích tự sản xuất, tự tiêu thụ.</p>",
            ),
        ]
    return [
        topic(
            "ung-dung-cntt-giai-quyet-thu-tuc-hanh-chinh", "CS.01/2025",
            f"Giải pháp nâng cao hiệu quả ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính tại {name}",
            "grassroots", "social", name, "ThS. Phan Thị Hồng Nhung",
            D(2025, 3, 1), D(2026, 12, 31), 150_000_000,
            summary="Khảo sát 600 hồ sơ trực tuyến, đề xuất giải pháp giảm tỷ lệ hồ sơ phải bổ sung.",
        ),
        topic(
            "co-che-quan-ly-khai-thac-tai-san-cong", "ĐTKHCN.12/2022",
            "Nghiên cứu đề xuất cơ chế quản lý, khai thác tài sản công tại các đơn vị sự nghiệp công lập tỉnh Lâm Viên",
            "provincial", "social", name, "TS. Lê Văn Quân",
            D(2022, 5, 1), D(2023, 10, 31), 680_000_000, status="accepted",
            accepted_on=D(2024, 2, 2), rating="passed",
            results="<p>Đề xuất quy định về cho thuê, liên doanh, liên kết tài sản công; được sử dụng xây dựng "
            "Quyết định số 18/2024/QĐ-UBND.</p>",
        ),
        topic(
            "muc-do-hai-long-cua-nguoi-dan-doanh-nghiep", "ĐTKHCN.04/2021",
            "Đánh giá mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà "
            "nước tỉnh Lâm Viên",
            "provincial", "social", "Trường Chính trị tỉnh", "TS. Đinh Thị Lan Anh",
            D(2021, 3, 1), D(2022, 8, 31), 540_000_000, status="accepted",
            accepted_on=D(2022, 11, 15), rating="excellent",
            results="<p>Bộ công cụ khảo sát SIPAS cấp tỉnh; chỉ số hài lòng chung đạt 86,2%.</p>",
        ),
        topic(
            "bo-chi-so-danh-gia-chuyen-doi-so-co-so", "CS.04/2024",
            "Xây dựng bộ chỉ số đánh giá mức độ chuyển đổi số của các phòng, đơn vị trực thuộc",
            "grassroots", "engineering", name, "KS. Trịnh Văn Khải",
            D(2024, 2, 1), D(2024, 12, 31), 90_000_000, status="stopped",
            summary="Dừng thực hiện do bộ chỉ số cấp tỉnh đã được ban hành, nội dung trùng lặp.",
        ),
    ]


def seed(portal):
    """Fill the portal's science section; existing topics (by slug) are left as they are."""
    section = ScienceIndexPage.objects.child_of(portal.root_page).get(category_key="science")
    existing = set(section.get_children().values_list("slug", flat=True))
    for data in topics_for(portal):
        if data["slug"] in existing:
            continue
        page = ScienceTopicPage(locale=section.locale, **data)
        section.add_child(instance=page)
        page.save_revision().publish()
