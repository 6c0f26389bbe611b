"""Demo legal documents: the shared catalogues (types, issuers, fields) and at least twelve documents in
every portal's register, dated relative to the current year, with expired, replaced and not-yet-in-force
documents among them."""

import datetime
import unicodedata
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from component_portals.models import ComponentPortal, PortalKind
from decree.documents import DocumentType, Issuer, LegalDocumentIndexPage, LegalDocumentPage, LegalField

from .intro import leaders_of
from .pdf import pdf_document

DOCUMENT_TYPES = (
    # (name, abbreviation, sort order)
    ("Luật", "", 10),
    ("Nghị định", "NĐ", 20),
    ("Nghị quyết", "NQ", 30),
    ("Quyết định", "QĐ", 40),
    ("Chỉ thị", "CT", 50),
    ("Thông tư", "TT", 60),
    ("Kế hoạch", "KH", 70),
    ("Hướng dẫn", "HD", 80),
    ("Công văn", "", 90),
    ("Thông báo", "TB", 100),
    ("Báo cáo", "BC", 110),
)

LEGAL_FIELDS = (
    "An ninh, trật tự",
    "Cải cách hành chính",
    "Đất đai",
    "Giáo dục, đào tạo",
    "Khoa học, công nghệ",
    "Nông nghiệp, nông thôn",
    "Tài chính",
    "Tài nguyên, môi trường",
    "Thông tin, truyền thông",
    "Tổ chức bộ máy",
    "Văn hóa, xã hội",
    "Xây dựng",
    "Y tế",
)

SELF, PROVINCE, COUNCIL = "self", "province", "council"


@dataclass
class DocumentSpec:
    slug: str
    type: str
    number: str
    issuer: str  # SELF, PROVINCE (the provincial people's committee) or COUNCIL (the provincial people's council)
    signer: str  # "head", "deputy" or a name
    subject: str  # what follows "<type> số <number>" in the title, starting in lower case
    issue_date: datetime.date
    effective_date: datetime.date = None  # defaults to the issue date
    expiry_date: datetime.date = None
    fields: tuple = ()
    detail: str = ""
    replaces: tuple = ()  # slugs of documents of the same register
    related: tuple = ()


@dataclass
class Agency:
    name: str
    code: str
    locality: str
    head: tuple  # (name, position)
    deputy: tuple
    province_name: str
    council_name: str
    province_head: tuple
    province_deputy: tuple
    council_head: tuple = ("Trần Quốc Bảo", "Chủ tịch HĐND tỉnh")
    extra: dict = field(default_factory=dict)


def _without_marks(text):
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def agency_code(portal):
    """The issuer part of a symbol: "UBND" for people's committees, else the initials of the agency's name
    without diacritics ("Sở Khoa học và Công nghệ" -> "SKHCN")."""
    if portal.name.startswith("Ủy ban nhân dân"):
        return "UBND"
    return "".join(word[0].upper() for word in _without_marks(portal.name).split() if word.lower() != "va")


def _province_of(portal):
    if portal.kind == PortalKind.PROVINCE:
        return portal
    return portal.parent if portal.parent_id else ComponentPortal.objects.filter(kind=PortalKind.PROVINCE).first()


def agency_for(portal):
    province = _province_of(portal) or portal
    province_name = province.name
    locality = province_name.replace("Ủy ban nhân dân ", "")
    if portal.name.startswith("Ủy ban nhân dân "):
        locality = portal.name.replace("Ủy ban nhân dân ", "")
    head, deputy = leaders_of(portal)
    province_head, province_deputy = leaders_of(province)
    return Agency(
        name=portal.name,
        code=agency_code(portal),
        locality=locality,
        head=head,
        deputy=deputy,
        province_name=province_name,
        council_name=province_name.replace("Ủy ban nhân dân", "Hội đồng nhân dân"),
        province_head=province_head,
        province_deputy=province_deputy,
    )


def _d(year, month, day):
    return datetime.date(year, month, day)


