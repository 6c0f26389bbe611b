"""Demo content of the introduction section: functions, history, units and leaders for a department, the
province and a commune. Every name of a person is fictional; the province of Lâm Viên is fictional too."""

from dataclasses import dataclass, field

from decree.intro import IntroductionPage, LeaderProfile, OrganisationUnit
from home.text import ascii_slug

EMAIL_DOMAIN = "lamvien.gov.vn"


def official_email(full_name, unit_code):
    """An official address in the usual pattern: initials of the family and middle names plus the given
    name, then the agency: «Trần Thị Mai», «khcn» -> «ttmai.khcn@lamvien.gov.vn»."""
    words = ascii_slug(full_name).split("-")
    return f"{''.join(word[0] for word in words[:-1])}{words[-1]}.{unit_code}@{EMAIL_DOMAIN}"


@dataclass(frozen=True)
class Unit:
    name: str
    function: str
    head_title: str
    head_name: str
    phone: str
    address: str = ""
    staff: tuple = ()  # (name, position) of officials listed in the contacts directory besides the head


@dataclass(frozen=True)
class Leader:
    full_name: str
    position: str
    biography: str
    duties: str
    phone: str


@dataclass(frozen=True)
class Profile:
    """Everything the demo knows about one agency."""

    code: str  # for e-mail addresses
    leadership_unit: str  # how the contacts directory names the leaders' group
    address: str
    functions: str
    history: str
    units: tuple
    leaders: tuple
    locality: dict = field(default_factory=dict)


def _bio(born, hometown, education, career):
    return (
        f"<p>Sinh năm {born}; quê quán: {hometown}.</p>"
        f"<p>Trình độ chuyên môn: {education}.</p>"
        "<ul>" + "".join(f"<li>{step}</li>" for step in career) + "</ul>"
    )


