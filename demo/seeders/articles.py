"""Demo articles for the three article sections of a portal: news and events (ten articles spread over
the past year), direction and administration (four), legal dissemination (four). `{agency}` in the texts
is the portal's agency name."""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.articles import ArticleIndexPage, ArticlePage, DirectionIndexPage

from .images import ALT_TEXT, CAPTION, demo_image

# (slug, days ago, title, lead, paragraphs, tags, author, source)
NEWS = (
    (
        "hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so", 4,
        "Hội nghị triển khai nhiệm vụ chuyển đổi số năm {year}",
        "{agency} tổ chức hội nghị triển khai kế hoạch chuyển đổi số, đặt mục tiêu 100% hồ sơ công việc được "
        "xử lý trên môi trường mạng.",
        (
            "Phát biểu tại hội nghị, lãnh đạo {agency} nhấn mạnh chuyển đổi số là nhiệm vụ trọng tâm, xuyên "
            "suốt, gắn với cải cách hành chính và nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
            "Hội nghị thống nhất các nhóm nhiệm vụ: hoàn thiện hạ tầng số, số hóa hồ sơ, kết quả giải quyết thủ "
            "tục hành chính, bảo đảm an toàn thông tin và bồi dưỡng kỹ năng số cho cán bộ, công chức.",
        ),
        ("chuyển đổi số", "hội nghị"), "Minh Anh", "",
    ),
    (
        "tap-huan-ky-nang-so-cho-can-bo-cong-chuc", 13,
        "Tập huấn kỹ năng số cho cán bộ, công chức",
        "Hơn 80 cán bộ, công chức, viên chức của {agency} tham gia lớp tập huấn sử dụng chữ ký số và phần mềm "
        "quản lý văn bản.",
        (
            "Lớp tập huấn do Trung tâm Công nghệ thông tin và Truyền thông tỉnh phối hợp tổ chức trong hai "
            "ngày, tập trung vào chữ ký số cá nhân, quy trình xử lý văn bản điện tử và nhận diện thư điện tử "
            "lừa đảo.",
            "Kết thúc lớp học, các học viên được kiểm tra, đánh giá và cấp giấy chứng nhận hoàn thành.",
        ),
        ("chuyển đổi số", "đào tạo, bồi dưỡng"), "Thu Hà", "",
    ),
    (
        "so-ket-cong-tac-cai-cach-hanh-chinh-quy", 34,
        "Sơ kết công tác cải cách hành chính quý {last_quarter}",
        "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn tại {agency} đạt 99,2%, không có hồ sơ quá hạn "
        "do lỗi chủ quan.",
        (
            "Trong quý {last_quarter}, Bộ phận một cửa tiếp nhận 1.246 hồ sơ, trong đó 87% được nộp trực tuyến. Chỉ số hài "
            "lòng của người dân, doanh nghiệp đạt 96,5%.",
            "Thời gian tới, {agency} tiếp tục rà soát, đơn giản hóa thủ tục hành chính, đẩy mạnh thanh toán "
            "trực tuyến phí, lệ phí.",
        ),
        ("cải cách hành chính",), "Quốc Bảo", "Văn phòng",
    ),
    (
        "huong-ung-ngay-sach-va-van-hoa-doc", 58,
        "Phát động phong trào đọc sách, xây dựng văn hóa đọc",
        "Công đoàn {agency} phát động phong trào đọc sách, xây dựng tủ sách điện tử dùng chung cho cán bộ, "
        "đoàn viên.",
        (
            "Tủ sách điện tử gồm hơn 500 đầu sách về chính trị, pháp luật, kỹ năng nghề nghiệp và văn học, "
            "được truy cập qua mạng nội bộ của cơ quan.",
        ),
        ("văn hóa", "công đoàn"), "Hồng Nhung", "Công đoàn cơ sở",
    ),
    (
        "kiem-tra-cong-tac-phong-chay-chua-chay", 83,
        "Kiểm tra công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "Đoàn kiểm tra liên ngành đánh giá cao việc trang bị phương tiện phòng cháy, chữa cháy tại trụ sở "
        "{agency}.",
        (
            "Đoàn đã kiểm tra hệ thống báo cháy tự động, bình chữa cháy, lối thoát nạn và phương án chữa cháy "
            "tại chỗ; đồng thời tổ chức diễn tập tình huống cháy tại kho lưu trữ.",
            "Đoàn đề nghị bổ sung biển chỉ dẫn thoát nạn và định kỳ bảo dưỡng máy bơm chữa cháy.",
        ),
        ("an toàn", "kiểm tra"), "Văn Tùng", "",
    ),
    (
        "tiep-don-doan-cong-tac-cua-bo", 112,
        "Tiếp và làm việc với Đoàn công tác của Bộ",
        "Đoàn công tác của Bộ làm việc với {agency} về tình hình thực hiện nhiệm vụ chuyên môn và đề xuất, "
        "kiến nghị của địa phương.",
        (
            "Báo cáo với Đoàn, lãnh đạo {agency} cho biết các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch; đồng "
            "thời kiến nghị Bộ sớm hướng dẫn một số nội dung mới của luật chuyên ngành.",
            "Trưởng đoàn ghi nhận kết quả đạt được và tiếp thu các kiến nghị để tổng hợp, trả lời theo thẩm "
            "quyền.",
        ),
        ("hội nghị", "làm việc"), "Minh Anh", "",
    ),
    (
        "trao-qua-ho-tro-hoc-sinh-ngheo-vuot-kho", 150,
        "Trao quà hỗ trợ học sinh nghèo vượt khó",
        "Nhân dịp khai giảng năm học mới, {agency} trao 120 suất quà và học bổng cho học sinh có hoàn cảnh khó "
        "khăn.",
        (
            "Mỗi suất quà gồm cặp sách, sách giáo khoa, đồ dùng học tập và 500.000 đồng tiền mặt, do cán bộ, "
            "công chức đóng góp và các nhà hảo tâm tài trợ.",
        ),
        ("an sinh xã hội", "công đoàn"), "Hồng Nhung", "",
    ),
    (
        "bao-dam-an-toan-thong-tin-mang", 196,
        "Tăng cường bảo đảm an toàn thông tin mạng",
        "{agency} ban hành kế hoạch bảo đảm an toàn thông tin theo cấp độ cho các hệ thống thông tin đang vận "
        "hành.",
        (
            "Kế hoạch yêu cầu rà soát, phân loại hệ thống theo cấp độ, thay đổi mật khẩu định kỳ, cập nhật bản "
            "vá và sao lưu dữ liệu ít nhất mỗi tuần một lần.",
            "Cán bộ phát hiện dấu hiệu tấn công mạng phải báo ngay cho bộ phận phụ trách công nghệ thông tin.",
        ),
        ("chuyển đổi số", "an toàn thông tin"), "Quốc Bảo", "",
    ),
    (
        "ky-niem-ngay-thanh-lap-co-quan", 251,
        "Kỷ niệm ngày thành lập cơ quan",
        "{agency} tổ chức lễ kỷ niệm ngày truyền thống, ôn lại chặng đường xây dựng và trưởng thành.",
        (
            "Tại buổi lễ, nhiều tập thể, cá nhân có thành tích xuất sắc được biểu dương, khen thưởng.",
        ),
        ("văn hóa", "thi đua, khen thưởng"), "Thu Hà", "",
    ),
    (
        "tong-ket-cong-tac-nam-trien-khai-nhiem-vu-nam-moi", 330,
        "Tổng kết công tác năm, triển khai nhiệm vụ năm mới",
        "Hội nghị tổng kết đánh giá {agency} hoàn thành toàn diện các nhiệm vụ được giao, nhiều chỉ tiêu vượt "
        "kế hoạch.",
        (
            "Năm qua, công tác tham mưu, chỉ đạo, điều hành được triển khai quyết liệt; kỷ luật, kỷ cương hành "
            "chính được tăng cường.",
            "Hội nghị đề ra 5 nhóm nhiệm vụ, giải pháp trọng tâm cho năm mới, trong đó ưu tiên chuyển đổi số và "
            "cải cách hành chính.",
        ),
        ("hội nghị", "cải cách hành chính"), "Văn Tùng", "",
    ),
)

