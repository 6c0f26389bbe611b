"""Demo content of the online public services catalogue: procedures by sector that link out to the
national or the (fictional) provincial public-service portal. Procedure names follow the national
catalogue; the codes and addresses are illustrative."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from decree.services import PublicServicePage, ServiceCatalogPage, ServiceLevel

from home.text import ascii_slug

NATIONAL_URL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"
PROVINCIAL_URL = "https://dichvucong.lamvien.gov.vn/dichvucong/tthc/{code}"

FULL, PARTIAL, INFORMATION = ServiceLevel.FULL, ServiceLevel.PARTIAL, ServiceLevel.INFORMATION


@dataclass(frozen=True)
class Service:
    code: str
    title: str
    sector: str
    level: str
    processing_time: str
    fees: str
    summary: str
    national: bool = False
    age_days: int = 30  # how long ago the entry was first published


SO_KHCN = (
    Service("1.004349", "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
            "Hoạt động khoa học và công nghệ", FULL, "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không",
            "Dành cho tổ chức khoa học và công nghệ đăng ký hoạt động lần đầu tại tỉnh.", age_days=400),
    Service("1.004355", "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước",
            "Hoạt động khoa học và công nghệ", FULL, "10 ngày làm việc", "Không",
            "Tổ chức, cá nhân đăng ký kết quả nhiệm vụ khoa học và công nghệ tự đầu tư.", age_days=380),
    Service("1.004371", "Cấp Giấy chứng nhận đăng ký hợp đồng chuyển giao công nghệ", "Chuyển giao công nghệ",
            PARTIAL, "07 ngày làm việc", "Phí thẩm định: 0,1% tổng giá trị hợp đồng, tối thiểu 5.000.000 đồng, "
            "tối đa 10.000.000 đồng", "Đăng ký hợp đồng chuyển giao công nghệ thuộc trường hợp phải đăng ký.",
            age_days=200),
    Service("1.008453", "Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế",
            "An toàn bức xạ và hạt nhân", PARTIAL, "15 ngày làm việc", "Theo biểu phí thẩm định an toàn bức xạ",
            "Cơ sở y tế sử dụng thiết bị X-quang chẩn đoán đề nghị cấp giấy phép.", national=True, age_days=120),
    Service("1.000706", "Đăng ký công bố hợp quy đối với sản phẩm, hàng hóa nhóm 2",
            "Tiêu chuẩn, đo lường, chất lượng", FULL, "05 ngày làm việc", "150.000 đồng/giấy tiếp nhận",
            "Tổ chức, cá nhân sản xuất, kinh doanh công bố sản phẩm phù hợp quy chuẩn kỹ thuật.", age_days=60),
    Service("1.003412", "Cấp giấy phép bưu chính", "Bưu chính", PARTIAL, "20 ngày làm việc",
            "Phí thẩm định: 10.000.000 đồng/hồ sơ", "Doanh nghiệp đề nghị cấp giấy phép cung ứng dịch vụ bưu chính "
            "trong phạm vi nội tỉnh.", age_days=20),
    Service("1.004228", "Cấp giấy phép xuất bản bản tin", "Xuất bản, in và phát hành", FULL, "15 ngày",
            "Không", "Cơ quan, tổ chức trên địa bàn tỉnh đề nghị cấp phép xuất bản bản tin.", age_days=5),
)

SO_TAI_CHINH = (
    Service("2.001610", "Đăng ký thành lập doanh nghiệp tư nhân", "Thành lập và hoạt động của doanh nghiệp", FULL,
            "03 ngày làm việc", "Lệ phí 50.000 đồng; miễn lệ phí khi đăng ký qua mạng",
            "Cá nhân đăng ký thành lập doanh nghiệp tư nhân.", national=True, age_days=500),
    Service("2.001199", "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên",
            "Thành lập và hoạt động của doanh nghiệp", FULL, "03 ngày làm việc",
            "Lệ phí 50.000 đồng; miễn lệ phí khi đăng ký qua mạng", "Đăng ký thành lập công ty TNHH hai thành viên "
            "trở lên.", national=True, age_days=480),
    Service("1.005340", "Đăng ký thay đổi nội dung đăng ký doanh nghiệp", "Thành lập và hoạt động của doanh nghiệp",
            FULL, "03 ngày làm việc", "Lệ phí 50.000 đồng; miễn lệ phí khi đăng ký qua mạng",
            "Thay đổi tên, địa chỉ trụ sở, người đại diện theo pháp luật, vốn điều lệ...", national=True, age_days=90),
    Service("1.009645", "Quyết định chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh", "Đầu tư tại Việt Nam",
            PARTIAL, "35 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", "Không",
            "Nhà đầu tư đề nghị chấp thuận chủ trương đầu tư dự án thuộc thẩm quyền của tỉnh.", age_days=150),
    Service("1.005421", "Đăng ký mã số đơn vị có quan hệ với ngân sách", "Tài chính ngân sách", FULL,
            "02 ngày làm việc", "Không", "Đơn vị sử dụng ngân sách, chủ đầu tư đăng ký mã số quan hệ ngân sách.",
            age_days=45),
    Service("1.005437", "Quyết định mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị",
            "Quản lý công sản", INFORMATION, "30 ngày", "Không",
            "Cơ quan, đơn vị đề nghị mua sắm tài sản công không phải lập dự án đầu tư.", age_days=10),
)

SO_Y_TE = (
    Service("1.002237", "Cấp chứng chỉ hành nghề dược theo hình thức xét hồ sơ", "Dược phẩm", PARTIAL,
            "20 ngày kể từ ngày nhận đủ hồ sơ", "500.000 đồng/hồ sơ",
            "Người có văn bằng chuyên môn dược đề nghị cấp chứng chỉ hành nghề.", age_days=365),
    Service("1.002220", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược đối với nhà thuốc", "Dược phẩm",
            PARTIAL, "20 ngày", "Phí thẩm định: 1.000.000 đồng/cơ sở",
            "Cơ sở bán lẻ thuốc đề nghị cấp giấy chứng nhận đủ điều kiện kinh doanh dược.", age_days=300),
    Service("1.012268", "Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh", "Khám bệnh, chữa bệnh", PARTIAL,
            "30 ngày", "Theo biểu phí thẩm định cấp giấy phép hành nghề",
            "Người hành nghề khám bệnh, chữa bệnh đề nghị cấp giấy phép hành nghề.", national=True, age_days=140),
    Service("1.012281", "Cấp mới giấy phép hoạt động đối với phòng khám chuyên khoa", "Khám bệnh, chữa bệnh",
            PARTIAL, "60 ngày", "Phí thẩm định: 4.300.000 đồng/cơ sở",
            "Phòng khám chuyên khoa đề nghị cấp giấy phép hoạt động.", age_days=70),
    Service("1.001571", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            "An toàn thực phẩm và dinh dưỡng", PARTIAL, "20 ngày làm việc", "Theo quy mô cơ sở",
            "Cơ sở sản xuất, kinh doanh thực phẩm thuộc ngành y tế quản lý.", age_days=25),
    Service("1.003033", "Đăng ký bản công bố sản phẩm dinh dưỡng y học", "An toàn thực phẩm và dinh dưỡng",
            FULL, "07 ngày làm việc", "1.500.000 đồng/lần/sản phẩm",
            "Tổ chức, cá nhân sản xuất, kinh doanh sản phẩm dinh dưỡng y học.", age_days=3),
)

PROVINCE = (
    Service("2.002353", "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Thi đua, khen thưởng", PARTIAL,
            "20 ngày làm việc", "Không", "Khen thưởng tập thể, cá nhân có thành tích xuất sắc.", age_days=400),
    Service("1.000757", "Công nhận xã đạt chuẩn nông thôn mới", "Phát triển nông thôn", INFORMATION, "30 ngày", "Không",
            "Ủy ban nhân dân tỉnh xét, công nhận xã đạt chuẩn nông thôn mới.", age_days=180),
    Service("2.002396", "Tiếp công dân tại cấp tỉnh", "Tiếp công dân", INFORMATION, "Trong ngày", "Không",
            "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh tại Ban Tiếp công dân tỉnh.",
            age_days=60),
    Service("2.002421", "Giải quyết khiếu nại lần đầu tại cấp tỉnh", "Giải quyết khiếu nại", PARTIAL,
            "30 ngày, vụ việc phức tạp không quá 45 ngày", "Không",
            "Khiếu nại quyết định hành chính, hành vi hành chính của Chủ tịch Ủy ban nhân dân tỉnh.", age_days=8),
)

COMMUNE = (
    Service("1.001193", "Đăng ký khai sinh", "Hộ tịch", FULL, "Ngay trong ngày",
            "Miễn lệ phí đăng ký khai sinh đúng hạn", "Cha, mẹ hoặc người thân đăng ký khai sinh cho trẻ.",
            national=True, age_days=420),
    Service("1.000894", "Đăng ký kết hôn", "Hộ tịch", PARTIAL, "Ngay trong ngày, trường hợp cần xác minh không "
            "quá 05 ngày làm việc", "Miễn lệ phí", "Hai bên nam, nữ nộp hồ sơ trực tuyến; có mặt khi nhận Giấy "
            "chứng nhận kết hôn.", national=True, age_days=300),
    Service("1.000656", "Đăng ký khai tử", "Hộ tịch", FULL, "Ngay trong ngày", "Miễn lệ phí đăng ký khai tử "
            "đúng hạn", "Người thân đăng ký khai tử cho người đã chết.", national=True, age_days=150),
    Service("1.004873", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", FULL, "Ngay trong ngày",
            "8.000 đồng/bản sao", "Cá nhân yêu cầu cấp bản sao trích lục hộ tịch đã đăng ký.", age_days=40),
    Service("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", PARTIAL,
            "Trong ngày", "2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang",
            "Chứng thực bản sao điện tử từ bản chính hoặc bản sao giấy.", age_days=12),
    Service("1.009994", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Xây dựng", PARTIAL,
            "15 ngày", "Lệ phí theo nghị quyết của Hội đồng nhân dân tỉnh",
            "Hộ gia đình, cá nhân xin phép xây dựng nhà ở riêng lẻ.", age_days=2),
)

GENERIC_DEPARTMENT = (
    Service("2.002440", "Giải quyết khiếu nại lần đầu", "Giải quyết khiếu nại", PARTIAL, "30 ngày", "Không",
            "Khiếu nại quyết định hành chính, hành vi hành chính của cơ quan, công chức thuộc cơ quan.",
            age_days=365),
    Service("2.002441", "Giải quyết khiếu nại lần hai", "Giải quyết khiếu nại", PARTIAL, "45 ngày", "Không",
            "Khiếu nại quyết định giải quyết khiếu nại lần đầu.", age_days=330),
    Service("2.002398", "Tiếp công dân", "Tiếp công dân", INFORMATION, "Trong ngày", "Không",
            "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh.", age_days=200),
    Service("2.002450", "Giải quyết tố cáo", "Giải quyết khiếu nại", PARTIAL, "30 ngày", "Không",
            "Tố cáo hành vi vi phạm của cán bộ, công chức thuộc cơ quan.", age_days=90),
    Service("2.002290", "Cung cấp thông tin theo yêu cầu", "Tiếp công dân", FULL, "15 ngày làm việc",
            "Chi phí thực tế để in, sao, chụp, gửi thông tin", "Công dân yêu cầu cung cấp thông tin theo Luật Tiếp "
            "cận thông tin.", age_days=30),
    Service("1.000748", "Xét tặng danh hiệu Tập thể lao động xuất sắc", "Thi đua, khen thưởng", PARTIAL,
            "20 ngày làm việc", "Không", "Khen thưởng tập thể tiêu biểu trong năm.", age_days=4),
)

SERVICES_BY_SLUG = {"so-khcn": SO_KHCN, "so-tai-chinh": SO_TAI_CHINH, "so-y-te": SO_Y_TE}


def services_for(portal):
    if portal.slug in SERVICES_BY_SLUG:
        return SERVICES_BY_SLUG[portal.slug]
    return {"province": PROVINCE, "department": GENERIC_DEPARTMENT}.get(portal.kind, COMMUNE)


def seed(portal):
    """Add the demo procedures missing from the catalogue of `portal` (looked up by slug)."""
    section = ServiceCatalogPage.objects.child_of(portal.root_page).get(category_key="services")
    existing = set(section.get_children().values_list("slug", flat=True))
    now = timezone.now()
    for service in services_for(portal):
        slug = ascii_slug(service.title)
        if slug in existing:
            continue
        url = (NATIONAL_URL if service.national else PROVINCIAL_URL).format(code=service.code)
        page = PublicServicePage(
            title=service.title, slug=slug, code=service.code, sector=service.sector, level=service.level,
            external_url=url, processing_time=service.processing_time, fees=service.fees,
            agency=portal.name, summary=service.summary, locale=section.locale,
            first_published_at=now - datetime.timedelta(days=service.age_days),
        )
        section.add_child(instance=page)
        page.save_revision().publish()
    return section
