"""The mandatory information categories every portal publishes (shared/reference/decree-checklist.md).

`legal_basis` cites the decree in force, 42/2022/NĐ-CP (which replaced 43/2011/NĐ-CP on 15/08/2022);
`former_basis` keeps the article of 43/2011 as history.

This catalogue is the single list the rest of the platform reads, and the only place to edit to add a
category: provisioning creates one section per category (`section_type`), the main menu shows the sections
with a `menu_position`, and oversight measures each portal against it (`max_age_days`, `deadline_working_days`
as the default freshness rule, `self_contained`, `checks`). tests/decree/test_categories_single_place.py
proves that every page type, menu entry and oversight default matches this list.

Freshness defaults come from shared/reference/decree-checklist.md (Decree 43/2011 Điều 17 and later texts):
"regularly" (thường xuyên) is 30 days for news and direction and 90 days for structural information
(introduction, contacts) reviewed each quarter; deadlines "≤ N working days after the event" bound the
publication lag, which the portal cannot see, so they are kept as `deadline_working_days` and the freshness
expectation is a cadence: a quarter for documents, dissemination, projects, statistics and answers, a
half-year for planning, science and services, 30 days for the gazette (published on issue) and 366 days
for the yearly financial report.
"""

from dataclasses import dataclass

from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class CompletenessCheck:
    """A check beyond counts: `pages` is the dotted path of a function of the decree app returning the pages
    that fail it (any portal); `live_only` ignores the unpublished ones."""

    key: str
    problem: str
    pages: str
    live_only: bool = False

    def failing_pages(self):
        return import_string(self.pages)()


@dataclass(frozen=True)
class Category:
    key: str
    title: str
    slug: str
    legal_basis: str
    description: str
    section_type: str
    max_age_days: int
    deadline_working_days: int | None = None
    province_only: bool = False
    former_basis: str = ""  # where Decree 43/2011 (replaced on 15/08/2022) required it: history only
    # The content lives on the section page itself (inline rows), not in child pages.
    self_contained: bool = False
    # Place in the portal's main menu (Circular 32/2017 Điều 16); None: only under «Chuyên mục khác».
    menu_position: int | None = None
    checks: tuple = ()

    def applies_to(self, portal_kind):
        return not self.province_only or portal_kind == "province"


