"""English text of the demo's translated pages: the home, introduction, contacts and online services pages of
the provincial portal and of the Department of Science and Technology (so-khcn).

`english(text)` answers the English of one segment that wagtail-localize extracted from a Vietnamese page:
an exact entry of ENGLISH, or a composition of entries (a unit head is a title and a name, a biography line
is a pattern), or the text itself when it needs no translation (names of people, phone numbers, codes).
Anything else raises KeyError, so that new demo text cannot silently stay Vietnamese on an English page.
"""

import re

from .intro import PROFILES_BY_SLUG, PROVINCE

# Names of people stay as they are, with their diacritics.
PERSON_NAMES = frozenset(
    name
    for profile in (PROVINCE, *PROFILES_BY_SLUG.values())
    for name in (
        *(leader.full_name for leader in profile.leaders),
        *(unit.head_name for unit in profile.units),
        *(person for unit in profile.units for person, _position in unit.staff),
    )
)

PLACES = {
    "xã Tân Phú, tỉnh Lâm Viên": "Tan Phu Commune, Lam Vien Province",
    "phường Hòa Bình, tỉnh Lâm Viên": "Hoa Binh Ward, Lam Vien Province",
    "phường Xuân Lạc, tỉnh Lâm Viên": "Xuan Lac Ward, Lam Vien Province",
}