DIRECTION = (
    (
        "chi-dao-thuc-hien-cac-nhiem-vu-trong-tam-quy", 9,
        "Chỉ đạo thực hiện các nhiệm vụ trọng tâm quý {quarter}",
        "Thủ trưởng {agency} yêu cầu các phòng, đơn vị tập trung hoàn thành các nhiệm vụ trọng tâm quý {quarter}, báo "
        "cáo kết quả trước ngày 25 của tháng cuối quý.",
        (
            "Các phòng, đơn vị rà soát tiến độ từng nhiệm vụ được giao tại chương trình công tác năm; nhiệm vụ "
            "chậm tiến độ phải nêu rõ nguyên nhân, trách nhiệm và thời hạn hoàn thành.",
        ),
        ("chỉ đạo, điều hành",), "", "Văn phòng",
    ),
    (
        "tang-cuong-ky-luat-ky-cuong-hanh-chinh", 40,
        "Tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ",
        "{agency} ban hành văn bản chấn chỉnh việc chấp hành thời giờ làm việc và thái độ phục vụ người dân.",
        (
            "Cán bộ, công chức phải đeo thẻ khi thi hành công vụ, không làm việc riêng trong giờ hành chính, "
            "tiếp nhận và giải quyết hồ sơ đúng quy trình, đúng hạn.",
            "Thủ trưởng các đơn vị chịu trách nhiệm trước lãnh đạo {agency} nếu để xảy ra vi phạm tại đơn vị "
            "mình.",
        ),
        ("chỉ đạo, điều hành", "cải cách hành chính"), "", "Văn phòng",
    ),
    (
        "phan-hoi-kien-nghi-cua-cu-tri", 95,
        "Phản hồi kiến nghị của cử tri sau kỳ họp Hội đồng nhân dân",
        "{agency} trả lời các kiến nghị của cử tri thuộc lĩnh vực quản lý gửi đến sau kỳ họp Hội đồng nhân dân.",
        (
            "Các kiến nghị tập trung vào thời gian giải quyết thủ tục hành chính, chất lượng dịch vụ công trực "
            "tuyến và việc công khai thông tin; {agency} đã trả lời đầy đủ và nêu lộ trình khắc phục.",
        ),
        ("phản hồi kiến nghị",), "", "Văn phòng",
    ),
    (
        "trien-khai-ke-hoach-phong-chong-thien-tai", 180,
        "Triển khai kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn",
        "Lãnh đạo {agency} chỉ đạo chủ động phương án ứng phó mưa lớn, lũ quét, sạt lở đất trong mùa mưa bão.",
        (
            "Các đơn vị kiểm tra, gia cố trụ sở, kho lưu trữ; bảo đảm thông tin liên lạc thông suốt và phân công "
            "trực 24/24 giờ khi có cảnh báo thiên tai.",
        ),
        ("chỉ đạo, điều hành", "phòng, chống thiên tai"), "", "Văn phòng",
    ),
)