def province_documents(agency, today):
    y = today.year
    soon = today + datetime.timedelta(days=30)
    return [
        DocumentSpec(
            "quy-che-cong-thong-tin-cu", "Quyết định", f"05/{y - 7}/QĐ-UBND", SELF, "deputy",
            f"ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử {agency.locality}",
            _d(y - 7, 2, 20), _d(y - 7, 3, 5), fields=("Thông tin, truyền thông",),
            detail="Quy định việc tổ chức, quản lý, cung cấp và cập nhật thông tin trên Cổng thông tin điện tử "
            "tỉnh và các trang thông tin thành phần.",
        ),
        DocumentSpec(
            "quy-che-cong-thong-tin", "Quyết định", f"18/{y - 2}/QĐ-UBND", SELF, "deputy",
            f"ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử {agency.locality} và các cổng thông tin "
            "thành phần",
            _d(y - 2, 6, 10), _d(y - 2, 6, 25), fields=("Thông tin, truyền thông", "Cải cách hành chính"),
            detail="Quyết định có hiệu lực kể từ ngày 25/6 và thay thế Quyết định số "
            f"05/{y - 7}/QĐ-UBND; giao Sở Khoa học và Công nghệ theo dõi, đánh giá việc cung cấp thông tin.",
            replaces=("quy-che-cong-thong-tin-cu",),
        ),
        DocumentSpec(
            "bang-gia-dat-giai-doan-truoc", "Quyết định", f"22/{y - 7}/QĐ-UBND", SELF, "head",
            f"ban hành Bảng giá các loại đất giai đoạn {y - 6}–{y - 2} trên địa bàn {agency.locality}",
            _d(y - 7, 12, 20), _d(y - 6, 1, 1), _d(y - 1, 1, 1), fields=("Đất đai", "Tài chính"),
            detail="Bảng giá đất làm căn cứ tính tiền sử dụng đất, thuế sử dụng đất và phí, lệ phí trong quản lý, "
            "sử dụng đất đai.",
        ),
        DocumentSpec(
            "bang-gia-dat", "Quyết định", f"35/{y - 2}/QĐ-UBND", SELF, "head",
            f"quy định Bảng giá đất áp dụng từ ngày 01/01/{y - 1} trên địa bàn {agency.locality}",
            _d(y - 2, 12, 20), _d(y - 1, 1, 1), fields=("Đất đai", "Tài chính"),
            detail="Bảng giá đất được xây dựng theo Luật Đất đai năm 2024, điều chỉnh giá đất ở tại các tuyến "
            "đường đô thị và khu dân cư nông thôn.",
            replaces=("bang-gia-dat-giai-doan-truoc",),
        ),
        DocumentSpec(
            "muc-chi-khoa-hoc-cong-nghe", "Nghị quyết", f"12/{y - 3}/NQ-HĐND", COUNCIL, "council",
            "quy định định mức xây dựng dự toán đối với nhiệm vụ khoa học và công nghệ có sử dụng ngân sách "
            "nhà nước",
            _d(y - 3, 7, 14), _d(y - 3, 7, 25), fields=("Khoa học, công nghệ", "Tài chính"),
            detail="Áp dụng đối với các đề tài, dự án khoa học và công nghệ cấp tỉnh, cấp cơ sở.",
        ),
        DocumentSpec(
            "chi-thi-phong-chong-dich-mua-mua", "Chỉ thị", "08/CT-UBND", SELF, "deputy",
            "về tăng cường công tác phòng, chống dịch bệnh mùa mưa",
            _d(y - 1, 5, 6), fields=("Y tế",),
            detail="Yêu cầu các sở, ngành và UBND cấp xã chủ động giám sát, phát hiện sớm và xử lý kịp thời ổ "
            "dịch sốt xuất huyết, tay chân miệng.",
        ),
        DocumentSpec(
            "chu-ky-so", "Quyết định", f"30/{y - 4}/QĐ-UBND", SELF, "deputy",
            "ban hành Quy định quản lý, sử dụng chữ ký số, chứng thư số chuyên dùng trong cơ quan nhà nước",
            _d(y - 4, 10, 5), _d(y - 4, 10, 20), fields=("Khoa học, công nghệ", "Thông tin, truyền thông"),
        ),
        DocumentSpec(
            "ke-hoach-chuyen-doi-so", "Kế hoạch", "245/KH-UBND", SELF, "deputy",
            f"chuyển đổi số {agency.locality} năm {y}",
            _d(y, 1, 16), expiry_date=_d(y + 1, 1, 1), fields=("Thông tin, truyền thông", "Khoa học, công nghệ"),
            detail="Mục tiêu 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng; 80% thủ tục hành "
            "chính đủ điều kiện được cung cấp trực tuyến toàn trình.",
            related=("chu-ky-so",),
        ),
        DocumentSpec(
            "danh-muc-thu-tuc-hanh-chinh", "Quyết định", "1520/QĐ-UBND", SELF, "head",
            "công bố danh mục thủ tục hành chính được chuẩn hóa thuộc phạm vi chức năng quản lý của Sở Y tế",
            _d(y - 1, 8, 12), fields=("Cải cách hành chính", "Y tế"),
        ),
        DocumentSpec(
            "tang-cuong-cung-cap-thong-tin", "Công văn", "687/UBND-VX", SELF, "deputy",
            "về việc tăng cường cung cấp thông tin trên Cổng thông tin điện tử tỉnh",
            _d(2013, 4, 8), fields=("Thông tin, truyền thông",),
            detail="Đề nghị các sở, ngành, địa phương cung cấp thông tin về hoạt động chỉ đạo, điều hành cho "
            "Cổng thông tin điện tử tỉnh theo Nghị định số 43/2011/NĐ-CP.",
        ),
        DocumentSpec(
            "phan-cap-tai-san-cong-cu", "Quyết định", f"09/{y - 5}/QĐ-UBND", SELF, "head",
            f"quy định phân cấp quản lý tài sản công tại cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của "
            f"{agency.locality}",
            _d(y - 5, 3, 18), _d(y - 5, 4, 1), fields=("Tài chính",),
        ),
        DocumentSpec(
            "phan-cap-tai-san-cong", "Quyết định", f"27/{y - 2}/QĐ-UBND", SELF, "head",
            "quy định phân cấp thẩm quyền quyết định trong quản lý, sử dụng tài sản công",
            _d(y - 2, 8, 20), _d(y - 2, 9, 1), fields=("Tài chính",),
            detail=f"Thay thế Quyết định số 09/{y - 5}/QĐ-UBND.",
            replaces=("phan-cap-tai-san-cong-cu",),
        ),
        DocumentSpec(
            "ket-luan-lam-viec-so-y-te", "Thông báo", "112/TB-UBND", SELF, "head",
            "kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế về công tác khám bệnh, chữa bệnh",
            _d(y, 3, 9), fields=("Y tế",),
        ),
        DocumentSpec(
            "nong-nghiep-cong-nghe-cao", "Nghị quyết", f"05/{(today - datetime.timedelta(days=10)).year}/NQ-HĐND",
            COUNCIL, "council",
            "quy định chính sách hỗ trợ phát triển nông nghiệp ứng dụng công nghệ cao",
            today - datetime.timedelta(days=10), soon, fields=("Nông nghiệp, nông thôn", "Khoa học, công nghệ"),
            detail="Hỗ trợ lãi suất vay vốn, chi phí chứng nhận và chuyển giao công nghệ cho hợp tác xã, doanh "
            "nghiệp sản xuất nông nghiệp ứng dụng công nghệ cao.",
        ),
    ]