ENGLISH = {
    # Portals and agencies
    "Ủy ban nhân dân tỉnh Lâm Viên": "Lam Vien Provincial People's Committee",
    "Sở Khoa học và Công nghệ": "Department of Science and Technology",
    "Sở Nội vụ": "Department of Home Affairs",
    "Sở Tài chính": "Department of Finance",
    "Sở Y tế": "Department of Health",
    "Sở Nông nghiệp và Môi trường": "Department of Agriculture and Environment",
    "Sở Xây dựng": "Department of Construction",
    "Thanh tra tỉnh": "Provincial Inspectorate",
    "Văn phòng Ủy ban nhân dân tỉnh": "Office of the Provincial People's Committee",
    "Cổng thông tin điện tử chính thức của Ủy ban nhân dân tỉnh Lâm Viên: thông tin chỉ đạo, điều hành, văn bản "
    "pháp luật và dịch vụ công trực tuyến của tỉnh.":
        "The official web portal of the Lam Vien Provincial People's Committee: the province's direction and "
        "administration, legal documents and online public services.",
    "Sở Khoa học và Công nghệ tham mưu cho UBND tỉnh về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
    "số; theo dõi, đánh giá chất lượng thông tin trên các cổng thông tin thành phần.":
        "The Department of Science and Technology advises the Provincial People's Committee on science, "
        "technology, innovation and digital transformation, and monitors and evaluates the quality of the "
        "information on the component portals.",
    # Sections
    "Giới thiệu": "Introduction",
    "Chức năng, nhiệm vụ, cơ cấu tổ chức, quá trình hình thành và lãnh đạo của cơ quan.":
        "The agency's functions and duties, organisation, history and leadership.",
    "Danh bạ, liên hệ": "Contacts",
    "Danh bạ thư điện tử của cán bộ có thẩm quyền và thông tin liên hệ của cơ quan.":
        "E-mail directory of the competent officials and the agency's contact details.",
    "Dịch vụ công trực tuyến": "Online public services",
    "Danh mục thủ tục hành chính và dịch vụ công trực tuyến theo lĩnh vực.":
        "Catalogue of administrative procedures and online public services by sector.",
    "Nhiệm vụ, quyền hạn chủ yếu": "Main duties and powers",
    # Provincial introduction
    "Ủy ban nhân dân tỉnh do Hội đồng nhân dân tỉnh bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan "
    "hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân tỉnh và "
    "cơ quan hành chính nhà nước cấp trên.":
        "The Provincial People's Committee is elected by the Provincial People's Council. It is the executive "
        "body of the People's Council and the local organ of state administration, accountable to the local "
        "people, the Provincial People's Council and the state administrative bodies above it.",
    "Xây dựng, trình Hội đồng nhân dân tỉnh quyết định kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách; "
    "tổ chức thực hiện các nghị quyết của Hội đồng nhân dân tỉnh;":
        "Drafting the socio-economic development plan and the budget estimate for decision by the Provincial "
        "People's Council, and implementing the Council's resolutions;",
    "Quy định tổ chức bộ máy và nhiệm vụ, quyền hạn cụ thể của các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh;":
        "Setting the organisation, duties and powers of the specialised agencies of the Provincial People's "
        "Committee;",
    "Tổ chức thi hành Hiến pháp, pháp luật; bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội.":
        "Enforcing the Constitution and the law; ensuring national defence, security, public order and social "
        "safety.",
    "Ủy ban nhân dân tỉnh Lâm Viên được thành lập năm 1976. Từ ngày 01/7/2025, thực hiện mô hình chính quyền địa "
    "phương hai cấp, tỉnh không còn cấp huyện; Ủy ban nhân dân tỉnh trực tiếp chỉ đạo 68 xã, phường.":
        "The Lam Vien Provincial People's Committee was established in 1976. Since 1 July 2025, under the "
        "two-tier model of local government, the province has no district level; the Provincial People's "
        "Committee directly oversees 68 communes and wards.",
    "Tỉnh Lâm Viên nằm ở vùng cao nguyên, có diện tích tự nhiên khoảng 9.780 km², dân số khoảng 1,3 triệu người. "
    "Địa hình chủ yếu là cao nguyên và núi, độ cao trung bình 1.000–1.500 m; khí hậu ôn hòa, mát mẻ quanh năm, "
    "nhiệt độ trung bình 18–21 °C.":
        "Lam Vien Province lies in the highlands, with a natural area of about 9,780 km² and a population of "
        "about 1.3 million. The terrain is mostly plateau and mountains at an average altitude of 1,000–1,500 m; "
        "the climate is mild and cool all year round, with average temperatures of 18–21 °C.",
    "Đơn vị hành chính": "Administrative units",
    "Từ ngày 01/7/2025, tỉnh có 68 đơn vị hành chính cấp xã, gồm 20 phường và 48 xã.":
        "Since 1 July 2025 the province has 68 commune-level administrative units: 20 wards and 48 communes.",
    "Vùng đất Lâm Viên được khai phá từ cuối thế kỷ XIX. Năm 1976, tỉnh Lâm Viên được thành lập trên cơ sở hợp "
    "nhất hai tỉnh miền núi, với tỉnh lỵ đặt tại phường Hòa Bình ngày nay.":
        "The land of Lam Vien was settled from the late 19th century. In 1976 Lam Vien Province was formed by "
        "merging two mountain provinces, with its capital in today's Hoa Binh Ward.",
    "Tỉnh là nơi sinh sống của hơn 40 dân tộc, với không gian văn hóa cồng chiêng, lễ hội mừng lúa mới và nghề "
    "dệt thổ cẩm truyền thống.":
        "The province is home to more than 40 ethnic groups, with the gong culture space, new rice festivals "
        "and traditional brocade weaving.",
    "Di tích quốc gia: Nhà thờ Đá Hòa Bình, Khu căn cứ kháng chiến Tân Phú;":
        "National monuments: Hoa Binh Stone Church and the Tan Phu resistance base;",
    "Lễ hội hoa Lâm Viên tổ chức hai năm một lần vào tháng Mười Hai.":
        "The Lam Vien Flower Festival is held every two years in December.",
    "Tham mưu tổng hợp, giúp Ủy ban nhân dân tỉnh tổ chức các hoạt động chung; vận hành Cổng thông tin điện tử "
    "và Trung tâm Phục vụ hành chính công tỉnh.":
        "General advisory work and the common activities of the Provincial People's Committee; runs the web "
        "portal and the Provincial Public Administration Service Centre.",
    "Tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức; lao động, việc làm.":
        "Organisation, staffing, officials, civil servants and public employees; labour and employment.",
    "Tài chính, ngân sách, kế hoạch và đầu tư.": "Finance, budget, planning and investment.",
    "Khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số.":
        "Science, technology, innovation and digital transformation.",
    "Y tế, dược, an toàn thực phẩm, bảo trợ xã hội.": "Health, pharmaceuticals, food safety and social protection.",
    "Nông nghiệp, lâm nghiệp, thủy lợi, đất đai, tài nguyên, môi trường.":
        "Agriculture, forestry, irrigation, land, natural resources and the environment.",
    "Xây dựng, quy hoạch, nhà ở, giao thông vận tải.": "Construction, urban planning, housing and transport.",
    "Thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng.":
        "Inspection, receiving citizens, settling complaints and denunciations, and fighting corruption.",
    "Số 1 Trần Hưng Đạo, phường Hòa Bình": "1 Tran Hung Dao Street, Hoa Binh Ward",
    "Số 3 Trần Hưng Đạo, phường Hòa Bình": "3 Tran Hung Dao Street, Hoa Binh Ward",
    "Số 5 Trần Hưng Đạo, phường Hòa Bình": "5 Tran Hung Dao Street, Hoa Binh Ward",
    "Số 12 Hùng Vương, phường Hòa Bình": "12 Hung Vuong Street, Hoa Binh Ward",
    "Số 15 Hùng Vương, phường Hòa Bình": "15 Hung Vuong Street, Hoa Binh Ward",
    "Số 35 Phan Chu Trinh, phường Hòa Bình": "35 Phan Chu Trinh Street, Hoa Binh Ward",
    "Số 4 Pasteur, phường Xuân Lạc": "4 Pasteur Street, Xuan Lac Ward",
    "Số 20 Ba Tháng Hai, phường Xuân Lạc": "20 Ba Thang Hai Street, Xuan Lac Ward",
    "Số 35 Phan Chu Trinh, phường Hòa Bình, tỉnh Lâm Viên": "35 Phan Chu Trinh Street, Hoa Binh Ward, Lam Vien Province",
    "Số 8 Hai Bà Trưng, phường Hòa Bình, tỉnh Lâm Viên": "8 Hai Ba Trung Street, Hoa Binh Ward, Lam Vien Province",
    # Positions and titles
    "Chủ tịch Ủy ban nhân dân tỉnh": "Chairman of the Provincial People's Committee",
    "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh": "Standing Vice Chairwoman of the Provincial People's Committee",
    "Phó Chủ tịch Ủy ban nhân dân tỉnh": "Vice Chairman of the Provincial People's Committee",
    "Chánh Văn phòng": "Chief of Office",
    "Phó Chánh Văn phòng": "Deputy Chief of Office",
    "Chánh Thanh tra": "Chief Inspector",
    "Chánh Thanh tra tỉnh": "Provincial Chief Inspector",
    "Giám đốc Sở": "Director",
    "Phó Giám đốc Sở": "Deputy Director",
    "Giám đốc Trung tâm": "Director of the Centre",
    "Trưởng phòng": "Head of Division",
    "Phó Trưởng phòng": "Deputy Head of Division",
    "Chi cục trưởng": "Head of Sub-department",
    "Chuyên viên": "Officer",
    "Chuyên viên văn thư": "Records officer",
    "Lãnh đạo Ủy ban nhân dân tỉnh": "Leadership of the Provincial People's Committee",
    "Ban Giám đốc Sở": "Board of Directors",
    # Provincial leaders
    "Tiến sĩ Kinh tế": "PhD in Economics",
    "Cao cấp lý luận chính trị": "Advanced Political Theory",
    "Thạc sĩ Quản lý công": "Master of Public Administration",
    "Kỹ sư Lâm nghiệp": "Forestry Engineer",
    "Thạc sĩ Quản lý tài nguyên": "Master of Natural Resource Management",
    "Tiến sĩ Văn hóa học": "PhD in Cultural Studies",
    "Giám đốc Sở Kế hoạch và Đầu tư": "Director of the Department of Planning and Investment",
    "Giám đốc Sở Tài chính": "Director of the Department of Finance",
    "Sở Nông nghiệp và Phát triển nông thôn": "Department of Agriculture and Rural Development",
    "Sở Văn hóa, Thể thao và Du lịch": "Department of Culture, Sports and Tourism",
    "Lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân dân tỉnh":
        "Leads and directs all activities of the Provincial People's Committee",
    "Trực tiếp phụ trách nội chính, tổ chức bộ máy, quy hoạch, tài chính":
        "Directly in charge of internal affairs, organisation, planning and finance",
    "Phụ trách kinh tế tổng hợp, tài chính, ngân sách, đầu tư, doanh nghiệp":
        "In charge of the general economy, finance, budget, investment and enterprises",
    "Phụ trách khoa học, công nghệ và chuyển đổi số": "In charge of science, technology and digital transformation",
    "Phụ trách nông nghiệp, tài nguyên, môi trường, xây dựng nông thôn mới":
        "In charge of agriculture, natural resources, the environment and new rural development",
    "Phụ trách văn hóa, xã hội, giáo dục, y tế, du lịch":
        "In charge of culture, social affairs, education, health and tourism",
    # Department of Science and Technology: introduction
    "Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lâm Viên, tham mưu, giúp Ủy ban "
    "nhân dân tỉnh quản lý nhà nước về hoạt động khoa học và công nghệ, phát triển tiềm lực khoa học và công "
    "nghệ, đổi mới sáng tạo; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; ứng dụng bức xạ và đồng vị phóng "
    "xạ; an toàn bức xạ và hạt nhân; chuyển đổi số; báo chí, xuất bản, bưu chính, viễn thông và công nghệ thông "
    "tin trên địa bàn tỉnh.":
        "The Department of Science and Technology is a specialised agency of the Lam Vien Provincial People's "
        "Committee. It advises and assists the Committee in the state management of science and technology "
        "activities, the development of scientific and technological capacity and innovation; standards, "
        "metrology and quality; intellectual property; the use of radiation and radioisotopes; radiation and "
        "nuclear safety; digital transformation; and the press, publishing, postal services, telecommunications "
        "and information technology in the province.",
    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và "
    "công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, "
    "nghiệp vụ của Bộ Khoa học và Công nghệ.":
        "The Department is a legal entity with its own seal and accounts. Its organisation, staffing and work are "
        "directed and managed by the Provincial People's Committee, while the Ministry of Science and Technology "
        "directs, guides, inspects and checks its professional work.",
    "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và "
    "chuyển đổi số của tỉnh;":
        "Submitting to the Provincial People's Committee draft decisions and plans for the development of "
        "science, technology, innovation and digital transformation in the province;",
    "Tổ chức tuyển chọn, giao trực tiếp, kiểm tra, đánh giá, nghiệm thu các nhiệm vụ khoa học và công nghệ cấp "
    "tỉnh;":
        "Selecting, assigning, monitoring, evaluating and accepting provincial science and technology projects;",
    "Cấp, sửa đổi, bổ sung, gia hạn, thu hồi giấy phép, giấy chứng nhận thuộc phạm vi quản lý;":
        "Issuing, amending, extending and revoking the licences and certificates within its remit;",
    "Theo dõi, đánh giá chất lượng thông tin trên Cổng thông tin điện tử tỉnh và các cổng thông tin thành phần;":
        "Monitoring and evaluating the quality of the information on the provincial web portal and the "
        "component portals;",
    "Thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng theo quy định.":
        "Inspecting, settling complaints and denunciations, and fighting corruption as the law provides.",
    "Tiền thân của Sở là Ban Khoa học và Kỹ thuật tỉnh, thành lập năm 1979. Năm 1993, Ban được tổ chức lại thành "
    "Sở Khoa học, Công nghệ và Môi trường; năm 2003 tách thành Sở Khoa học và Công nghệ.":
        "The Department grew out of the Provincial Science and Technology Board, founded in 1979. In 1993 the "
        "Board became the Department of Science, Technology and Environment, which in 2003 was split off as the "
        "Department of Science and Technology.",
    "Thực hiện chủ trương sắp xếp tổ chức bộ máy, từ ngày 01/3/2025 Sở Khoa học và Công nghệ được tổ chức lại "
    "trên cơ sở hợp nhất với Sở Thông tin và Truyền thông, tiếp nhận thêm chức năng quản lý nhà nước về chuyển "
    "đổi số, báo chí, xuất bản, bưu chính và viễn thông.":
        "As part of the reorganisation of the state apparatus, on 1 March 2025 the Department of Science and "
        "Technology merged with the Department of Information and Communications and took over the state "
        "management of digital transformation, the press, publishing, postal services and telecommunications.",
    "Văn phòng Sở": "Department Office",
    "Tham mưu tổng hợp, hành chính, tổ chức cán bộ, thi đua khen thưởng, quản trị tài sản và bảo đảm điều kiện "
    "hoạt động của Sở.":
        "General advisory work, administration, personnel, emulation and awards, asset management and the "
        "Department's working conditions.",
    "Thanh tra Sở": "Department Inspectorate",
    "Thanh tra hành chính, thanh tra chuyên ngành khoa học và công nghệ, thông tin và truyền thông; tiếp công "
    "dân, giải quyết khiếu nại, tố cáo.":
        "Administrative inspection and specialised inspection of science and technology, information and "
        "communications; receiving citizens and settling complaints and denunciations.",
    "Phòng Kế hoạch - Tài chính": "Planning and Finance Division",
    "Lập kế hoạch, dự toán ngân sách khoa học và công nghệ; quản lý tài chính, đầu tư phát triển tiềm lực.":
        "Planning and budgeting for science and technology; financial management and capacity investment.",
    "Phòng Quản lý khoa học": "Science Management Division",
    "Quản lý các nhiệm vụ khoa học và công nghệ cấp tỉnh; đăng ký hoạt động khoa học và công nghệ; thông tin, "
    "thống kê khoa học và công nghệ.":
        "Management of provincial science and technology projects; registration of science and technology "
        "activities; science and technology information and statistics.",
    "Phòng Quản lý công nghệ và Đổi mới sáng tạo": "Technology Management and Innovation Division",
    "Chuyển giao công nghệ, sở hữu trí tuệ, an toàn bức xạ và hạt nhân; hỗ trợ hệ sinh thái khởi nghiệp đổi mới "
    "sáng tạo.":
        "Technology transfer, intellectual property, radiation and nuclear safety; support for the innovative "
        "start-up ecosystem.",
    "Phòng Chuyển đổi số": "Digital Transformation Division",
    "Tham mưu xây dựng chính quyền số, kinh tế số, xã hội số; quản lý hạ tầng số, an toàn thông tin và các hệ "
    "thống thông tin dùng chung của tỉnh.":
        "Advice on digital government, the digital economy and the digital society; management of the digital "
        "infrastructure, information security and the province's shared information systems.",
    "Phòng Báo chí, Xuất bản, Bưu chính và Viễn thông": "Press, Publishing, Postal Services and Telecommunications Division",
    "Quản lý nhà nước về báo chí, xuất bản, in, phát hành, bưu chính, viễn thông và thông tin cơ sở.":
        "State management of the press, publishing, printing, distribution, postal services, telecommunications "
        "and grassroots information.",
    "Chi cục Tiêu chuẩn Đo lường Chất lượng": "Sub-department of Standards, Metrology and Quality",
    "Quản lý tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa; năng suất chất lượng; mã số, mã vạch.":
        "Standards, metrology and the quality of products and goods; productivity and quality; barcodes.",
    "Trung tâm Công nghệ thông tin và Truyền thông": "Information and Communication Technology Centre",
    "Vận hành Cổng thông tin điện tử tỉnh, trung tâm dữ liệu; hỗ trợ chuyển đổi số cho các cơ quan, địa phương.":
        "Runs the provincial web portal and the data centre; supports agencies and localities in their digital "
        "transformation.",
    "Tiến sĩ Sinh học": "PhD in Biology",
    "Thạc sĩ Kỹ thuật điện tử": "Master of Electronic Engineering",
    "Thạc sĩ Quản lý khoa học và công nghệ": "Master of Science and Technology Management",
    "chuyên viên, Phó Trưởng phòng Quản lý khoa học": "officer, then Deputy Head of the Science Management Division",
    "Phó Giám đốc Sở Thông tin và Truyền thông": "Deputy Director of the Department of Information and Communications",
    "Giám đốc Sở Khoa học và Công nghệ": "Director of the Department of Science and Technology",
    "chuyên viên, Trưởng phòng Quản lý công nghệ": "officer, then Head of the Technology Management Division",
    "Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng":
        "Head of the Sub-department of Standards, Metrology and Quality",
    "Lãnh đạo, quản lý toàn diện hoạt động của Sở": "Leads and manages all activities of the Department",
    "Trực tiếp phụ trách công tác tổ chức cán bộ, kế hoạch - tài chính, thanh tra":
        "Directly in charge of personnel, planning and finance, and inspection",
    "Chủ tịch Hội đồng khoa học và công nghệ tỉnh": "Chair of the Provincial Science and Technology Council",
    "Phụ trách lĩnh vực chuyển đổi số, bưu chính, viễn thông, báo chí, xuất bản":
        "In charge of digital transformation, postal services, telecommunications, the press and publishing",
    "Phụ trách Trung tâm Công nghệ thông tin và Truyền thông":
        "In charge of the Information and Communication Technology Centre",
    "Trưởng Ban biên tập Cổng thông tin điện tử của Sở": "Head of the editorial board of the Department's web portal",
    "Phụ trách quản lý khoa học, công nghệ, đổi mới sáng tạo, sở hữu trí tuệ":
        "In charge of science management, technology, innovation and intellectual property",
    "Phụ trách tiêu chuẩn, đo lường, chất lượng, an toàn bức xạ":
        "In charge of standards, metrology, quality and radiation safety",
    # Online public services: the province's
    "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh": "Certificate of Merit of the Chairman of the Provincial People's Committee",
    "Thi đua, khen thưởng": "Emulation and awards",
    "Khen thưởng tập thể, cá nhân có thành tích xuất sắc.": "Awards for groups and individuals with outstanding achievements.",
    "Công nhận xã đạt chuẩn nông thôn mới": "Recognition of a commune as meeting the new rural standards",
    "Phát triển nông thôn": "Rural development",
    "Ủy ban nhân dân tỉnh xét, công nhận xã đạt chuẩn nông thôn mới.":
        "The Provincial People's Committee reviews and recognises communes that meet the new rural standards.",
    "Tiếp công dân tại cấp tỉnh": "Receiving citizens at provincial level",
    "Tiếp công dân": "Receiving citizens",
    "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh tại Ban Tiếp công dân tỉnh.":
        "Citizens present complaints, denunciations, petitions and feedback at the Provincial Citizen Reception "
        "Board.",
    "Giải quyết khiếu nại lần đầu tại cấp tỉnh": "First-instance settlement of complaints at provincial level",
    "Giải quyết khiếu nại": "Settlement of complaints",
    "Khiếu nại quyết định hành chính, hành vi hành chính của Chủ tịch Ủy ban nhân dân tỉnh.":
        "Complaints about administrative decisions and acts of the Chairman of the Provincial People's Committee.",
    "Không": "None",
    "Trong ngày": "Same day",
    "20 ngày làm việc": "20 working days",
    "30 ngày": "30 days",
    "30 ngày, vụ việc phức tạp không quá 45 ngày": "30 days; no more than 45 days for complex cases",
    # Online public services: the Department of Science and Technology's
    "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ":
        "Certificate of registration of science and technology activities",
    "Hoạt động khoa học và công nghệ": "Science and technology activities",
    "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ": "15 working days from receipt of a complete, valid application",
    "Dành cho tổ chức khoa học và công nghệ đăng ký hoạt động lần đầu tại tỉnh.":
        "For science and technology organisations registering their activities in the province for the first time.",
    "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước":
        "Registration of the results of science and technology projects not funded by the state budget",
    "10 ngày làm việc": "10 working days",
    "Tổ chức, cá nhân đăng ký kết quả nhiệm vụ khoa học và công nghệ tự đầu tư.":
        "Organisations and individuals register the results of self-funded science and technology projects.",
    "Cấp Giấy chứng nhận đăng ký hợp đồng chuyển giao công nghệ":
        "Certificate of registration of a technology transfer contract",
    "Chuyển giao công nghệ": "Technology transfer",
    "07 ngày làm việc": "7 working days",
    "Phí thẩm định: 0,1% tổng giá trị hợp đồng, tối thiểu 5.000.000 đồng, tối đa 10.000.000 đồng":
        "Appraisal fee: 0.1% of the total contract value, at least VND 5,000,000 and at most VND 10,000,000",
    "Đăng ký hợp đồng chuyển giao công nghệ thuộc trường hợp phải đăng ký.":
        "Registration of technology transfer contracts that must be registered.",
    "Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế":
        "Licence for radiation work: use of diagnostic X-ray equipment in health care",
    "An toàn bức xạ và hạt nhân": "Radiation and nuclear safety",
    "15 ngày làm việc": "15 working days",
    "Theo biểu phí thẩm định an toàn bức xạ": "According to the radiation safety appraisal fee schedule",
    "Cơ sở y tế sử dụng thiết bị X-quang chẩn đoán đề nghị cấp giấy phép.":
        "Health facilities using diagnostic X-ray equipment apply for a licence.",
    "Đăng ký công bố hợp quy đối với sản phẩm, hàng hóa nhóm 2":
        "Registration of declarations of conformity for group 2 products and goods",
    "Tiêu chuẩn, đo lường, chất lượng": "Standards, metrology and quality",
    "05 ngày làm việc": "5 working days",
    "150.000 đồng/giấy tiếp nhận": "VND 150,000 per acknowledgement",
    "Tổ chức, cá nhân sản xuất, kinh doanh công bố sản phẩm phù hợp quy chuẩn kỹ thuật.":
        "Producers and traders declare that their products conform to technical regulations.",
    "Cấp giấy phép bưu chính": "Postal licence",
    "Bưu chính": "Postal services",
    "Phí thẩm định: 10.000.000 đồng/hồ sơ": "Appraisal fee: VND 10,000,000 per application",
    "Doanh nghiệp đề nghị cấp giấy phép cung ứng dịch vụ bưu chính trong phạm vi nội tỉnh.":
        "Enterprises apply for a licence to provide postal services within the province.",
    "Cấp giấy phép xuất bản bản tin": "Licence to publish a newsletter",
    "Xuất bản, in và phát hành": "Publishing, printing and distribution",
    "15 ngày": "15 days",
    "Cơ quan, tổ chức trên địa bàn tỉnh đề nghị cấp phép xuất bản bản tin.":
        "Agencies and organisations in the province apply for a licence to publish a newsletter.",
}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

