"""Questions and answers (hỏi đáp): the section where answered questions of general interest are published."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class QuestionIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("chuyên mục hỏi đáp")
        verbose_name_plural = _("chuyên mục hỏi đáp")