def department_documents(agency, today, slug):
    y = today.year
    a, c = agency.name, agency.code
    soon = today + datetime.timedelta(days=25)
    common = [
        DocumentSpec(
            "quy-che-lam-viec-cu", "Quyết định", f"45/QĐ-{c}", SELF, "head",
            f"ban hành Quy chế làm việc của {a}", _d(y - 6, 3, 10), fields=("Tổ chức bộ máy",),
        ),
        DocumentSpec(
            "quy-che-lam-viec", "Quyết định", f"112/QĐ-{c}", SELF, "head",
            f"ban hành Quy chế làm việc của {a}", _d(y - 2, 4, 2), fields=("Tổ chức bộ máy",),
            detail=f"Quy định nguyên tắc, chế độ trách nhiệm, quan hệ công tác của lãnh đạo {a}; thay thế "
            f"Quyết định số 45/QĐ-{c}.",
            replaces=("quy-che-lam-viec-cu",),
        ),
        DocumentSpec(
            "cai-cach-hanh-chinh-nam-truoc", "Kế hoạch", f"25/KH-{c}", SELF, "deputy",
            f"cải cách hành chính năm {y - 1}", _d(y - 1, 1, 15), expiry_date=_d(y, 1, 1),
            fields=("Cải cách hành chính",),
        ),
        DocumentSpec(
            "cai-cach-hanh-chinh", "Kế hoạch", f"30/KH-{c}", SELF, "deputy",
            f"cải cách hành chính năm {y}", _d(y, 1, 12), expiry_date=_d(y + 1, 1, 1),
            fields=("Cải cách hành chính",),
            detail="Tập trung cải cách thủ tục hành chính, số hóa hồ sơ và nâng cao chỉ số hài lòng của người dân.",
            related=("cai-cach-hanh-chinh-nam-truoc",),
        ),
        DocumentSpec(
            "tai-san-cong", "Quyết định", f"210/QĐ-{c}", SELF, "head",
            f"ban hành Quy chế quản lý, sử dụng tài sản công của {a}", _d(y - 3, 8, 21), fields=("Tài chính",),
        ),
        DocumentSpec(
            "chu-ky-so", "Công văn", f"1456/{c}-VP", SELF, "deputy",
            "về việc triển khai sử dụng chữ ký số trong gửi, nhận văn bản điện tử",
            _d(y - 1, 9, 4), fields=("Thông tin, truyền thông", "Khoa học, công nghệ"),
        ),
        DocumentSpec(
            "lich-tiep-cong-dan", "Thông báo", f"58/TB-{c}", SELF, "head",
            f"lịch tiếp công dân định kỳ của Giám đốc Sở năm {y}", _d(y - 1, 12, 26), _d(y, 1, 1), _d(y + 1, 1, 1),
            fields=("Cải cách hành chính",),
        ),
        DocumentSpec(
            "chuc-nang-nhiem-vu", "Quyết định", f"{18 + len(c)}/{y - 1}/QĐ-UBND", PROVINCE, "province",
            f"quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {a} {agency.locality}",
            _d(y - 1, 3, 28), _d(y - 1, 4, 10), fields=("Tổ chức bộ máy",),
        ),
        DocumentSpec(
            "chuyen-doi-so-nam-sau", "Kế hoạch", f"{95 + len(c)}/KH-{c}", SELF, "deputy",
            f"chuyển đổi số của {a} năm {y + 1}",
            today - datetime.timedelta(days=7), soon, fields=("Thông tin, truyền thông",),
            detail="Kế hoạch có hiệu lực khi Kế hoạch chuyển đổi số của tỉnh được phê duyệt.",
        ),
    ]
    if "khcn" in slug or "khoa-hoc" in slug:
        topical = [
            DocumentSpec(
                "giao-truc-tiep-nhiem-vu-cu", "Quyết định", f"156/QĐ-{c}", SELF, "head",
                "ban hành Quy định xét giao trực tiếp tổ chức, cá nhân chủ trì nhiệm vụ khoa học và công nghệ "
                "cấp tỉnh", _d(y - 4, 5, 10), fields=("Khoa học, công nghệ",),
            ),
            DocumentSpec(
                "giao-truc-tiep-nhiem-vu", "Quyết định", f"98/QĐ-{c}", SELF, "head",
                "ban hành Quy định tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì nhiệm vụ khoa học và công "
                "nghệ cấp tỉnh", _d(y - 1, 4, 15), fields=("Khoa học, công nghệ",),
                replaces=("giao-truc-tiep-nhiem-vu-cu",),
            ),
            DocumentSpec(
                "du-toan-nhiem-vu-khcn", "Hướng dẫn", f"12/HD-{c}", SELF, "deputy",
                "xây dựng dự toán kinh phí nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước",
                _d(y - 2, 2, 19), fields=("Khoa học, công nghệ", "Tài chính"),
            ),
            DocumentSpec(
                "danh-muc-de-tai-dat-hang", "Thông báo", f"77/TB-{c}", SELF, "deputy",
                f"danh mục đề tài khoa học và công nghệ cấp tỉnh đặt hàng năm {y}", _d(y - 1, 10, 6),
                fields=("Khoa học, công nghệ",),
            ),
        ]
    elif "tai-chinh" in slug:
        topical = [
            DocumentSpec(
                "du-toan-ngan-sach", "Công văn", f"2150/{c}-QLNS", SELF, "head",
                f"hướng dẫn xây dựng dự toán ngân sách nhà nước năm {y}", _d(y - 1, 7, 18), fields=("Tài chính",),
            ),
            DocumentSpec(
                "tham-dinh-quyet-toan", "Thông báo", f"145/TB-{c}", SELF, "deputy",
                f"kết quả thẩm định quyết toán ngân sách năm {y - 2}", _d(y - 1, 6, 12), fields=("Tài chính",),
            ),
            DocumentSpec(
                "chuong-trinh-muc-tieu-quoc-gia", "Hướng dẫn", f"05/HD-{c}", SELF, "head",
                "quản lý, sử dụng kinh phí thực hiện các chương trình mục tiêu quốc gia giai đoạn "
                f"{y - 5}–{y - 1}", _d(y - 5, 3, 3), expiry_date=_d(y, 1, 1),
                fields=("Tài chính", "Nông nghiệp, nông thôn"),
            ),
            DocumentSpec(
                "gia-vat-lieu-xay-dung", "Quyết định", f"320/QĐ-{c}", SELF, "deputy",
                f"công bố giá vật liệu xây dựng quý III năm {y - 1}", _d(y - 1, 10, 10),
                fields=("Xây dựng", "Tài chính"),
            ),
        ]
    elif "y-te" in slug:
        topical = [
            DocumentSpec(
                "phong-chong-sot-xuat-huyet", "Kế hoạch", f"88/KH-{c}", SELF, "deputy",
                f"phòng, chống bệnh sốt xuất huyết năm {y - 1}", _d(y - 1, 3, 5), expiry_date=_d(y, 1, 1),
                fields=("Y tế",),
            ),
            DocumentSpec(
                "kham-chua-benh-bhyt", "Công văn", f"1725/{c}-NVY", SELF, "head",
                "về việc tăng cường công tác khám bệnh, chữa bệnh bảo hiểm y tế", _d(y - 1, 8, 11), fields=("Y tế",),
            ),
            DocumentSpec(
                "danh-muc-ky-thuat", "Quyết định", f"540/QĐ-{c}", SELF, "head",
                "phê duyệt danh mục kỹ thuật khám bệnh, chữa bệnh thực hiện tại các trung tâm y tế",
                _d(y - 2, 11, 20), fields=("Y tế",),
            ),
            DocumentSpec(
                "tiem-chung-mo-rong", "Hướng dẫn", f"07/HD-{c}", SELF, "deputy",
                f"triển khai tiêm chủng mở rộng năm {y}", _d(y, 1, 20), fields=("Y tế",),
            ),
        ]
    else:
        topical = [
            DocumentSpec(
                "bao-cao-ket-qua-nam", "Báo cáo", f"310/BC-{c}", SELF, "head",
                f"kết quả thực hiện nhiệm vụ năm {y - 1} và phương hướng năm {y}", _d(y - 1, 12, 15),
                fields=("Cải cách hành chính",),
            ),
            DocumentSpec(
                "thi-dua-khen-thuong", "Quyết định", f"36/QĐ-{c}", SELF, "head",
                f"ban hành Quy chế thi đua, khen thưởng của {a}", _d(y - 3, 2, 14), fields=("Tổ chức bộ máy",),
            ),
            DocumentSpec(
                "ra-soat-thu-tuc", "Công văn", f"822/{c}-VP", SELF, "deputy",
                "về việc rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý", _d(y - 1, 5, 22),
                fields=("Cải cách hành chính",),
            ),
            DocumentSpec(
                "pho-bien-phap-luat", "Kế hoạch", f"14/KH-{c}", SELF, "deputy",
                f"tuyên truyền, phổ biến, giáo dục pháp luật năm {y}", _d(y, 1, 8), expiry_date=_d(y + 1, 1, 1),
                fields=("Văn hóa, xã hội",),
            ),
        ]
    return common + topical