CATEGORIES = (
    Category(
        "intro", _("Giới thiệu"), "gioi-thieu", "NĐ 42/2022 Điều 4",
        _("Chức năng, nhiệm vụ, cơ cấu tổ chức, quá trình hình thành và lãnh đạo của cơ quan."),
        "decree.IntroductionPage", max_age_days=90,
        former_basis="NĐ 43/2011 Điều 10 k1 a", self_contained=True, menu_position=1,
        checks=(CompletenessCheck("intro_leaders", _("Giới thiệu chưa có tiểu sử lãnh đạo"),
                                  "decree.intro.pages_without_leaders"),),
    ),
    Category(
        "news", _("Tin tức, sự kiện"), "tin-tuc-su-kien", "NĐ 42/2022 Điều 4",
        _("Tin tức, sự kiện về hoạt động của cơ quan và lĩnh vực quản lý."),
        "decree.ArticleIndexPage", max_age_days=30,
        former_basis="NĐ 43/2011 Điều 10 k1 b", menu_position=2,
    ),
    Category(
        "direction", _("Chỉ đạo, điều hành"), "chi-dao-dieu-hanh", "NĐ 42/2022 Điều 4",
        _("Văn bản chỉ đạo, điều hành; lịch công tác của lãnh đạo; khen thưởng, xử phạt."),
        "decree.DirectionIndexPage", max_age_days=30,
        former_basis="NĐ 43/2011 Điều 10 k1 c",
    ),
    Category(
        "dissemination", _("Tuyên truyền, phổ biến pháp luật"), "pho-bien-phap-luat",
        "NĐ 42/2022 Điều 4",
        _("Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách."),
        "decree.ArticleIndexPage", max_age_days=90,
        deadline_working_days=11,  # ≤ 15 calendar days after the text is issued
        former_basis="NĐ 43/2011 Điều 10 k1 d",
    ),
    Category(
        "planning", _("Chiến lược, quy hoạch, kế hoạch"), "quy-hoach-ke-hoach", "NĐ 42/2022 Điều 4",
        _("Chiến lược, định hướng, quy hoạch, kế hoạch phát triển."),
        "decree.PlanIndexPage", max_age_days=180, deadline_working_days=10,
        former_basis="NĐ 43/2011 Điều 10 k1 đ",
    ),
    Category(
        "documents", _("Văn bản quy phạm pháp luật"), "van-ban", "NĐ 42/2022 Điều 4",
        _("Hệ thống văn bản quy phạm pháp luật và văn bản quản lý hành chính."),
        "decree.LegalDocumentIndexPage", max_age_days=90,
        deadline_working_days=10,  # ≤ 2 working days for the issuing agency, ≤ 10 for others
        former_basis="NĐ 43/2011 Điều 10 k1 e", menu_position=3,
        checks=(CompletenessCheck("document_files", _("Văn bản chưa có tệp đính kèm"),
                                  "decree.documents.documents_without_files", live_only=True),),
    ),
    Category(
        "gazette", _("Công báo điện tử"), "cong-bao", "NĐ 42/2022 Điều 4",
        _("Công báo điện tử của tỉnh: số công báo, ngày phát hành và các văn bản đăng tải."),
        "decree.GazetteIndexPage", max_age_days=30,
        province_only=True,
        former_basis="NĐ 43/2011 Điều 10 k1 e",
    ),
    Category(
        "projects", _("Dự án, đầu tư, đấu thầu, mua sắm công"), "du-an-dau-thau", "NĐ 42/2022 Điều 4",
        _("Dự án, hạng mục đầu tư, đấu thầu, mua sắm công."),
        "decree.ProjectIndexPage", max_age_days=90, deadline_working_days=10,
        former_basis="NĐ 43/2011 Điều 10 k1 i",
        checks=(CompletenessCheck("project_status", _("Dự án chưa có tình trạng"),
                                  "decree.projects.projects_without_status", live_only=True),),
    ),
    Category(
        "consultation", _("Lấy ý kiến góp ý"), "lay-y-kien", "NĐ 42/2022 Điều 4",
        _("Dự thảo văn bản, chính sách lấy ý kiến góp ý của tổ chức, cá nhân."),
        "decree.ConsultationIndexPage", max_age_days=90,
        former_basis="NĐ 43/2011 Điều 10 k1 h",
    ),
    Category(
        "contacts", _("Danh bạ, liên hệ"), "lien-he", "NĐ 42/2022 Điều 4",
        _("Danh bạ thư điện tử của cán bộ có thẩm quyền và thông tin liên hệ của cơ quan."),
        "decree.ContactDirectoryPage", max_age_days=90,
        former_basis="NĐ 43/2011 Điều 10 k1 k, l", self_contained=True, menu_position=6,
        checks=(CompletenessCheck("contact_emails", _("Danh bạ có cán bộ chưa có thư điện tử"),
                                  "decree.contacts.directories_missing_emails"),),
    ),
    Category(
        "science", _("Chương trình, đề tài khoa học"), "de-tai-khoa-hoc", "NĐ 42/2022 Điều 4",
        _("Danh mục chương trình, đề tài khoa học sử dụng ngân sách nhà nước và kết quả nghiệm thu."),
        "decree.ScienceIndexPage", max_age_days=180, deadline_working_days=20,
        former_basis="NĐ 43/2011 Điều 11",
    ),
    Category(
        "statistics", _("Thông tin thống kê"), "thong-ke", "NĐ 42/2022 Điều 4",
        _("Số liệu thống kê, phương pháp, phân tích và kỳ số liệu."),
        "decree.StatisticsIndexPage", max_age_days=90, deadline_working_days=10,
        former_basis="NĐ 43/2011 Điều 12",
    ),
    Category(
        "services", _("Dịch vụ công trực tuyến"), "dich-vu-cong", "NĐ 42/2022 Điều 4",
        _("Danh mục thủ tục hành chính và dịch vụ công trực tuyến theo lĩnh vực."),
        "decree.ServiceCatalogPage", max_age_days=180,
        former_basis="NĐ 43/2011 Điều 18", self_contained=True, menu_position=4,
    ),
    Category(
        "qa", _("Hỏi đáp"), "hoi-dap", "NĐ 42/2022 Điều 4",
        _("Tiếp nhận câu hỏi, phản ánh, kiến nghị của tổ chức, cá nhân và công khai câu trả lời."),
        "decree.QuestionIndexPage", max_age_days=90, deadline_working_days=15,
        former_basis="NĐ 43/2011 Điều 15", menu_position=5,
    ),
    Category(
        "finance", _("Báo cáo tài chính"), "bao-cao-tai-chinh", "NĐ 42/2022 Điều 4",
        _("Báo cáo tài chính năm của cơ quan."),
        "decree.FinancialReportIndexPage", max_age_days=366,
    ),
)

CATEGORY_BY_KEY = {category.key: category for category in CATEGORIES}
SELF_CONTAINED = frozenset(category.key for category in CATEGORIES if category.self_contained)
COMPLETENESS_CHECKS = tuple(check for category in CATEGORIES for check in category.checks)


def categories_for(portal_kind):
    return [category for category in CATEGORIES if category.applies_to(portal_kind)]


def freshness_defaults():
    """key: (max_age_days, deadline_working_days or None), the rule of a category the board has not changed."""
    return {category.key: (category.max_age_days, category.deadline_working_days) for category in CATEGORIES}


def primary_menu_slugs():
    """The slugs of the sections in a portal's main menu, in menu order."""
    in_menu = [category for category in CATEGORIES if category.menu_position is not None]
    return tuple(category.slug for category in sorted(in_menu, key=lambda category: category.menu_position))
