"""An agency editor translates and edits their own portal's English pages, through wagtail-localize's real admin
views, and no other portal's; the English tree of every portal has the permissions and workflow of the
Vietnamese tree."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, WorkflowPage
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from component_portals.models import ComponentPortal
from tests.component_portals.permission_scenario import assert_refused

from .conftest import section, translate


def submit_translation(client, page, english):
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english.pk]}
    )


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor", "approver"])
def test_agency_user_translates_own_portals_page_into_english(login, portal_a, english, role):
    client = login(role, portal_a)
    contacts = section(portal_a, "contacts")
    response = submit_translation(client, contacts, english)
    assert response.status_code == 302
    translated = contacts.get_translation(english)
    assert translated.get_parent().pk == portal_a.root_page.get_translation(english).pk
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[translated.pk])
    assert Translation.objects.get(source__object_id=contacts.translation_key, target_locale=english).enabled


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor", "approver", "monitor"])
def test_no_one_translates_another_portals_page(login, portal_a, portal_b, english, role):
    client = login(role, portal_a if role != "monitor" else None)
    contacts = section(portal_b, "contacts")
    assert_refused(client.get(reverse("wagtail_localize:submit_page_translation", args=[contacts.pk])))
    assert_refused(submit_translation(client, contacts, english))
    assert contacts.get_translation_or_none(english) is None
    assert not TranslationSource.objects.filter(object_id=contacts.translation_key).exists()


@pytest.mark.django_db
def test_board_translates_any_portals_page(login, portal_b, english):
    contacts = section(portal_b, "contacts")
    assert submit_translation(login("board"), contacts, english).status_code == 302
    assert contacts.get_translation(english).live is False  # a draft until someone publishes it


def translated_string_url(translated_page):
    source = TranslationSource.objects.get(object_id=translated_page.translation_key, locale__language_code="vi")
    translation = Translation.objects.get(source=source, target_locale=translated_page.locale)
    segment = StringSegment.objects.filter(source=source, context__path="intro").get()
    return reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]), segment


@pytest.mark.django_db
def test_agency_editor_edits_own_portals_english_page(login, portal_a):
    translated = translate(section(portal_a, "contacts"))
    client = login("editor", portal_a)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert response.status_code == 200
    assert translated.title in response.content.decode()

    url, segment = translated_string_url(translated)
    response = client.put(url, "value=Directory+of+officials", content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201)
    assert StringTranslation.objects.get(translation_of=segment.string, locale=translated.locale,
                                         context=segment.context).data == "Directory of officials"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor", "approver"])
def test_agency_user_cannot_edit_another_portals_english_page(login, portal_a, portal_b, role):
    translated = translate(section(portal_b, "contacts"))
    client = login(role, portal_a)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert_refused(response)
    assert translated.title not in response.content.decode()

    url, segment = translated_string_url(translated)
    before = StringTranslation.objects.get(translation_of=segment.string, locale=translated.locale,
                                           context=segment.context).data
    response = client.put(url, "value=Hijacked", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 403
    assert StringTranslation.objects.get(translation_of=segment.string, locale=translated.locale,
                                         context=segment.context).data == before


@pytest.mark.django_db
def test_only_own_portals_translations_can_be_synced(login, portal_a, portal_b):
    own = translate(section(portal_a, "contacts"))
    other = translate(section(portal_b, "contacts"))
    client = login("editor", portal_a)
    for page, allowed in ((own, True), (other, False)):
        source = TranslationSource.objects.get(object_id=page.translation_key, locale__language_code="vi")
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        response = client.get(url)
        if allowed:
            assert response.status_code == 200
        else:
            assert_refused(response)
            revisions = other.revisions.count()
            assert_refused(client.post(url, {"publish_translations": "on"}))
            assert other.revisions.count() == revisions


def page_permissions(page):
    return set(GroupPagePermission.objects.filter(page=page).values_list("group_id", "permission__codename"))


@pytest.mark.django_db
def test_english_tree_of_every_portal_has_the_vietnamese_trees_permissions_and_workflow(english):
    portals = list(ComponentPortal.objects.select_related("root_page"))
    assert len(portals) >= 3
    for portal in portals:
        home = portal.root_page
        english_home = home.get_translation(english)
        assert page_permissions(english_home) == page_permissions(home) != set()
        assert WorkflowPage.objects.get(page=english_home).workflow_id == portal.workflow_id
        assert WorkflowPage.objects.get(page=home).workflow_id == portal.workflow_id
        for group in (portal.editors_group, portal.approvers_group):
            assert group.permissions.filter(codename="submit_translation").exists()


@pytest.mark.django_db
def test_repair_restores_the_english_trees_permissions_and_workflow(portal_a, english):
    english_home = portal_a.root_page.get_translation(english)
    expected = page_permissions(english_home)
    GroupPagePermission.objects.filter(page=english_home).delete()
    WorkflowPage.objects.filter(page=english_home).delete()
    call_command("repair_portals", "--slug", portal_a.slug, stdout=io.StringIO())
    assert page_permissions(english_home) == expected
    assert WorkflowPage.objects.get(page=english_home).workflow_id == portal_a.workflow_id


@pytest.mark.django_db
def test_english_page_submitted_by_an_editor_goes_to_the_portals_approvers(login, portal_a):
    from wagtail.models import WorkflowState

    translated = translate(section(portal_a, "contacts"))
    translated = Page.objects.get(pk=translated.pk).specific
    assert translated.get_workflow().pk == portal_a.workflow_id
    editor = login("editor", portal_a)
    translated.save_revision(user=editor.user)
    workflow_state = translated.get_workflow().start(translated, editor.user)
    assert isinstance(workflow_state, WorkflowState)
    task = workflow_state.current_task_state.task.specific
    assert portal_a.approvers_group in task.groups.all()