def local_documents(agency, today):
    """A people's committee of a commune, ward or district."""
    y = today.year
    loc = agency.locality
    soon = today + datetime.timedelta(days=20)
    return [
        DocumentSpec(
            "quy-che-lam-viec", "Quyết định", "25/QĐ-UBND", SELF, "head",
            f"ban hành Quy chế làm việc của UBND {loc} nhiệm kỳ {y - 5}–{y}", _d(y - 5, 8, 16),
            fields=("Tổ chức bộ máy",),
        ),
        DocumentSpec(
            "thu-ngan-sach-nam-truoc", "Kế hoạch", "12/KH-UBND", SELF, "head",
            f"thu ngân sách nhà nước trên địa bàn năm {y - 1}", _d(y - 1, 1, 10), expiry_date=_d(y, 1, 1),
            fields=("Tài chính",),
        ),
        DocumentSpec(
            "thu-ngan-sach", "Kế hoạch", "15/KH-UBND", SELF, "head",
            f"thu ngân sách nhà nước trên địa bàn năm {y}", _d(y, 1, 9), expiry_date=_d(y + 1, 1, 1),
            fields=("Tài chính",), related=("thu-ngan-sach-nam-truoc",),
        ),
        DocumentSpec(
            "lich-tiep-cong-dan", "Thông báo", "40/TB-UBND", SELF, "head",
            f"lịch tiếp công dân của Chủ tịch UBND {loc} năm {y}", _d(y - 1, 12, 28), _d(y, 1, 1), _d(y + 1, 1, 1),
            fields=("Cải cách hành chính",),
        ),
        DocumentSpec(
            "ke-hoach-su-dung-dat-nam-truoc", "Quyết định", f"{2100 + len(loc)}/QĐ-UBND", PROVINCE, "province",
            f"phê duyệt kế hoạch sử dụng đất năm {y - 1} của {loc}", _d(y - 1, 2, 20), expiry_date=_d(y, 1, 1),
            fields=("Đất đai",),
        ),
        DocumentSpec(
            "ke-hoach-su-dung-dat", "Quyết định", f"{2300 + len(loc)}/QĐ-UBND", PROVINCE, "province",
            f"phê duyệt kế hoạch sử dụng đất năm {y} của {loc}", _d(y, 2, 18), fields=("Đất đai",),
            related=("ke-hoach-su-dung-dat-nam-truoc",),
        ),
        DocumentSpec(
            "trat-tu-xay-dung-cu", "Quyết định", "30/QĐ-UBND", SELF, "head",
            "ban hành Quy chế phối hợp quản lý trật tự xây dựng trên địa bàn", _d(y - 7, 9, 9), fields=("Xây dựng",),
        ),
        DocumentSpec(
            "trat-tu-xay-dung", "Quyết định", "85/QĐ-UBND", SELF, "head",
            "ban hành Quy chế phối hợp quản lý trật tự xây dựng, trật tự đô thị trên địa bàn", _d(y - 2, 7, 1),
            fields=("Xây dựng", "An ninh, trật tự"), replaces=("trat-tu-xay-dung-cu",),
        ),
        DocumentSpec(
            "phong-chong-tay-chan-mieng", "Công văn", "356/UBND-VP", SELF, "deputy",
            "về việc tăng cường phòng, chống bệnh tay chân miệng tại các cơ sở giáo dục mầm non", _d(y - 1, 4, 14),
            fields=("Y tế", "Giáo dục, đào tạo"),
        ),
        DocumentSpec(
            "ngay-hoi-dai-doan-ket", "Kế hoạch", "20/KH-UBND", SELF, "deputy",
            f"tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {y - 1}", _d(y - 1, 10, 2),
            expiry_date=_d(y - 1, 11, 30), fields=("Văn hóa, xã hội",),
        ),
        DocumentSpec(
            "an-ninh-tet", "Chỉ thị", "02/CT-UBND", SELF, "head",
            "về bảo đảm an ninh, trật tự và an toàn giao thông dịp Tết Nguyên đán", _d(y, 1, 5),
            fields=("An ninh, trật tự",),
        ),
        DocumentSpec(
            "quan-ly-cho", "Quyết định", f"{60 + soon.month}/QĐ-UBND", SELF, "deputy",
            "ban hành Nội quy quản lý chợ trên địa bàn", today - datetime.timedelta(days=5), soon,
            fields=("Văn hóa, xã hội",),
            detail="Nội quy có hiệu lực sau 25 ngày kể từ ngày ký để các hộ kinh doanh chuẩn bị.",
        ),
    ]


