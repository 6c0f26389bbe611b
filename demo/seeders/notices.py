"""Demo notices of commendations and sanctions in the direction section: two commendations and one
sanction, dated some weeks and months back."""

import datetime

from django.utils import timezone

from decree.articles import DirectionIndexPage
from decree.notices import NoticeKind, NoticePage, SubjectKind

# Who signs, by kind of agency.
AUTHORITIES = {
    "province": "Chủ tịch Ủy ban nhân dân tỉnh",
    "department": "Giám đốc {name}",
    "commune": "Chủ tịch {name}",
    "ward": "Chủ tịch {name}",
    "special_zone": "Chủ tịch {name}",
}


def _symbol(portal):
    """The decision symbol of the agency: QĐ-UBND for people's committees, QĐ-<initials> for a department
    (Sở Khoa học và Công nghệ -> QĐ-SKHCN)."""
    if portal.kind != "department":
        return "QĐ-UBND"
    initials = "".join(word[0].upper() for word in portal.name.split() if word.lower() != "và")
    return f"QĐ-{initials}"


def _notices(portal):
    today = timezone.localdate()
    authority = AUTHORITIES.get(portal.kind, AUTHORITIES["department"]).format(name=portal.name)
    symbol = _symbol(portal)
    return [
        dict(
            slug="khen-thuong-tap-the-hoan-thanh-xuat-sac-nhiem-vu",
            title="Khen thưởng tập thể hoàn thành xuất sắc nhiệm vụ năm",
            kind=NoticeKind.COMMENDATION,
            decision_number=f"35/{symbol}",
            decision_date=today - datetime.timedelta(days=120),
            issuing_authority=authority,
            subject_kind=SubjectKind.ORGANISATION,
            subject="Văn phòng và Phòng Kế hoạch – Tài chính",
            subject_address=portal.name,
            content="Đã có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị năm, dẫn đầu phong trào thi "
            "đua; hoàn thành 100% chỉ tiêu được giao, giải ngân vốn đầu tư công đạt trên 95% kế hoạch.",
            measure="Tặng danh hiệu Tập thể lao động xuất sắc và Giấy khen",
        ),
        dict(
            slug="khen-thuong-ca-nhan-co-sang-kien-chuyen-doi-so",
            title="Khen thưởng cá nhân có sáng kiến trong chuyển đổi số",
            kind=NoticeKind.COMMENDATION,
            decision_number=f"112/{symbol}",
            decision_date=today - datetime.timedelta(days=21),
            issuing_authority=authority,
            subject_kind=SubjectKind.INDIVIDUAL,
            subject="Bà Nguyễn Thị Thanh Hương",
            subject_address="Chuyên viên Văn phòng, " + portal.name,
            content="Có sáng kiến số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, rút ngắn 30% thời gian "
            "xử lý hồ sơ tại Bộ phận một cửa; sáng kiến được Hội đồng sáng kiến công nhận có phạm vi ảnh hưởng "
            "cấp tỉnh.",
            measure="Giấy khen kèm tiền thưởng theo quy định",
        ),
        dict(
            slug="xu-phat-vi-pham-hanh-chinh-cong-ty-tnhh-thuong-mai-lam-vien",
            title="Xử phạt vi phạm hành chính đối với Công ty TNHH Thương mại Lâm Viên",
            kind=NoticeKind.SANCTION,
            decision_number="58/QĐ-XPHC",
            decision_date=today - datetime.timedelta(days=45),
            issuing_authority=authority,
            subject_kind=SubjectKind.ORGANISATION,
            subject="Công ty TNHH Thương mại Lâm Viên",
            subject_address="Số 18 Nguyễn Văn Trỗi, phường Hòa Bình, tỉnh Lâm Viên",
            content="Không thực hiện chế độ báo cáo định kỳ theo quy định; hành vi vi phạm được quy định tại "
            "Nghị định số 125/2021/NĐ-CP. Biên bản vi phạm hành chính lập ngày "
            f"{today - datetime.timedelta(days=60):%d/%m/%Y}.",
            measure="Phạt tiền; buộc thực hiện chế độ báo cáo trong thời hạn 10 ngày",
            amount=7_500_000,
        ),
    ]


def seed(portal):
    direction = DirectionIndexPage.objects.child_of(portal.root_page).get(category_key="direction")
    for fields in _notices(portal):
        if direction.get_children().filter(slug=fields["slug"]).exists():
            continue
        notice = NoticePage(locale=direction.locale, **fields)
        direction.add_child(instance=notice)
        notice.save_revision().publish()
