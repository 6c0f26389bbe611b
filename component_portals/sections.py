"""The sections every portal must have, as the apps above this one declare them.

component_portals provisions and merges portals but does not know the law's categories: `decree` does
(decree/categories.py). It declares them through the Wagtail hook `portal_sections` (decree/wagtail_hooks.py):
a function without arguments returning the sections, each an object with

- `key`: stable identifier, stored on the section page as `category_key`;
- `slug`, `title`, `description`: the section page's slug, title and intro when provisioning creates it;
- `section_type`: the page model's label («app.Model»), with a `category_key` field;
- `applies_to(portal_kind)`: whether a portal of that kind must have the section.
"""

from wagtail import hooks

SECTIONS_HOOK = "portal_sections"


def required_sections(portal_kind):
    """The sections a portal of `portal_kind` must have, in the order their apps declare them."""
    return [
        section for declare in hooks.get_hooks(SECTIONS_HOOK) for section in declare()
        if section.applies_to(portal_kind)
    ]