def _duties(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


SO_KHCN = Profile(
    code="khcn",
    leadership_unit="Ban Giám đốc Sở",
    address="Số 35 Phan Chu Trinh, phường Hòa Bình, tỉnh Lâm Viên",
    functions=(
        "<p>Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lâm Viên, tham mưu, giúp "
        "Ủy ban nhân dân tỉnh quản lý nhà nước về hoạt động khoa học và công nghệ, phát triển tiềm lực khoa học "
        "và công nghệ, đổi mới sáng tạo; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; ứng dụng bức xạ và "
        "đồng vị phóng xạ; an toàn bức xạ và hạt nhân; chuyển đổi số; báo chí, xuất bản, bưu chính, viễn thông "
        "và công nghệ thông tin trên địa bàn tỉnh.</p>"
        "<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên "
        "chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về "
        "chuyên môn, nghiệp vụ của Bộ Khoa học và Công nghệ.</p>"
        "<h3>Nhiệm vụ, quyền hạn chủ yếu</h3>"
        "<ul>"
        "<li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển khoa học, công nghệ, đổi mới "
        "sáng tạo và chuyển đổi số của tỉnh;</li>"
        "<li>Tổ chức tuyển chọn, giao trực tiếp, kiểm tra, đánh giá, nghiệm thu các nhiệm vụ khoa học và công "
        "nghệ cấp tỉnh;</li>"
        "<li>Cấp, sửa đổi, bổ sung, gia hạn, thu hồi giấy phép, giấy chứng nhận thuộc phạm vi quản lý;</li>"
        "<li>Theo dõi, đánh giá chất lượng thông tin trên Cổng thông tin điện tử tỉnh và các cổng thông tin "
        "thành phần;</li>"
        "<li>Thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng theo quy định.</li>"
        "</ul>"
    ),
    history=(
        "<p>Tiền thân của Sở là Ban Khoa học và Kỹ thuật tỉnh, thành lập năm 1979. Năm 1993, Ban được tổ chức "
        "lại thành Sở Khoa học, Công nghệ và Môi trường; năm 2003 tách thành Sở Khoa học và Công nghệ.</p>"
        "<p>Thực hiện chủ trương sắp xếp tổ chức bộ máy, từ ngày 01/3/2025 Sở Khoa học và Công nghệ được tổ "
        "chức lại trên cơ sở hợp nhất với Sở Thông tin và Truyền thông, tiếp nhận thêm chức năng quản lý nhà "
        "nước về chuyển đổi số, báo chí, xuất bản, bưu chính và viễn thông.</p>"
    ),
    units=(
        Unit("Văn phòng Sở", "Tham mưu tổng hợp, hành chính, tổ chức cán bộ, thi đua khen thưởng, quản trị "
             "tài sản và bảo đảm điều kiện hoạt động của Sở.", "Chánh Văn phòng", "Lê Thị Hồng Nhung",
             "0263 3822 346", staff=(("Phan Văn Khải", "Phó Chánh Văn phòng"), ("Đinh Thị Thu Trang", "Chuyên viên văn thư"))),
        Unit("Thanh tra Sở", "Thanh tra hành chính, thanh tra chuyên ngành khoa học và công nghệ, thông tin và "
             "truyền thông; tiếp công dân, giải quyết khiếu nại, tố cáo.", "Chánh Thanh tra", "Vũ Đức Thắng",
             "0263 3822 347"),
        Unit("Phòng Kế hoạch - Tài chính", "Lập kế hoạch, dự toán ngân sách khoa học và công nghệ; quản lý tài "
             "chính, đầu tư phát triển tiềm lực.", "Trưởng phòng", "Ngô Thị Bích Ngọc", "0263 3822 348"),
        Unit("Phòng Quản lý khoa học", "Quản lý các nhiệm vụ khoa học và công nghệ cấp tỉnh; đăng ký hoạt động "
             "khoa học và công nghệ; thông tin, thống kê khoa học và công nghệ.", "Trưởng phòng",
             "Hồ Minh Quân", "0263 3822 349", staff=(("Trịnh Thị Yến", "Phó Trưởng phòng"),)),
        Unit("Phòng Quản lý công nghệ và Đổi mới sáng tạo", "Chuyển giao công nghệ, sở hữu trí tuệ, an toàn "
             "bức xạ và hạt nhân; hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo.", "Trưởng phòng",
             "Lý Quốc Bảo", "0263 3822 350"),
        Unit("Phòng Chuyển đổi số", "Tham mưu xây dựng chính quyền số, kinh tế số, xã hội số; quản lý hạ tầng "
             "số, an toàn thông tin và các hệ thống thông tin dùng chung của tỉnh.", "Trưởng phòng",
             "Mai Xuân Trường", "0263 3822 351", staff=(("Tạ Thị Minh Châu", "Chuyên viên"),)),
        Unit("Phòng Báo chí, Xuất bản, Bưu chính và Viễn thông", "Quản lý nhà nước về báo chí, xuất bản, in, "
             "phát hành, bưu chính, viễn thông và thông tin cơ sở.", "Trưởng phòng", "Đoàn Văn Lực",
             "0263 3822 352"),
        Unit("Chi cục Tiêu chuẩn Đo lường Chất lượng", "Quản lý tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng "
             "hóa; năng suất chất lượng; mã số, mã vạch.", "Chi cục trưởng", "Cao Thị Hương Giang",
             "0263 3822 360", "Số 8 Hai Bà Trưng, phường Hòa Bình, tỉnh Lâm Viên"),
        Unit("Trung tâm Công nghệ thông tin và Truyền thông", "Vận hành Cổng thông tin điện tử tỉnh, trung tâm "
             "dữ liệu; hỗ trợ chuyển đổi số cho các cơ quan, địa phương.", "Giám đốc Trung tâm",
             "Lương Thế Vinh", "0263 3822 370", "Số 35 Phan Chu Trinh, phường Hòa Bình, tỉnh Lâm Viên"),
    ),
    leaders=(
        Leader("Trần Thị Mai", "Giám đốc Sở",
               _bio(1974, "xã Tân Phú, tỉnh Lâm Viên", "Tiến sĩ Sinh học; Cao cấp lý luận chính trị",
                    ["2000–2010: chuyên viên, Phó Trưởng phòng Quản lý khoa học", "2010–2019: Phó Giám đốc Sở",
                     "Từ 2019: Giám đốc Sở Khoa học và Công nghệ"]),
               _duties("Lãnh đạo, quản lý toàn diện hoạt động của Sở", "Trực tiếp phụ trách công tác tổ chức cán "
                       "bộ, kế hoạch - tài chính, thanh tra", "Chủ tịch Hội đồng khoa học và công nghệ tỉnh"),
               "0263 3822 345"),
        Leader("Nguyễn Hữu Phước", "Phó Giám đốc Sở",
               _bio(1978, "phường Hòa Bình, tỉnh Lâm Viên", "Thạc sĩ Kỹ thuật điện tử",
                    ["2003–2015: Trung tâm Công nghệ thông tin và Truyền thông",
                     "2015–2025: Phó Giám đốc Sở Thông tin và Truyền thông", "Từ 3/2025: Phó Giám đốc Sở"]),
               _duties("Phụ trách lĩnh vực chuyển đổi số, bưu chính, viễn thông, báo chí, xuất bản",
                       "Phụ trách Trung tâm Công nghệ thông tin và Truyền thông", "Trưởng Ban biên tập Cổng "
                       "thông tin điện tử của Sở"),
               "0263 3822 355"),
        Leader("Bùi Thanh Tùng", "Phó Giám đốc Sở",
               _bio(1980, "xã Tân Phú, tỉnh Lâm Viên", "Thạc sĩ Quản lý khoa học và công nghệ",
                    ["2005–2016: chuyên viên, Trưởng phòng Quản lý công nghệ",
                     "2016–2021: Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng", "Từ 2021: Phó Giám đốc Sở"]),
               _duties("Phụ trách quản lý khoa học, công nghệ, đổi mới sáng tạo, sở hữu trí tuệ",
                       "Phụ trách tiêu chuẩn, đo lường, chất lượng, an toàn bức xạ"),
               "0263 3822 356"),
    ),
)

SO_TAI_CHINH = Profile(
    code="stc",
    leadership_unit="Ban Giám đốc Sở",
    address="Số 12 Hùng Vương, phường Hòa Bình, tỉnh Lâm Viên",
    functions=(
        "<p>Sở Tài chính là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh "
        "quản lý nhà nước về tài chính, ngân sách nhà nước, thuế, phí, lệ phí, tài sản công, giá, kế hoạch, "
        "đầu tư công, đầu tư trong nước và nước ngoài, doanh nghiệp, kinh tế tập thể và kinh tế tư nhân.</p>"
        "<h3>Nhiệm vụ, quyền hạn chủ yếu</h3>"
        "<ul>"
        "<li>Lập dự toán, phương án phân bổ ngân sách địa phương và kế hoạch đầu tư công trung hạn, hằng năm;</li>"
        "<li>Thẩm định, trình quyết định chủ trương đầu tư các dự án thuộc thẩm quyền của tỉnh;</li>"
        "<li>Đăng ký doanh nghiệp, đăng ký hộ kinh doanh theo phân cấp;</li>"
        "<li>Quản lý giá, tài sản công và quyết toán vốn đầu tư dự án hoàn thành.</li>"
        "</ul>"
    ),
    history=(
        "<p>Sở Tài chính được thành lập năm 1976, sau nhiều lần điều chỉnh địa giới hành chính. Ngày 01/3/2025, "
        "Sở Tài chính được tổ chức lại trên cơ sở hợp nhất với Sở Kế hoạch và Đầu tư.</p>"
    ),
    units=(
        Unit("Văn phòng Sở", "Tham mưu tổng hợp, hành chính, tổ chức cán bộ, quản trị.", "Chánh Văn phòng",
             "Phùng Thị Diệu Linh", "0263 3822 411", staff=(("Hà Văn Sơn", "Chuyên viên"),)),
        Unit("Thanh tra Sở", "Thanh tra, kiểm tra tài chính, ngân sách; giải quyết khiếu nại, tố cáo.",
             "Chánh Thanh tra", "Lâm Văn Đạt", "0263 3822 412"),
        Unit("Phòng Quản lý ngân sách", "Lập, phân bổ, điều hành dự toán ngân sách địa phương.", "Trưởng phòng",
             "Kiều Thị Thanh Hằng", "0263 3822 413"),
        Unit("Phòng Tài chính đầu tư", "Kế hoạch vốn đầu tư công; thẩm tra quyết toán dự án hoàn thành.",
             "Trưởng phòng", "Tống Minh Hiếu", "0263 3822 414"),
        Unit("Phòng Quản lý giá và công sản", "Quản lý giá, thẩm định giá; quản lý tài sản công.",
             "Trưởng phòng", "Mạc Thị Phương", "0263 3822 415"),
        Unit("Phòng Doanh nghiệp, kinh tế tập thể và tư nhân", "Đăng ký doanh nghiệp; hỗ trợ doanh nghiệp nhỏ "
             "và vừa, kinh tế tập thể.", "Trưởng phòng", "Quách Văn Tài", "0263 3822 416",
             staff=(("Lưu Thị Ngân", "Chuyên viên đăng ký kinh doanh"),)),
    ),
    leaders=(
        Leader("Lê Quang Minh", "Giám đốc Sở",
               _bio(1972, "phường Hòa Bình, tỉnh Lâm Viên", "Thạc sĩ Kinh tế; Cao cấp lý luận chính trị",
                    ["1996–2012: chuyên viên, Trưởng phòng Quản lý ngân sách", "2012–2020: Phó Giám đốc Sở",
                     "Từ 2020: Giám đốc Sở Tài chính"]),
               _duties("Lãnh đạo, quản lý toàn diện hoạt động của Sở", "Trực tiếp phụ trách ngân sách, tổ chức "
                       "cán bộ, thanh tra"),
               "0263 3822 410"),
        Leader("Châu Ngọc Anh", "Phó Giám đốc Sở",
               _bio(1979, "xã Tân Phú, tỉnh Lâm Viên", "Thạc sĩ Quản lý kinh tế",
                    ["2004–2018: Sở Kế hoạch và Đầu tư", "2018–2025: Phó Giám đốc Sở Kế hoạch và Đầu tư",
                     "Từ 3/2025: Phó Giám đốc Sở Tài chính"]),
               _duties("Phụ trách kế hoạch, đầu tư công, xúc tiến đầu tư, đăng ký doanh nghiệp"),
               "0263 3822 420"),
    ),
)

SO_Y_TE = Profile(
    code="syt",
    leadership_unit="Ban Giám đốc Sở",
    address="Số 4 Pasteur, phường Xuân Lạc, tỉnh Lâm Viên",
    functions=(
        "<p>Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản "
        "lý nhà nước về y tế dự phòng; khám bệnh, chữa bệnh; phục hồi chức năng; giám định y khoa; y dược cổ "
        "truyền; dược, mỹ phẩm; an toàn thực phẩm; trang thiết bị y tế; dân số; bảo hiểm y tế; bảo trợ xã hội "
        "và trẻ em.</p>"
        "<h3>Nhiệm vụ, quyền hạn chủ yếu</h3>"
        "<ul>"
        "<li>Cấp, thu hồi giấy phép hành nghề, giấy phép hoạt động khám bệnh, chữa bệnh theo phân cấp;</li>"
        "<li>Cấp chứng chỉ hành nghề dược, giấy chứng nhận đủ điều kiện kinh doanh dược;</li>"
        "<li>Chỉ đạo phòng, chống dịch bệnh và bảo đảm an toàn thực phẩm trên địa bàn tỉnh.</li>"
        "</ul>"
    ),
    history=(
        "<p>Ty Y tế tỉnh được thành lập năm 1955 và đổi tên thành Sở Y tế năm 1976. Từ ngày 01/3/2025, Sở tiếp "
        "nhận thêm chức năng bảo trợ xã hội, trẻ em và phòng, chống tệ nạn xã hội.</p>"
    ),
    units=(
        Unit("Văn phòng Sở", "Tham mưu tổng hợp, hành chính, quản trị, thi đua khen thưởng.", "Chánh Văn phòng",
             "Tôn Nữ Thảo Vy", "0263 3822 116"),
        Unit("Thanh tra Sở", "Thanh tra hành chính và chuyên ngành y tế.", "Chánh Thanh tra", "Dương Văn Hải",
             "0263 3822 117"),
        Unit("Phòng Nghiệp vụ Y", "Quản lý khám bệnh, chữa bệnh, y tế dự phòng, giám định y khoa.",
             "Trưởng phòng", "Võ Thị Kim Oanh", "0263 3822 118", staff=(("Âu Dương Khang", "Chuyên viên"),)),
        Unit("Phòng Nghiệp vụ Dược", "Quản lý dược, mỹ phẩm, trang thiết bị y tế.", "Trưởng phòng",
             "Huỳnh Văn Nghĩa", "0263 3822 119"),
        Unit("Chi cục Dân số", "Quản lý công tác dân số, sức khỏe sinh sản.", "Chi cục trưởng",
             "Trương Thị Lệ Thu", "0263 3822 125", "Số 6 Pasteur, phường Xuân Lạc, tỉnh Lâm Viên"),
        Unit("Chi cục An toàn vệ sinh thực phẩm", "Quản lý an toàn thực phẩm thuộc phạm vi ngành y tế.",
             "Chi cục trưởng", "Lạc Văn Toàn", "0263 3822 126", "Số 6 Pasteur, phường Xuân Lạc, tỉnh Lâm Viên"),
    ),
    leaders=(
        Leader("Phạm Thị Thu Hà", "Giám đốc Sở",
               _bio(1973, "phường Xuân Lạc, tỉnh Lâm Viên", "Bác sĩ chuyên khoa II Nội khoa; Cao cấp lý luận chính trị",
                    ["1998–2014: bác sĩ, Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh",
                     "2014–2021: Giám đốc Bệnh viện Đa khoa tỉnh", "Từ 2021: Giám đốc Sở Y tế"]),
               _duties("Lãnh đạo, quản lý toàn diện hoạt động của Sở", "Trực tiếp phụ trách tổ chức cán bộ, "
                       "tài chính, thanh tra"),
               "0263 3822 115"),
        Leader("Khổng Minh Đức", "Phó Giám đốc Sở",
               _bio(1977, "xã Tân Phú, tỉnh Lâm Viên", "Dược sĩ chuyên khoa I",
                    ["2002–2016: Phòng Nghiệp vụ Dược", "Từ 2016: Phó Giám đốc Sở"]),
               _duties("Phụ trách dược, mỹ phẩm, trang thiết bị y tế, an toàn thực phẩm"),
               "0263 3822 120"),
    ),
)

PROVINCE = Profile(
    code="ubnd",
    leadership_unit="Lãnh đạo Ủy ban nhân dân tỉnh",
    address="Số 1 Trần Hưng Đạo, phường Hòa Bình, tỉnh Lâm Viên",
    functions=(
        "<p>Ủy ban nhân dân tỉnh do Hội đồng nhân dân tỉnh bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ "
        "quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân "
        "tỉnh và cơ quan hành chính nhà nước cấp trên.</p>"
        "<h3>Nhiệm vụ, quyền hạn chủ yếu</h3>"
        "<ul>"
        "<li>Xây dựng, trình Hội đồng nhân dân tỉnh quyết định kế hoạch phát triển kinh tế - xã hội, dự toán "
        "ngân sách; tổ chức thực hiện các nghị quyết của Hội đồng nhân dân tỉnh;</li>"
        "<li>Quy định tổ chức bộ máy và nhiệm vụ, quyền hạn cụ thể của các cơ quan chuyên môn thuộc Ủy ban "
        "nhân dân tỉnh;</li>"
        "<li>Tổ chức thi hành Hiến pháp, pháp luật; bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội.</li>"
        "</ul>"
    ),
    history=(
        "<p>Ủy ban nhân dân tỉnh Lâm Viên được thành lập năm 1976. Từ ngày 01/7/2025, thực hiện mô hình chính "
        "quyền địa phương hai cấp, tỉnh không còn cấp huyện; Ủy ban nhân dân tỉnh trực tiếp chỉ đạo 68 xã, "
        "phường.</p>"
    ),
    units=(
        Unit("Văn phòng Ủy ban nhân dân tỉnh", "Tham mưu tổng hợp, giúp Ủy ban nhân dân tỉnh tổ chức các hoạt "
             "động chung; vận hành Cổng thông tin điện tử và Trung tâm Phục vụ hành chính công tỉnh.",
             "Chánh Văn phòng", "Nguyễn Văn Hùng", "0263 3822 001", "Số 1 Trần Hưng Đạo, phường Hòa Bình",
             staff=(("Kha Thị Mỹ Duyên", "Phó Chánh Văn phòng"),)),
        Unit("Sở Nội vụ", "Tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức; lao động, việc làm.",
             "Giám đốc Sở", "Thái Văn Long", "0263 3822 050", "Số 3 Trần Hưng Đạo, phường Hòa Bình"),
        Unit("Sở Tài chính", "Tài chính, ngân sách, kế hoạch và đầu tư.", "Giám đốc Sở", "Lê Quang Minh",
             "0263 3822 410", "Số 12 Hùng Vương, phường Hòa Bình"),
        Unit("Sở Khoa học và Công nghệ", "Khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số.", "Giám đốc Sở",
             "Trần Thị Mai", "0263 3822 345", "Số 35 Phan Chu Trinh, phường Hòa Bình"),
        Unit("Sở Y tế", "Y tế, dược, an toàn thực phẩm, bảo trợ xã hội.", "Giám đốc Sở", "Phạm Thị Thu Hà",
             "0263 3822 115", "Số 4 Pasteur, phường Xuân Lạc"),
        Unit("Sở Nông nghiệp và Môi trường", "Nông nghiệp, lâm nghiệp, thủy lợi, đất đai, tài nguyên, môi "
             "trường.", "Giám đốc Sở", "Đàm Quốc Việt", "0263 3822 600", "Số 20 Ba Tháng Hai, phường Xuân Lạc"),
        Unit("Sở Xây dựng", "Xây dựng, quy hoạch, nhà ở, giao thông vận tải.", "Giám đốc Sở", "Ông Văn Tâm",
             "0263 3822 700", "Số 15 Hùng Vương, phường Hòa Bình"),
        Unit("Thanh tra tỉnh", "Thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo, phòng, chống tham "
             "nhũng.", "Chánh Thanh tra tỉnh", "Giáp Văn Cường", "0263 3822 090", "Số 5 Trần Hưng Đạo, phường Hòa Bình"),
    ),
    leaders=(
        Leader("Hoàng Minh Khôi", "Chủ tịch Ủy ban nhân dân tỉnh",
               _bio(1970, "phường Xuân Lạc, tỉnh Lâm Viên", "Tiến sĩ Kinh tế; Cao cấp lý luận chính trị",
                    ["2005–2015: Giám đốc Sở Kế hoạch và Đầu tư", "2015–2021: Phó Chủ tịch Ủy ban nhân dân tỉnh",
                     "Từ 2021: Chủ tịch Ủy ban nhân dân tỉnh"]),
               _duties("Lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân dân tỉnh",
                       "Trực tiếp phụ trách nội chính, tổ chức bộ máy, quy hoạch, tài chính"),
               "0263 3822 002"),
        Leader("Đặng Thị Hồng Vân", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh",
               _bio(1975, "xã Tân Phú, tỉnh Lâm Viên", "Thạc sĩ Quản lý công",
                    ["2010–2018: Giám đốc Sở Tài chính", "Từ 2018: Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
               _duties("Phụ trách kinh tế tổng hợp, tài chính, ngân sách, đầu tư, doanh nghiệp",
                       "Phụ trách khoa học, công nghệ và chuyển đổi số"),
               "0263 3822 003"),
        Leader("Lò Văn Thịnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh",
               _bio(1977, "xã Tân Phú, tỉnh Lâm Viên", "Kỹ sư Lâm nghiệp; Thạc sĩ Quản lý tài nguyên",
                    ["2008–2020: Sở Nông nghiệp và Phát triển nông thôn", "Từ 2020: Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
               _duties("Phụ trách nông nghiệp, tài nguyên, môi trường, xây dựng nông thôn mới"),
               "0263 3822 004"),
        Leader("Hứa Thị Ngọc Lan", "Phó Chủ tịch Ủy ban nhân dân tỉnh",
               _bio(1979, "phường Hòa Bình, tỉnh Lâm Viên", "Tiến sĩ Văn hóa học",
                    ["2009–2022: Sở Văn hóa, Thể thao và Du lịch", "Từ 2022: Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
               _duties("Phụ trách văn hóa, xã hội, giáo dục, y tế, du lịch"),
               "0263 3822 005"),
    ),
    locality={
        "geography": (
            "<p>Tỉnh Lâm Viên nằm ở vùng cao nguyên, có diện tích tự nhiên khoảng 9.780 km², dân số khoảng 1,3 "
            "triệu người. Địa hình chủ yếu là cao nguyên và núi, độ cao trung bình 1.000–1.500 m; khí hậu ôn "
            "hòa, mát mẻ quanh năm, nhiệt độ trung bình 18–21 °C.</p>"
            "<h4>Đơn vị hành chính</h4><p>Từ ngày 01/7/2025, tỉnh có 68 đơn vị hành chính cấp xã, gồm 20 phường "
            "và 48 xã.</p>"
        ),
        "local_history": (
            "<p>Vùng đất Lâm Viên được khai phá từ cuối thế kỷ XIX. Năm 1976, tỉnh Lâm Viên được thành lập trên "
            "cơ sở hợp nhất hai tỉnh miền núi, với tỉnh lỵ đặt tại phường Hòa Bình ngày nay.</p>"
        ),
        "culture_heritage": (
            "<p>Tỉnh là nơi sinh sống của hơn 40 dân tộc, với không gian văn hóa cồng chiêng, lễ hội mừng lúa "
            "mới và nghề dệt thổ cẩm truyền thống.</p>"
            "<ul><li>Di tích quốc gia: Nhà thờ Đá Hòa Bình, Khu căn cứ kháng chiến Tân Phú;</li>"
            "<li>Lễ hội hoa Lâm Viên tổ chức hai năm một lần vào tháng Mười Hai.</li></ul>"
        ),
    },
)

PHUONG_HOA_BINH = Profile(
    code="phuonghoabinh",
    leadership_unit="Lãnh đạo Ủy ban nhân dân phường",
    address="Số 2 Lê Lợi, phường Hòa Bình, tỉnh Lâm Viên",
    functions=(
        "<p>Ủy ban nhân dân phường Hòa Bình là cơ quan chấp hành của Hội đồng nhân dân phường, cơ quan hành "
        "chính nhà nước ở địa phương; tổ chức thực hiện pháp luật, quản lý đô thị, trật tự xây dựng, đất đai, "
        "hộ tịch, chứng thực và giải quyết thủ tục hành chính cho người dân, doanh nghiệp trên địa bàn.</p>"
    ),
    history=(
        "<p>Phường Hòa Bình được thành lập ngày 01/7/2025 trên cơ sở sắp xếp toàn bộ diện tích tự nhiên và dân "
        "số của ba phường trung tâm cũ, là trung tâm hành chính, chính trị của tỉnh.</p>"
    ),
    units=(
        Unit("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Tham mưu tổng hợp, tư pháp - hộ tịch, thi đua, "
             "văn thư, lưu trữ.", "Chánh Văn phòng", "Trần Bảo Ngọc", "0263 3821 221",
             "Số 2 Lê Lợi, phường Hòa Bình", staff=(("Phí Thị Hạnh", "Công chức Tư pháp - Hộ tịch"),)),
        Unit("Phòng Kinh tế, Hạ tầng và Đô thị", "Kinh tế, tài chính, xây dựng, đô thị, giao thông, đất đai, "
             "môi trường.", "Trưởng phòng", "Nghiêm Văn Tuấn", "0263 3821 222", "Số 2 Lê Lợi, phường Hòa Bình"),
        Unit("Phòng Văn hóa - Xã hội", "Văn hóa, thể thao, giáo dục, y tế, lao động, người có công, bảo trợ xã "
             "hội.", "Trưởng phòng", "La Thị Ngọc Ánh", "0263 3821 223", "Số 2 Lê Lợi, phường Hòa Bình"),
        Unit("Trung tâm Phục vụ hành chính công phường", "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành "
             "chính; hỗ trợ người dân nộp hồ sơ trực tuyến.", "Giám đốc Trung tâm", "Văn Thị Thùy Dung",
             "0263 3821 230", "Số 4 Lê Lợi, phường Hòa Bình"),
    ),
    leaders=(
        Leader("Đỗ Văn Thành", "Chủ tịch Ủy ban nhân dân phường",
               _bio(1978, "phường Hòa Bình, tỉnh Lâm Viên", "Thạc sĩ Quản lý đô thị",
                    ["2010–2020: Phó Trưởng phòng Quản lý đô thị thành phố", "2020–2025: Phó Chủ tịch UBND thành phố",
                     "Từ 7/2025: Chủ tịch Ủy ban nhân dân phường Hòa Bình"]),
               _duties("Lãnh đạo, điều hành chung; phụ trách tổ chức, nội chính, quy hoạch đô thị"),
               "0263 3821 220"),
        Leader("Sầm Thị Quỳnh", "Phó Chủ tịch Ủy ban nhân dân phường",
               _bio(1983, "phường Hòa Bình, tỉnh Lâm Viên", "Cử nhân Luật",
                    ["2008–2025: công chức Tư pháp - Hộ tịch, Phó Chủ tịch UBND phường cũ",
                     "Từ 7/2025: Phó Chủ tịch Ủy ban nhân dân phường Hòa Bình"]),
               _duties("Phụ trách văn hóa - xã hội, tư pháp, Trung tâm Phục vụ hành chính công"),
               "0263 3821 224"),
    ),
    locality={
        "geography": (
            "<p>Phường Hòa Bình có diện tích tự nhiên 24,6 km², dân số khoảng 72.000 người, gồm 38 tổ dân phố; "
            "phía bắc giáp xã Tân Phú, phía nam giáp phường Xuân Lạc.</p>"
        ),
        "local_history": (
            "<p>Khu vực chợ Hòa Bình hình thành từ những năm 1930, là nơi buôn bán sầm uất nhất của vùng cao "
            "nguyên.</p>"
        ),
        "culture_heritage": (
            "<p>Trên địa bàn phường có Nhà thờ Đá Hòa Bình (di tích quốc gia) và khu phố chợ mang kiến trúc "
            "đầu thế kỷ XX.</p>"
        ),
    },
)

XA_TAN_PHU = Profile(
    code="xatanphu",
    leadership_unit="Lãnh đạo Ủy ban nhân dân xã",
    address="Thôn 3, xã Tân Phú, tỉnh Lâm Viên",
    functions=(
        "<p>Ủy ban nhân dân xã Tân Phú là cơ quan chấp hành của Hội đồng nhân dân xã, cơ quan hành chính nhà "
        "nước ở địa phương; quản lý nông nghiệp, đất đai, xây dựng nông thôn mới, văn hóa, xã hội và giải "
        "quyết thủ tục hành chính cho người dân trên địa bàn.</p>"
    ),
    history=(
        "<p>Xã Tân Phú được thành lập ngày 01/7/2025 trên cơ sở sắp xếp ba xã Tân Phú, Phú Hội và Đạ Sar cũ; "
        "xã Tân Phú cũ được công nhận đạt chuẩn nông thôn mới năm 2019.</p>"
    ),
    units=(
        Unit("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Tham mưu tổng hợp, tư pháp - hộ tịch, văn thư, "
             "lưu trữ.", "Chánh Văn phòng", "K'Brơh Nguyên", "0263 3870 119", "Thôn 3, xã Tân Phú",
             staff=(("Ka Thị Hoa", "Công chức Tư pháp - Hộ tịch"),)),
        Unit("Phòng Kinh tế", "Nông nghiệp, đất đai, môi trường, xây dựng, giao thông, tài chính.", "Trưởng phòng",
             "Bế Văn Hoàn", "0263 3870 120", "Thôn 3, xã Tân Phú"),
        Unit("Phòng Văn hóa - Xã hội", "Văn hóa, giáo dục, y tế, lao động, người có công, dân tộc.",
             "Trưởng phòng", "Nông Thị Xuân", "0263 3870 121", "Thôn 3, xã Tân Phú"),
        Unit("Trung tâm Phục vụ hành chính công xã", "Tiếp nhận hồ sơ, trả kết quả thủ tục hành chính.",
             "Giám đốc Trung tâm", "Y Thị Mai Hương", "0263 3870 125", "Thôn 3, xã Tân Phú"),
    ),
    leaders=(
        Leader("Hoàng Thị Lan", "Chủ tịch Ủy ban nhân dân xã",
               _bio(1980, "xã Tân Phú, tỉnh Lâm Viên", "Kỹ sư Nông học; Trung cấp lý luận chính trị",
                    ["2006–2015: cán bộ khuyến nông xã", "2015–2025: Chủ tịch UBND xã Tân Phú cũ",
                     "Từ 7/2025: Chủ tịch Ủy ban nhân dân xã Tân Phú"]),
               _duties("Lãnh đạo, điều hành chung; phụ trách nội chính, tài chính, đất đai"),
               "0263 3870 118"),
        Leader("Ma Văn Kiên", "Phó Chủ tịch Ủy ban nhân dân xã",
               _bio(1985, "xã Tân Phú, tỉnh Lâm Viên", "Cử nhân Quản lý nhà nước",
                    ["2010–2025: công chức Văn phòng - Thống kê, Phó Chủ tịch UBND xã Phú Hội cũ",
                     "Từ 7/2025: Phó Chủ tịch Ủy ban nhân dân xã Tân Phú"]),
               _duties("Phụ trách kinh tế, nông nghiệp, xây dựng nông thôn mới"),
               "0263 3870 122"),
    ),
    locality={
        "geography": (
            "<p>Xã Tân Phú có diện tích tự nhiên 186 km², dân số khoảng 21.000 người, gồm 14 thôn; địa hình đồi "
            "núi xen thung lũng, thích hợp trồng cà phê, chè và rau, hoa.</p>"
        ),
        "local_history": (
            "<p>Tân Phú là vùng căn cứ kháng chiến, được Nhà nước tặng danh hiệu Anh hùng Lực lượng vũ trang "
            "nhân dân năm 1998.</p>"
        ),
        "culture_heritage": (
            "<p>Đồng bào dân tộc thiểu số chiếm khoảng 40% dân số, giữ gìn lễ hội mừng lúa mới, không gian "
            "cồng chiêng và nghề dệt thổ cẩm; Khu căn cứ kháng chiến Tân Phú là di tích quốc gia.</p>"
        ),
    },
)

PROFILES_BY_SLUG = {
    "so-khcn": SO_KHCN,
    "so-tai-chinh": SO_TAI_CHINH,
    "so-y-te": SO_Y_TE,
    "phuong-hoa-binh": PHUONG_HOA_BINH,
    "xa-tan-phu": XA_TAN_PHU,
}


def _generic_department(portal):
    name = portal.name
    return Profile(
        code=portal.slug.replace("-", ""),
        leadership_unit="Ban Giám đốc",
        address="",
        functions=(
            f"<p>{name} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh "
            "quản lý nhà nước về ngành, lĩnh vực được giao; thực hiện các nhiệm vụ, quyền hạn theo phân cấp, "
            "ủy quyền của Ủy ban nhân dân tỉnh.</p>"
        ),
        history=f"<p>{name} được thành lập năm 1976 và kiện toàn tổ chức bộ máy năm 2025.</p>",
        units=(
            Unit("Văn phòng", "Tham mưu tổng hợp, hành chính, tổ chức cán bộ.", "Chánh Văn phòng",
                 "Nguyễn Thị Thanh Tâm", "0263 3823 001", staff=(("Lê Văn Phúc", "Chuyên viên"),)),
            Unit("Thanh tra", "Thanh tra, giải quyết khiếu nại, tố cáo.", "Chánh Thanh tra", "Trần Văn Bình",
                 "0263 3823 002"),
            Unit("Phòng Kế hoạch - Tài chính", "Kế hoạch, ngân sách, tài sản.", "Trưởng phòng", "Phạm Thị Hoa",
                 "0263 3823 003"),
            Unit("Phòng Quản lý chuyên ngành", "Quản lý nhà nước về lĩnh vực chuyên ngành.", "Trưởng phòng",
                 "Vũ Minh Tuấn", "0263 3823 004"),
        ),
        leaders=(
            Leader("Đinh Quang Hải", "Giám đốc",
                   _bio(1975, "tỉnh Lâm Viên", "Thạc sĩ Quản lý công", ["Từ 2020: Giám đốc"]),
                   _duties("Lãnh đạo, quản lý toàn diện hoạt động của cơ quan"), "0263 3823 000"),
            Leader("Lê Thị Thu", "Phó Giám đốc",
                   _bio(1981, "tỉnh Lâm Viên", "Thạc sĩ Kinh tế", ["Từ 2022: Phó Giám đốc"]),
                   _duties("Phụ trách chuyên môn, nghiệp vụ"), "0263 3823 005"),
        ),
    )


def _generic_commune(portal):
    name = portal.name
    return Profile(
        code=portal.slug.replace("-", ""),
        leadership_unit="Lãnh đạo Ủy ban nhân dân",
        address="",
        functions=(
            f"<p>{name} là cơ quan chấp hành của Hội đồng nhân dân cùng cấp, cơ quan hành chính nhà nước ở địa "
            "phương; tổ chức thi hành pháp luật và giải quyết thủ tục hành chính cho người dân trên địa bàn.</p>"
        ),
        history=f"<p>{name} được tổ chức theo mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025.</p>",
        units=(
            Unit("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Tham mưu tổng hợp, tư pháp - hộ tịch.",
                 "Chánh Văn phòng", "Hà Thị Minh", "0263 3871 001", staff=(("Lục Văn Nam", "Công chức Tư pháp - Hộ tịch"),)),
            Unit("Phòng Kinh tế", "Kinh tế, nông nghiệp, đất đai, xây dựng.", "Trưởng phòng", "Tô Văn Hưng",
                 "0263 3871 002"),
            Unit("Phòng Văn hóa - Xã hội", "Văn hóa, giáo dục, y tế, chính sách xã hội.", "Trưởng phòng",
                 "Mã Thị Liên", "0263 3871 003"),
        ),
        leaders=(
            Leader("Chu Văn Định", "Chủ tịch Ủy ban nhân dân",
                   _bio(1979, "tỉnh Lâm Viên", "Cử nhân Luật", ["Từ 7/2025: Chủ tịch Ủy ban nhân dân"]),
                   _duties("Lãnh đạo, điều hành chung"), "0263 3871 000"),
            Leader("Lăng Thị Hiền", "Phó Chủ tịch Ủy ban nhân dân",
                   _bio(1984, "tỉnh Lâm Viên", "Cử nhân Kinh tế", ["Từ 7/2025: Phó Chủ tịch Ủy ban nhân dân"]),
                   _duties("Phụ trách kinh tế, văn hóa - xã hội"), "0263 3871 004"),
        ),
        locality={
            "geography": f"<p>{name} gồm các thôn, tổ dân phố nằm ở vùng cao nguyên của tỉnh Lâm Viên.</p>",
            "culture_heritage": "<p>Địa phương lưu giữ nhiều lễ hội truyền thống của đồng bào các dân tộc.</p>",
        },
    )


def profile_for(portal):
    """The demo profile of a portal: its own when the demo knows it, else one fitting its kind."""
    if portal.slug in PROFILES_BY_SLUG:
        return PROFILES_BY_SLUG[portal.slug]
    if portal.kind == "province":
        return PROVINCE
    if portal.kind == "department":
        return _generic_department(portal)
    return _generic_commune(portal)


def leaders_of(portal):
    """(name, position) of the head and the first deputy, as the introduction and the directory list them,
    so that every signer of the register can be found in the contacts directory."""
    head, deputy = profile_for(portal).leaders[:2]
    return (head.full_name, head.position), (deputy.full_name, deputy.position)


def seed(portal):
    """Fill the introduction section of `portal`; fields and lists an editor already filled are kept."""
    section = IntroductionPage.objects.child_of(portal.root_page).get(category_key="intro")
    profile = profile_for(portal)
    changed = False
    values = {"functions": profile.functions, "history": profile.history, **profile.locality}
    for name, value in values.items():
        if value and not getattr(section, name):
            setattr(section, name, value)
            changed = True
    if not section.units.exists():
        section.units = [
            OrganisationUnit(
                name=unit.name, function=unit.function, head=f"{unit.head_title} {unit.head_name}",
                phone=unit.phone, email=official_email(unit.head_name, profile.code),
                address=unit.address or profile.address, sort_order=index,
            )
            for index, unit in enumerate(profile.units)
        ]
        changed = True
    if not section.leaders.exists():
        section.leaders = [
            LeaderProfile(
                full_name=leader.full_name, position=leader.position, biography=leader.biography,
                duties=leader.duties, phone=leader.phone, email=official_email(leader.full_name, profile.code),
                sort_order=index,
            )
            for index, leader in enumerate(profile.leaders)
        ]
        changed = True
    if changed:
        section.save_revision().publish()
    return section
