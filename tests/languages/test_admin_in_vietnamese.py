"""No English interface text on the admin screens our roles use, in the Vietnamese admin.

Over the demo province (`seed_demo`), each role logs in and opens what it works with: the login page, the
dashboard, the explorer (the root, its portal's home and a section), the edit form of a page of each page
type and the add form of each page type on its portal, the history of a page, a page in moderation with its
workflow actions («Duyệt và xuất bản», «Yêu cầu sửa»), the moderation queue, the oversight index and the other
screens of the menu. tests/languages/english_text.py says what counts as English interface text; what people
of the portal wrote (titles, names) is left out of the check.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, Page, Task, Workflow, get_page_models

from demo.province import seed_demo
from component_portals.models import ComponentPortal
from tests.factories import pass_second_factor

from .english_text import english_texts

pytestmark = pytest.mark.django_db
PORTAL = "so-khcn"


def content_strings():
    """What people of the portal wrote: it may be in any language."""
    User = get_user_model()
    strings = set()
    for page in Page.objects.all():
        strings.update({page.title, page.draft_title, page.seo_title, page.slug})
    for portal in ComponentPortal.objects.all():
        strings.update({portal.name, portal.name_en, portal.slug})
    for user in User.objects.all():
        strings.update({user.username, user.get_full_name(), user.first_name, user.last_name, user.email})
    strings.update(Collection.objects.values_list("name", flat=True))
    strings.update(Workflow.objects.values_list("name", flat=True))
    strings.update(Task.objects.values_list("name", flat=True))
    for model in (apps_model("decree", "DocumentType"), apps_model("decree", "Issuer"), apps_model("decree", "LegalField")):
        strings.update(model.objects.values_list("name", flat=True))
    return strings


def apps_model(app_label, name):
    from django.apps import apps

    return apps.get_model(app_label, name)


def page_type_screens(home, user):
    """The edit form of one page of each page type under `home`, and the add form of each type at a parent
    that allows it and where `user` may add pages."""
    screens = []
    pages = Page.objects.descendant_of(home, inclusive=True).filter(locale_id=home.locale_id)
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.filter(pk__in=pages.values("pk")).first()
        if page is None:
            continue
        screens.append(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        parent = page.get_parent()
        if model.can_create_at(parent) and parent.permissions_for_user(user).can_add_subpage():
            screens.append(reverse(
                "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
            ))
    return screens


def submitted_page(home, editor):
    """A page of the portal its editor submitted for approval (the approver's review and workflow actions)."""
    page = next(page for page in Page.objects.child_of(home).specific() if page.get_workflow())
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


def workflow_screens(page):
    task_state = page.current_workflow_state.current_task_state
    return [
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
    ]


def screens_of_each_role():
    User = get_user_model()
    portal = ComponentPortal.objects.get(slug=PORTAL)
    home = Page.objects.get(pk=portal.root_page_id)
    section = home.get_children().first()
    explorer = [reverse("wagtailadmin_explore_root"), reverse("wagtailadmin_explore", args=[home.pk]),
                reverse("wagtailadmin_explore", args=[section.pk])]
    common = [reverse("wagtailadmin_home"), reverse("wagtailadmin_account"), reverse("wagtailadmin_pages:search")]
    editor, approver = User.objects.get(username="bientap.khcn"), User.objects.get(username="duyet.khcn")
    in_review = submitted_page(home, editor)
    editing = common + explorer + page_type_screens(home, approver) + [
        reverse("wagtailimages:index"), reverse("wagtaildocs:index"), reverse("wagtailimages:add"),
    ]
    return {
        "bientap.khcn": editing + [reverse("wagtailadmin_pages:edit", args=[in_review.pk])],
        "duyet.khcn": editing + workflow_screens(in_review) + [reverse("comments_admin:queue")],
        "banbientap": common + explorer + [
            reverse("comments_admin:queue"), reverse("oversight:index"), reverse("oversight:board_queue"),
            reverse("component_portals_syndication"), reverse("oversight:rules"),  # the rules are the board's
        ],
        "giamsat": [reverse("wagtailadmin_home"), reverse("wagtailadmin_account"), reverse("oversight:index")],
        "admin": common + explorer + [
            reverse("component_portals_admin:index"), reverse("component_portals_admin:create"),
            reverse("wagtailusers_users:index"),
        ],
    }


def screen_html(response):
    """The HTML a person sees: the page, or the dialog a modal view sends as JSON (workflow actions)."""
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


def test_no_admin_screen_our_roles_use_shows_english():
    seed_demo()
    User = get_user_model()
    written = content_strings()
    anonymous = Client(HTTP_ACCEPT_LANGUAGE="vi")
    found = {}
    for url in (reverse("wagtailadmin_login"), reverse("wagtailadmin_password_reset")):
        response = anonymous.get(url)
        assert response.status_code == 200, url
        found.update({("(khách)", url): english_texts(response.content.decode(), written)})
    for username, urls in screens_of_each_role().items():
        client = Client(HTTP_ACCEPT_LANGUAGE="vi")
        user = User.objects.get(username=username)
        client.force_login(user)
        pass_second_factor(client, user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (username, url, response.status_code)
            found[username, url] = english_texts(screen_html(response), written)
    english = {screen: texts for screen, texts in found.items() if texts}
    report = "\n".join(f"{user} {url}: {texts}" for (user, url), texts in english.items())
    assert not english, f"English on {len(english)} of {len(found)} screens:\n{report}"
