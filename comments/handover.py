"""Citizen input follows its pages when a portal is merged into another: the successor's moderators and
approvers see it in their queue, and questions keep their ticket and stay answerable."""

from django.dispatch import receiver

from component_portals.merge import portal_merged

from .models import CitizenInput


@receiver(portal_merged)
def hand_citizen_input_over(sender, source, target, **kwargs):
    CitizenInput.objects.filter(portal=source).update(portal=target)
