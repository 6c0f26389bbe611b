"""Merging portals (the 2025 reorganisation): one service used by `merge_portals`, the admin and `seed_demo`.

`plan_merge` reads everything and changes nothing; it is the dry run and the admin's preview. `merge_portals`
carries the plan out in one transaction (an error half-way rolls everything back):

- the items of each category section of a source move, in every language, into the target's section of the
  same category; the section pages themselves, and whatever has no such section, move into a new section
  «Lưu trữ: <old name>» on the target. Pages move (Wagtail's move), so authors, dates, revisions,
  translations, attachments, view counts, ratings and citizen input stay attached to them;
- images and documents move into the target's collection; citizen input and syndication proposals are
  handed to the target portal by their apps, which follow the `portal_merged` signal;
- every old address (page, section feed, home, in every language) gets a site-specific Wagtail redirect
  to the moved page; the source's hostname is retired, so anything else on it answers 301 with the same
  path on the target (its sitemap, robots.txt, question look-ups);
- the source becomes archived with the target as its successor; its child portals move under the target.
Merging again does nothing: a source already merged into the target is skipped.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.dispatch import Signal
from django.utils.translation import gettext as _
from wagtail.actions.move_page import MovePageAction
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Page

from home.models import StandardPage
from home.text import vietnamese_sort_key

from . import roles
from .lifecycle import MERGE_ACTION, LifecycleError, get_portal, retire_hostname
from .models import ComponentPortal, PortalStatus
from .sections import required_sections

# Sent inside the merge transaction for each source, so that apps owning data keyed by portal follow it.
portal_merged = Signal()  # kwargs: source, target

ARCHIVE_SLUG_PREFIX = "luu-tru-"
MERGED_SITE_SUFFIX = ".merged.invalid"  # RFC 2606: a name no request can carry


@dataclass
class PageMove:
    page: Page
    destination: Page | None  # None: the archive section of `source` in the page's locale
    source: ComponentPortal


@dataclass
class OldAddress:
    source: ComponentPortal
    path: str
    page: Page | None  # None: the archive section of `source` in `locale`
    route: str = ""
    locale_id: int | None = None


@dataclass
class MergePlan:
    target: ComponentPortal
    sources: list = field(default_factory=list)  # to merge now
    already_merged: list = field(default_factory=list)
    moves: list = field(default_factory=list)
    pages: list = field(default_factory=list)  # every page that moves (with its descendants)
    addresses: list = field(default_factory=list)
    images: int = 0
    documents: int = 0
    users: list = field(default_factory=list)  # (user, role, source)
    child_portals: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def nothing_to_do(self):
        return not self.sources


def archive_slug(source):
    return f"{ARCHIVE_SLUG_PREFIX}{source.slug}"


def archive_title(source):
    return _("Lưu trữ: %(name)s") % {"name": source.name}


def plan_merge(source_slugs, target_slug):
    """The full plan of merging `source_slugs` into `target_slug`; plan.errors lists why it cannot run."""
    errors = []
    target = _find(target_slug, errors)
    sources = [portal for portal in (_find(slug, errors) for slug in dict.fromkeys(source_slugs)) if portal]
    if not source_slugs:
        errors.append(_("Hãy cho biết ít nhất một cổng cần hợp nhất (--from)."))
    if target is None:
        return MergePlan(target=None, errors=errors)
    plan = MergePlan(target=target)
    if target.status != PortalStatus.ACTIVE:
        errors.append(_("Cổng đích «%(name)s» đã được lưu trữ; không thể hợp nhất vào cổng đã lưu trữ.")
                      % {"name": target.name})
    target_ancestors = _ancestors(target)
    for source in sources:
        if source.pk == target.pk:
            errors.append(_("Không thể hợp nhất cổng «%(name)s» vào chính nó.") % {"name": source.name})
        elif source.successor_id == target.pk:
            plan.already_merged.append(source)
        elif source.status != PortalStatus.ACTIVE:
            errors.append(_("Cổng «%(name)s» đã được lưu trữ hoặc hợp nhất vào cổng khác.") % {"name": source.name})
        elif source.is_province:
            errors.append(_("Không thể hợp nhất cổng tỉnh vào cổng khác."))
        elif source.pk in target_ancestors:
            errors.append(_("Không thể hợp nhất «%(source)s» vào «%(target)s» vì «%(target)s» là cổng cấp dưới "
                            "của nó (vòng lặp).") % {"source": source.name, "target": target.name})
        else:
            plan.sources.append(source)
    if not errors:
        _plan_pages(plan, errors)
    plan.errors = errors
    return plan


def _find(slug, errors):
    portal = ComponentPortal.objects.select_related("site", "root_page", "collection").filter(slug=slug).first()
    if portal is None:
        errors.append(_("Không tìm thấy cổng có mã «%(slug)s».") % {"slug": slug})
    return portal


def _ancestors(portal):
    seen = set()
    while portal.parent_id and portal.parent_id not in seen:
        seen.add(portal.parent_id)
        portal = portal.parent
    return seen


def _sections_by_key(home):
    return {
        section.category_key: section for section in home.get_children().specific()
        if getattr(section, "category_key", "")
    }


def _plan_pages(plan, errors):
    target = plan.target
    target_homes = {page.locale_id: page for page in Page.objects.filter(translation_key=target.root_page.translation_key)}
    target_sections = {locale_id: _sections_by_key(home) for locale_id, home in target_homes.items()}
    missing = [category for category in required_sections(target.kind)
               if category.key not in target_sections.get(target.root_page.locale_id, {})]
    for category in missing:
        errors.append(_("Cổng đích «%(name)s» thiếu chuyên mục «%(category)s»; hãy chạy «python manage.py "
                        "repair_portals --slug %(slug)s» rồi hợp nhất lại.")
                      % {"name": target.name, "category": category.title, "slug": target.slug})
    taken = {page.pk: set(page.get_children().values_list("slug", flat=True))
             for sections in target_sections.values() for page in sections.values()}
    for source in plan.sources:
        for home in Page.objects.filter(translation_key=source.root_page.translation_key).order_by("pk"):
            if home.locale_id not in target_homes:
                errors.append(_("Cổng đích thiếu trang chủ bằng ngôn ngữ «%(language)s».")
                              % {"language": home.locale.language_code})
                continue
            if target_homes[home.locale_id].get_children().filter(slug=archive_slug(source)).exists():
                errors.append(_("Cổng đích đã có trang có địa chỉ «%(slug)s».") % {"slug": archive_slug(source)})
            # An old home leads to the archive section, or, with nothing under it, to the target's home.
            home_destination = None if home.get_children().exists() else target_homes[home.locale_id]
            plan.addresses.append(OldAddress(source, _old_path(home), home_destination, locale_id=home.locale_id))
            _plan_sections(plan, source, home, target_sections[home.locale_id], taken, errors)
        plan.images += get_image_model().objects.filter(collection__in=_collections(source)).count()
        plan.documents += get_document_model().objects.filter(collection__in=_collections(source)).count()
        for role, group in ((roles.EDITOR, source.editors_group), (roles.APPROVER, source.approvers_group)):
            if group is not None:
                plan.users += [(user, role, source) for user in group.user_set.order_by("username")]
        plan.child_portals += sorted(source.children.exclude(pk=target.pk), key=lambda p: vietnamese_sort_key(p.name))


def _plan_sections(plan, source, home, target_sections, taken, errors):
    moves = []
    for section in home.get_children().specific():
        destination = target_sections.get(getattr(section, "category_key", ""))
        allowed = destination.specific_class.allowed_subpage_models() if destination else ()
        for child in section.get_children().specific():
            if destination is None or type(child) not in allowed:
                continue
            if child.slug in taken[destination.pk]:
                errors.append(_("Trang «%(title)s» trùng địa chỉ «%(slug)s» với một trang trong chuyên mục "
                                "«%(section)s» của cổng đích; hãy đổi địa chỉ một trong hai trang rồi hợp nhất lại.")
                              % {"title": child.title, "slug": child.slug, "section": destination.title})
            taken[destination.pk].add(child.slug)
            moves.append(PageMove(child, destination, source))
        moves.append(PageMove(section, None, source))
        # The old section address leads to the section where its items now are.
        for route in section.get_route_paths():
            plan.addresses.append(OldAddress(source, _old_path(section, route), destination or section, route))
    plan.moves += moves
    sections = {move.page.pk for move in moves if move.destination is None}
    for page in Page.objects.descendant_of(home).specific(defer=True):
        plan.pages.append(page)
        if page.pk not in sections:
            for route in page.get_route_paths():
                plan.addresses.append(OldAddress(source, _old_path(page, route), page, route))


def _old_path(page, route="/"):
    parts = page.get_url_parts()
    path = parts[2] if parts else None
    if not path:
        return None
    return path.rstrip("/") + route


def _collections(portal):
    if not portal.collection_id:
        return Collection.objects.none()
    return Collection.objects.descendant_of(portal.collection, inclusive=True)


@transaction.atomic
def merge_portals(source_slugs, target_slug, *, user=None, progress=None):
    """Carry out the plan; raises LifecycleError (nothing changed) when it has errors. Returns the plan."""
    locked = ComponentPortal.objects.select_for_update().filter(slug__in=[*source_slugs, target_slug])
    list(locked.values_list("pk", flat=True))
    plan = plan_merge(source_slugs, target_slug)
    if plan.errors:
        raise LifecycleError(plan.errors)
    total, done = len(plan.moves), 0
    for source in plan.sources:
        archives = {}
        for address in plan.addresses:
            if address.source is source and address.path:
                _redirect(source, address, archives, plan.target)
        for move in plan.moves:
            if move.source is not source:
                continue
            destination = move.destination or _archive_section(archives, source, plan.target, move.page.locale_id)
            MovePageAction(move.page, destination, pos="last-child", user=user).execute(skip_permission_checks=True)
            if move.destination is None and getattr(move.page, "category_key", ""):
                type(move.page).objects.filter(pk=move.page.pk).update(category_key="")
            done += 1
            if progress:
                progress(done, total)
        _hand_over(source, plan.target, user)
    return plan


def _archive_section(archives, source, target, locale_id):
    """The «Lưu trữ: <old name>» section of `source` under the target's home in `locale_id`, created once
    per merge; the sections of other languages are translations of the Vietnamese one."""
    if locale_id in archives:
        return archives[locale_id]
    default_locale_id = target.root_page.locale_id
    fields = {
        "title": archive_title(source), "slug": archive_slug(source), "locale_id": locale_id,
        "intro": _("Nội dung của cổng «%(name)s», đã hợp nhất vào cổng này.") % {"name": source.name},
    }
    if locale_id != default_locale_id:
        fields["translation_key"] = _archive_section(archives, source, target, default_locale_id).translation_key
    section = StandardPage(**fields)
    target.root_page.get_translation(locale_id).add_child(instance=section)
    section.save_revision().publish()
    archives[locale_id] = section
    return section


def _redirect(source, address, archives, target):
    page = address.page
    if page is None:
        page = _archive_section(archives, source, target, address.locale_id)
    Redirect.objects.update_or_create(
        site=source.site, old_path=Redirect.normalise_path(address.path),
        defaults={"redirect_page": page, "redirect_page_route_path": "" if address.route == "/" else address.route,
                  "redirect_link": "", "is_permanent": True},
    )


def _hand_over(source, target, user):
    collections = _collections(source)
    get_image_model().objects.filter(collection__in=collections).update(collection=target.collection)
    get_document_model().objects.filter(collection__in=collections).update(collection=target.collection)
    ComponentPortal.objects.filter(parent=source).exclude(pk=target.pk).update(parent=target)
    portal_merged.send(sender=ComponentPortal, source=source, target=target)
    if source.site_id:
        # The old hostname now only redirects (addresses.py); the Site stays, under a reserved name, as the
        # owner of the redirects, so that no page of the archived tree is served any more.
        retire_hostname(source, source.site.hostname)
        source.site.hostname = f"{source.slug}{MERGED_SITE_SUFFIX}"
        source.site.save(update_fields=["hostname"])
    source.status = PortalStatus.ARCHIVED
    source.successor = target
    source.save(update_fields=["status", "successor"])
    log(instance=source, action=MERGE_ACTION, user=user, data={"into": target.slug, "into_name": target.name})
    log(instance=target, action=MERGE_ACTION, user=user, data={"from": source.slug, "from_name": source.name})