DISSEMINATION = (
    (
        "gioi-thieu-luat-tiep-can-thong-tin", 16,
        "Giới thiệu Luật Tiếp cận thông tin",
        "Luật Tiếp cận thông tin bảo đảm quyền của công dân được tiếp cận thông tin do cơ quan nhà nước tạo ra "
        "hoặc nắm giữ.",
        (
            "Theo Luật, cơ quan nhà nước phải công khai thông tin thuộc diện công khai trên cổng thông tin điện "
            "tử, đồng thời cung cấp thông tin theo yêu cầu của công dân trong thời hạn luật định.",
            "Công dân có thể yêu cầu cung cấp thông tin trực tiếp, qua mạng điện tử, dịch vụ bưu chính hoặc "
            "fax.",
        ),
        ("tiếp cận thông tin", "phổ biến pháp luật"), "Phòng Pháp chế", "",
    ),
    (
        "nhung-diem-moi-cua-luat-dat-dai-2024", 64,
        "Những điểm mới của Luật Đất đai năm 2024",
        "Luật Đất đai năm 2024 có nhiều quy định mới về bảng giá đất, bồi thường, hỗ trợ, tái định cư và cấp "
        "giấy chứng nhận.",
        (
            "Bảng giá đất được xây dựng định kỳ hằng năm, áp dụng từ ngày 01 tháng 01; người có đất thu hồi được "
            "bồi thường bằng đất có cùng mục đích sử dụng hoặc bằng tiền.",
        ),
        ("đất đai", "phổ biến pháp luật"), "Phòng Pháp chế", "",
    ),
    (
        "huong-dan-thuc-hien-dich-vu-cong-truc-tuyen", 128,
        "Hướng dẫn thực hiện dịch vụ công trực tuyến bằng tài khoản định danh điện tử",
        "Người dân có thể đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử VNeID mức độ 2 "
        "để nộp hồ sơ trực tuyến.",
        (
            "Sau khi đăng nhập, người dân chọn thủ tục, điền tờ khai, đính kèm thành phần hồ sơ và thanh toán "
            "phí, lệ phí trực tuyến; kết quả được trả qua bưu chính hoặc tại Bộ phận một cửa.",
        ),
        ("dịch vụ công", "phổ biến pháp luật"), "Văn phòng", "",
    ),
    (
        "phong-chong-lua-dao-tren-khong-gian-mang", 240,
        "Cảnh giác với các thủ đoạn lừa đảo trên không gian mạng",
        "Cơ quan công an khuyến cáo người dân không cung cấp mã OTP, không bấm vào đường dẫn lạ giả danh cơ "
        "quan nhà nước.",
        (
            "Các đối tượng thường giả danh cán bộ cơ quan nhà nước gọi điện yêu cầu cập nhật thông tin định danh, "
            "cài đặt ứng dụng giả mạo để chiếm đoạt tài khoản ngân hàng.",
            "Khi nghi ngờ bị lừa đảo, người dân cần báo ngay cho cơ quan công an nơi gần nhất.",
        ),
        ("an toàn thông tin", "phổ biến pháp luật"), "", "Công an tỉnh",
    ),
)


