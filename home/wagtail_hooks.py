"""Admin behaviour every page type shares."""

from django.db import models
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput

from .text import slug_formatters

# The slug field folds Vietnamese titles as the server does (home/text.py): «Quyết định» → quyet-dinh.
register_form_field_override(models.SlugField, override={"widget": SlugInput(formatters=slug_formatters())})
