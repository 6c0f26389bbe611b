"""The mandatory information categories every portal publishes (shared/reference/decree-checklist.md).

This catalogue is the single list the rest of the platform reads: provisioning creates one section per
category, and oversight measures each portal against it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Category:
    key: str
    title: str
    slug: str
    legal_basis: str
    description: str
    section_type: str
    province_only: bool = False

    def applies_to(self, portal_kind):
        return not self.province_only or portal_kind == "province"


CATEGORIES = (
    Category(
        "intro", _("Giới thiệu"), "gioi-thieu", "NĐ 43/2011 Điều 10 k1 a",
        _("Chức năng, nhiệm vụ, cơ cấu tổ chức, quá trình hình thành và lãnh đạo của cơ quan."),
        "decree.IntroductionPage",
    ),
    Category(
        "news", _("Tin tức, sự kiện"), "tin-tuc-su-kien", "NĐ 43/2011 Điều 10 k1 b",
        _("Tin tức, sự kiện về hoạt động của cơ quan và lĩnh vực quản lý."),
        "decree.ArticleIndexPage",
    ),
    Category(
        "direction", _("Chỉ đạo, điều hành"), "chi-dao-dieu-hanh", "NĐ 43/2011 Điều 10 k1 c",
        _("Văn bản chỉ đạo, điều hành; lịch công tác của lãnh đạo; khen thưởng, xử phạt."),
        "decree.DirectionIndexPage",
    ),
    Category(
        "dissemination", _("Tuyên truyền, phổ biến pháp luật"), "pho-bien-phap-luat",
        "NĐ 43/2011 Điều 10 k1 d",
        _("Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách."),
        "decree.ArticleIndexPage",
    ),
    Category(
        "planning", _("Chiến lược, quy hoạch, kế hoạch"), "quy-hoach-ke-hoach", "NĐ 43/2011 Điều 10 k1 đ",
        _("Chiến lược, định hướng, quy hoạch, kế hoạch phát triển."),
        "decree.PlanIndexPage",
    ),
    Category(
        "documents", _("Văn bản quy phạm pháp luật"), "van-ban", "NĐ 43/2011 Điều 10 k1 e",
        _("Hệ thống văn bản quy phạm pháp luật và văn bản quản lý hành chính."),
        "decree.LegalDocumentIndexPage",
    ),
    Category(
        "gazette", _("Công báo điện tử"), "cong-bao", "NĐ 43/2011 Điều 10 k1 e",
        _("Công báo điện tử của tỉnh: số công báo, ngày phát hành và các văn bản đăng tải."),
        "decree.GazetteIndexPage",
        province_only=True,
    ),
    Category(
        "projects", _("Dự án, đầu tư, đấu thầu, mua sắm công"), "du-an-dau-thau", "NĐ 43/2011 Điều 10 k1 i",
        _("Dự án, hạng mục đầu tư, đấu thầu, mua sắm công."),
        "decree.ProjectIndexPage",
    ),
    Category(
        "consultation", _("Lấy ý kiến góp ý"), "lay-y-kien", "NĐ 43/2011 Điều 10 k1 h",
        _("Dự thảo văn bản, chính sách lấy ý kiến góp ý của tổ chức, cá nhân."),
        "decree.ConsultationIndexPage",
    ),
    Category(
        "contacts", _("Danh bạ, liên hệ"), "lien-he", "NĐ 43/2011 Điều 10 k1 k, l",
        _("Danh bạ thư điện tử của cán bộ có thẩm quyền và thông tin liên hệ của cơ quan."),
        "decree.ContactDirectoryPage",
    ),
    Category(
        "science", _("Chương trình, đề tài khoa học"), "de-tai-khoa-hoc", "NĐ 43/2011 Điều 11",
        _("Danh mục chương trình, đề tài khoa học sử dụng ngân sách nhà nước và kết quả nghiệm thu."),
        "decree.ScienceIndexPage",
    ),
    Category(
        "statistics", _("Thông tin thống kê"), "thong-ke", "NĐ 43/2011 Điều 12",
        _("Số liệu thống kê, phương pháp, phân tích và kỳ số liệu."),
        "decree.StatisticsIndexPage",
    ),
    Category(
        "services", _("Dịch vụ công trực tuyến"), "dich-vu-cong", "NĐ 43/2011 Điều 18; NĐ 42/2022",
        _("Danh mục thủ tục hành chính và dịch vụ công trực tuyến theo lĩnh vực."),
        "decree.ServiceCatalogPage",
    ),
    Category(
        "qa", _("Hỏi đáp"), "hoi-dap", "NĐ 43/2011 Điều 15",
        _("Tiếp nhận câu hỏi, phản ánh, kiến nghị của tổ chức, cá nhân và công khai câu trả lời."),
        "decree.QuestionIndexPage",
    ),
    Category(
        "finance", _("Báo cáo tài chính"), "bao-cao-tai-chinh", "NĐ 42/2022 Điều 4",
        _("Báo cáo tài chính năm của cơ quan."),
        "decree.FinancialReportIndexPage",
    ),
)

CATEGORY_BY_KEY = {category.key: category for category in CATEGORIES}


def categories_for(portal_kind):
    return [category for category in CATEGORIES if category.applies_to(portal_kind)]
