"""Admin behaviour every page type shares."""

from django.db import models
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput

from .text import slug_formatters

# The slug field folds Vietnamese titles as the server does (home/text.py): «Quyết định» → quyet-dinh.
register_form_field_override(models.SlugField, override={"widget": SlugInput(formatters=slug_formatters())})


@hooks.register("construct_page_action_menu")
def put_the_days_action_first(menu_items, request, context):
    """The button an official sees first is the one they came for: «Duyệt và xuất bản» on a page awaiting their
    review, «Gửi duyệt» for an editor (who cannot publish), instead of «Lưu bản nháp» with the rest under
    «Thao tác khác»."""
    approve = [item for item in menu_items if item.name == "approve"]
    submit = [item for item in menu_items if item.name == "action-submit"]
    can_publish = any(item.name == "action-publish" for item in menu_items)
    first = approve or ([] if can_publish else submit)
    if first:
        menu_items.remove(first[0])
        menu_items.insert(0, first[0])
