from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from component_portals.agency_admin import chooser_urls
from component_portals.references import CheckedTaskChooserResultsView, CheckedTaskChooserView
from home import views as home_views
from home.beacons import page_post
from home.ratings import rate_page
from home.sitemaps import robots_txt, sitemap_part_xml, sitemap_xml

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("csp-report/", views.csp_report, name="csp_report"),
    # Every language of the requesting site's portal, so outside the language prefix.
    path("sitemap.xml", sitemap_xml, name="sitemap_xml"),
    path("sitemap-<slug:section>.xml", sitemap_part_xml, name="sitemap_part"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("luot-xem/<int:page_id>/", home_views.record_view, name="record_view"),
    path("danh-gia/<int:page_id>/", page_post(rate_page), name="rate_page"),
    # Citizen input (comments, feedback on drafts, questions): never cached, so the pages stay cacheable.
    path("y-kien/", include("comments.urls")),
    # Wagtail's workflow task chooser checks no permission; these answer its addresses first.
    path("admin/workflows/task_chooser/", CheckedTaskChooserView.as_view()),
    path("admin/workflows/task_chooser/results/", CheckedTaskChooserResultsView.as_view()),
    # The page chooser starts in the agency's own portal (component_portals/agency_admin.py).
    *chooser_urls,
    # Wagtail's «Quên mật khẩu», limited (accounts/views.py); before the admin's own address.
    path("admin/password_reset/", account_views.password_reset),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Vietnamese pages at the root, English under /en/.
urlpatterns += i18n_patterns(
    path("so-do-cong/", home_views.portal_sitemap, name="portal_sitemap"),
    path("search/", include("search.urls")),
    path("du-lieu-mo/", include("opendata.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# Vietnamese error pages in the portal's frame, English under /en/ (sites/errors.py). An English address without
# a page leads to the Vietnamese page of the same address (home/views.py).
handler400 = "sites.errors.bad_request"
handler403 = "sites.errors.permission_denied"
handler404 = "sites.errors.page_not_found"
handler500 = "sites.errors.server_error"