QUARTERS = ("I", "II", "III", "IV")


def _fill(section, articles, portal, illustrated=0):
    """Publish the articles missing from the section; the first `illustrated` get a lead illustration."""
    agency = portal.name
    now = timezone.localtime()
    for position, (slug, days_ago, title, lead, paragraphs, tags, author, source) in enumerate(articles):
        if section.get_children().filter(slug=slug).exists():
            continue
        date = (now - datetime.timedelta(days=days_ago)).replace(hour=8 + days_ago % 9, minute=days_ago % 60,
                                                                   second=0, microsecond=0)
        date = min(date, now)
        # Titles that name a year or a quarter name the ones of their own date.
        quarter = (date.month - 1) // 3
        values = {
            "agency": agency, "year": date.year, "quarter": QUARTERS[quarter], "last_quarter": QUARTERS[quarter - 1],
        }
        article = ArticlePage(
            title=title.format(**values),
            slug=slug,
            lead=lead.format(**values),
            body=[("paragraph", RichText("".join(f"<p>{p.format(**values)}</p>" for p in paragraphs)))],
            date=date,
            first_published_at=date,
            author=author,
            source=source,
            locale=section.locale,
        )
        if position < illustrated:
            article.image = demo_image(portal, f"Minh họa: {slug}", seed=f"{portal.slug}-{slug}")
            article.image_alt, article.image_caption = ALT_TEXT, CAPTION
        for tag in tags:
            article.tags.add(tag)
        section.add_child(instance=article)
        article.save_revision().publish()


def seed(portal):
    root = portal.root_page
    news = ArticleIndexPage.objects.child_of(root).get(category_key="news")
    direction = DirectionIndexPage.objects.child_of(root).get(category_key="direction")
    dissemination = ArticleIndexPage.objects.child_of(root).get(category_key="dissemination")
    _fill(news, NEWS, portal, illustrated=5)
    _fill(direction, DIRECTION, portal)
    _fill(dissemination, DISSEMINATION, portal)
