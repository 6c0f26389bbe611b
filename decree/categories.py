"""The mandatory information categories every portal publishes (shared/reference/decree-checklist.md).

`legal_basis` cites the decree in force, 42/2022/NĐ-CP (which replaced 43/2011/NĐ-CP on 15/08/2022);
`former_basis` keeps the article of 43/2011 as history.

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
    former_basis: str = ""  # where Decree 43/2011 (replaced on 15/08/2022) required it: history only

    def applies_to(self, portal_kind):
        return not self.province_only or portal_kind == "province"


CATEGORIES = (
    Category(
        "intro", _("Giới thiệu"), "gioi-thieu", "NĐ 42/2022 Điều 4",
        _("Chức năng, nhiệm vụ, cơ cấu tổ chức, quá trình hình thành và lãnh đạo của cơ quan."),
        "decree.IntroductionPage",
        former_basis="NĐ 43/2011 Điều 10 k1 a",
    ),
    Category(
        "news", _("Tin tức, sự kiện"), "tin-tuc-su-kien", "NĐ 42/2022 Điều 4",
        _("Tin tức, sự kiện về hoạt động của cơ quan và lĩnh vực quản lý."),
        "decree.ArticleIndexPage",
        former_basis="NĐ 43/2011 Điều 10 k1 b",
    ),
    Category(
        "direction", _("Chỉ đạo, điều hành"), "chi-dao-dieu-hanh", "NĐ 42/2022 Điều 4",
        _("Văn bản chỉ đạo, điều hành; lịch công tác của lãnh đạo; khen thưởng, xử phạt."),
        "decree.DirectionIndexPage",
        former_basis="NĐ 43/2011 Điều 10 k1 c",
    ),
    Category(
        "dissemination", _("Tuyên truyền, phổ biến pháp luật"), "pho-bien-phap-luat",
        "NĐ 42/2022 Điều 4",
        _("Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách."),
        "decree.ArticleIndexPage",
        former_basis="NĐ 43/2011 Điều 10 k1 d",
    ),
    Category(
        "planning", _("Chiến lược, quy hoạch, kế hoạch"), "quy-hoach-ke-hoach", "NĐ 42/2022 Điều 4",
        _("Chiến lược, định hướng, quy hoạch, kế hoạch phát triển."),
        "decree.PlanIndexPage",
        former_basis="NĐ 43/2011 Điều 10 k1 đ",
    ),
    Category(
        "documents", _("Văn bản quy phạm pháp luật"), "van-ban", "NĐ 42/2022 Điều 4",
        _("Hệ thống văn bản quy phạm pháp luật và văn bản quản lý hành chính."),
        "decree.LegalDocumentIndexPage",
        former_basis="NĐ 43/2011 Điều 10 k1 e",
    ),
    Category(
        "gazette", _("Công báo điện tử"), "cong-bao", "NĐ 42/2022 Điều 4",
        _("Công báo điện tử của tỉnh: số công báo, ngày phát hành và các văn bản đăng tải."),
        "decree.GazetteIndexPage",
        province_only=True,
        former_basis="NĐ 43/2011 Điều 10 k1 e",
    ),
    Category(
        "projects", _("Dự án, đầu tư, đấu thầu, mua sắm công"), "du-an-dau-thau", "NĐ 42/2022 Điều 4",
        _("Dự án, hạng mục đầu tư, đấu thầu, mua sắm công."),
        "decree.ProjectIndexPage",
        former_basis="NĐ 43/2011 Điều 10 k1 i",
    ),
    Category(
        "consultation", _("Lấy ý kiến góp ý"), "lay-y-kien", "NĐ 42/2022 Điều 4",
        _("Dự thảo văn bản, chính sách lấy ý kiến góp ý của tổ chức, cá nhân."),
        "decree.ConsultationIndexPage",
        former_basis="NĐ 43/2011 Điều 10 k1 h",
    ),
    Category(
        "contacts", _("Danh bạ, liên hệ"), "lien-he", "NĐ 42/2022 Điều 4",
        _("Danh bạ thư điện tử của cán bộ có thẩm quyền và thông tin liên hệ của cơ quan."),
        "decree.ContactDirectoryPage",
        former_basis="NĐ 43/2011 Điều 10 k1 k, l",
    ),
    Category(
        "science", _("Chương trình, đề tài khoa học"), "de-tai-khoa-hoc", "NĐ 42/2022 Điều 4",
        _("Danh mục chương trình, đề tài khoa học sử dụng ngân sách nhà nước và kết quả nghiệm thu."),
        "decree.ScienceIndexPage",
        former_basis="NĐ 43/2011 Điều 11",
    ),
    Category(
        "statistics", _("Thông tin thống kê"), "thong-ke", "NĐ 42/2022 Điều 4",
        _("Số liệu thống kê, phương pháp, phân tích và kỳ số liệu."),
        "decree.StatisticsIndexPage",
        former_basis="NĐ 43/2011 Điều 12",
    ),
    Category(
        "services", _("Dịch vụ công trực tuyến"), "dich-vu-cong", "NĐ 42/2022 Điều 4",
        _("Danh mục thủ tục hành chính và dịch vụ công trực tuyến theo lĩnh vực."),
        "decree.ServiceCatalogPage",
        former_basis="NĐ 43/2011 Điều 18",
    ),
    Category(
        "qa", _("Hỏi đáp"), "hoi-dap", "NĐ 42/2022 Điều 4",
        _("Tiếp nhận câu hỏi, phản ánh, kiến nghị của tổ chức, cá nhân và công khai câu trả lời."),
        "decree.QuestionIndexPage",
        former_basis="NĐ 43/2011 Điều 15",
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
