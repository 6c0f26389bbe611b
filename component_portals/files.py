"""Replacing the file behind a published page is publishing.

An image or a document that a live page shows is part of that page's published record: its file may be
replaced only by someone who may publish every live page that refers to it (the portal's approvers, the
board). An editor uploads the new file as a new image or document and proposes it in a page draft, which
goes through the approval workflow like any change; the old file and the page's revisions keep the history.
Wagtail builds its image and document forms on these classes (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE).
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm
from wagtail.models import Page, ReferenceIndex


def live_pages_showing(instance):
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(instance).filter(base_content_type=page_type)
    return Page.objects.live().filter(pk__in=[int(pk) for pk in references.values_list("object_id", flat=True)])


class FileReplacementNeedsPublishing:
    def __init__(self, *args, **kwargs):
        self.for_user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None or "file" not in self.changed_data or self.for_user is None:
            return cleaned
        unpublishable = [
            page for page in live_pages_showing(self.instance)
            if not page.permissions_for_user(self.for_user).can_publish()
        ]
        if unpublishable:
            self.add_error("file", _(
                "Tệp này đang hiển thị trên trang đã xuất bản «%(title)s»; thay tệp là xuất bản nên chỉ người "
                "duyệt làm được. Hãy tải tệp mới lên thành một mục mới, chọn nó trong bản nháp của trang rồi "
                "gửi duyệt."
            ) % {"title": unpublishable[0].title})
        return cleaned


class PublishedImageForm(FileReplacementNeedsPublishing, BaseImageForm):
    pass


class PublishedDocumentForm(FileReplacementNeedsPublishing, BaseDocumentForm):
    pass