def ensure_catalogues():
    types = {}
    for name, abbreviation, order in DOCUMENT_TYPES:
        types[name], _created = DocumentType.objects.get_or_create(
            name=name, defaults={"abbreviation": abbreviation, "sort_order": order}
        )
    fields = {name: LegalField.objects.get_or_create(name=name)[0] for name in LEGAL_FIELDS}
    return types, fields


def specs_for(portal, agency, today):
    if portal.kind == PortalKind.PROVINCE:
        return province_documents(agency, today)
    if portal.kind == PortalKind.DEPARTMENT:
        return department_documents(agency, today, portal.slug)
    return local_documents(agency, today)


def _signer(spec, agency):
    return {
        "head": agency.head,
        "deputy": agency.deputy,
        "province": agency.province_deputy,
        "council": agency.council_head,
    }.get(spec.signer, (spec.signer, ""))


def document_file(portal, document):
    """The document's signed text as a small PDF in the portal's collection, created once."""
    Document = get_document_model()
    filename = f"{document.slug}.pdf"
    existing = Document.objects.filter(collection=portal.collection, title=document.title[:255]).first()
    if existing is not None:
        return existing
    paragraphs = [
        document.issuer.name,
        f"Số: {document.number}. Ngày ban hành: {document.issue_date:%d/%m/%Y}. "
        f"Ngày có hiệu lực: {document.effective_date:%d/%m/%Y}.",
        document.summary,
        "Điều 1. Ban hành kèm theo văn bản này nội dung như trích yếu trên.",
        "Điều 2. Văn bản có hiệu lực kể từ ngày có hiệu lực ghi trên.",
        "Điều 3. Các cơ quan, đơn vị và cá nhân có liên quan chịu trách nhiệm thi hành văn bản này.",
        f"{document.signer_position or 'Người ký'}: {document.signer or '(không ghi)'}",
        "Bản điện tử dùng cho trang thử nghiệm cổng thông tin.",
    ]
    pdf = Document(title=document.title[:255], collection=portal.collection)
    pdf.file.save(filename, ContentFile(pdf_document(document.title, paragraphs)), save=False)
    pdf._set_document_file_metadata()  # size and hash, as the admin upload form sets them
    pdf.file.close()
    pdf.save()
    return pdf


