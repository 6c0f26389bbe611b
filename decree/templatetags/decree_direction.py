"""What the direction section's page shows besides its articles: the link to the leaders' work calendar
and the latest notices of commendations and sanctions. One query each, whatever the amount of content."""

from django import template

from decree.calendar import WorkCalendarPage
from decree.notices import latest_notices as _latest_notices

register = template.Library()


@register.simple_tag
def calendar_for(section):
    """The section's published work calendar page, or None."""
    return WorkCalendarPage.objects.live().public().child_of(section).order_by("path").first()


@register.simple_tag
def latest_notices(section, limit=5):
    """The latest published notices of commendations and sanctions of the section."""
    return list(_latest_notices(section, limit))
