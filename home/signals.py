from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.models import Page

from .text import nfc

OUR_APPS = {"home", "component_portals", "decree", "comments", "search"}


@receiver(pre_save)
def normalise_text_to_nfc(sender, instance, **kwargs):
    """Every text field of our models and of every page is stored NFC-normalised, whatever the editor's
    keyboard produced (macOS and some Vietnamese input methods send decomposed characters)."""
    if sender._meta.app_label not in OUR_APPS and not isinstance(instance, Page):
        return
    for field in sender._meta.concrete_fields:
        if field.get_internal_type() in {"CharField", "TextField", "SlugField", "EmailField"}:
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, nfc(value))
