"""The one StreamField block library every page body is built from."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Cấp tiêu đề"),
        choices=[("h2", _("Cấp 2")), ("h3", _("Cấp 3")), ("h4", _("Cấp 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "home/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Ảnh"))
    alt_text = blocks.CharBlock(
        label=_("Mô tả ảnh (văn bản thay thế)"),
        max_length=255,
        help_text=_("Bắt buộc: mô tả nội dung ảnh cho người khiếm thị."),
    )
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Ảnh")
        template = "home/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    source = blocks.CharBlock(label=_("Nguồn"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "home/blocks/quote.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tệp đính kèm"))
    title = blocks.CharBlock(
        label=_("Tên hiển thị"), required=False, max_length=255,
        help_text=_("Để trống để dùng tên của tệp."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Tệp đính kèm")
        template = "home/blocks/document.html"


class LinkBlock(blocks.StructBlock):
    """One item of a list of links (rendered by home/blocks/links.html): a page of the portal or an address."""

    title = blocks.CharBlock(label=_("Nội dung liên kết"), max_length=255)
    page = blocks.PageChooserBlock(label=_("Trang trong cổng"), required=False)
    url = blocks.URLBlock(label=_("Địa chỉ bên ngoài"), required=False)

    class Meta:
        icon = "link"
        label = _("Liên kết")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(non_block_errors=[
                _("Hãy chọn một trang trong cổng hoặc nhập một địa chỉ bên ngoài (chỉ một trong hai).")
            ])
        return value


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=["bold", "italic", "ol", "ul", "link", "document-link", "h2", "h3", "h4"],
        template="home/blocks/paragraph.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    links = blocks.ListBlock(LinkBlock(), label=_("Danh sách liên kết"), template="home/blocks/links.html")
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Chữ"))),
            ("number", blocks.DecimalBlock(label=_("Số"))),
            ("rich_text", blocks.RichTextBlock(label=_("Văn bản định dạng"), features=["bold", "italic", "link"])),
        ],
        label=_("Bảng"),
        template="home/blocks/table.html",
    )


class AttachmentsBlock(blocks.StreamBlock):
    """Files attached to an item page (legal documents, plans, reports); listed under the content."""

    document = DocumentBlock()

    class Meta:
        label = _("Tệp đính kèm")