def attach_file(portal, document):
    """Documents without a file get their PDF (repairs demos seeded before documents carried files)."""
    if document.attachments.raw_data:
        return
    document.attachments = [("document", {"document": document_file(portal, document), "title": ""})]
    document.save_revision().publish()


def seed(portal):
    """Fill the portal's register; documents already there (by slug) are left as they are, but get their file."""
    section = LegalDocumentIndexPage.objects.child_of(portal.root_page).get(category_key="documents")
    types, fields = ensure_catalogues()
    agency = agency_for(portal)
    issuers = {
        SELF: Issuer.objects.get_or_create(name=agency.name)[0],
        PROVINCE: Issuer.objects.get_or_create(name=agency.province_name)[0],
        COUNCIL: Issuer.objects.get_or_create(name=agency.council_name)[0],
    }
    existing = {page.slug: page for page in LegalDocumentPage.objects.child_of(section)}
    today = timezone.localdate()
    for spec in specs_for(portal, agency, today):
        if spec.slug in existing:
            attach_file(portal, existing[spec.slug])
            continue
        # Early in January a few documents of the current year would be dated in the future: sign them today.
        issue_date = min(spec.issue_date, today)
        signer, position = _signer(spec, agency)
        document = LegalDocumentPage(
            title=f"{spec.type} số {spec.number} {spec.subject}",
            slug=spec.slug,
            number=spec.number,
            document_type=types[spec.type],
            issuer=issuers[spec.issuer],
            signer=signer,
            signer_position=position,
            issue_date=issue_date,
            effective_date=max(spec.effective_date or spec.issue_date, issue_date),
            expiry_date=spec.expiry_date,
            summary=spec.subject[0].upper() + spec.subject[1:] + (f". {spec.detail}" if spec.detail else "."),
            locale=section.locale,
        )
        document.legal_fields = [fields[name] for name in spec.fields]
        document.replaces = [existing[slug] for slug in spec.replaces if slug in existing]
        document.related_documents = [existing[slug] for slug in spec.related if slug in existing]
        section.add_child(instance=document)
        document.attachments = [("document", {"document": document_file(portal, document), "title": ""})]
        document.save_revision().publish()
        existing[spec.slug] = document
    return section
