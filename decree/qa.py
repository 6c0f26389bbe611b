"""Questions and answers (hỏi đáp): citizens send questions here (the comments app handles them) and the
answered questions of general interest are published on this page."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class QuestionIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("chuyên mục hỏi đáp")
        verbose_name_plural = _("chuyên mục hỏi đáp")

    def accepts_citizen_input(self, kind):
        return kind == "question"