BORN_PATTERN = re.compile(r"^Sinh năm (?P<year>\d{4}); quê quán: (?P<place>.+)\.$")
EDUCATION_PATTERN = re.compile(r"^Trình độ chuyên môn: (?P<degrees>.+)\.$")
CAREER_PATTERN = re.compile(r"^(?:(?P<years>\d{4}–\d{4})|Từ (?:(?P<month>\d{1,2})/)?(?P<since>\d{4})): (?P<role>.+)$")
NO_WORDS = re.compile(r"^[\d\s.,:;/+()–-]*$")


def english(text):
    """The English of one segment of a demo page; KeyError when the demo has no English for it."""
    if text in ENGLISH:
        return ENGLISH[text]
    if text in PERSON_NAMES or NO_WORDS.match(text):
        return text
    if match := BORN_PATTERN.match(text):
        return f"Born in {match['year']}; hometown: {PLACES[match['place']]}."
    if match := EDUCATION_PATTERN.match(text):
        return "Qualifications: " + "; ".join(english(degree) for degree in match["degrees"].split("; ")) + "."
    if match := CAREER_PATTERN.match(text):
        if match["years"]:
            period = match["years"]
        elif match["month"]:
            period = f"Since {MONTHS[int(match['month']) - 1]} {match['since']}"
        else:
            period = f"Since {match['since']}"
        return f"{period}: {english(match['role'])}"
    for name in PERSON_NAMES:  # a unit's head: «Chánh Văn phòng Lê Thị Hồng Nhung»
        if text.endswith(f" {name}") and text[: -len(name) - 1] in ENGLISH:
            return f"{ENGLISH[text[: -len(name) - 1]]} {name}"
    raise KeyError(text)
