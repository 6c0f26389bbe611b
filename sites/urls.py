from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from component_portals.oversight.ratings import rate_page
from home import views as home_views
from home.sitemaps import robots_txt, sitemap_xml

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # Every language of the requesting site's portal, so outside the language prefix.
    path("sitemap.xml", sitemap_xml, name="sitemap_xml"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("luot-xem/<int:page_id>/", home_views.record_view, name="record_view"),
    path("danh-gia/<int:page_id>/", rate_page, name="rate_page"),
    # Citizen input (comments, feedback on drafts, questions): never cached, so the pages stay cacheable.
    path("y-kien/", include("comments.urls")),
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
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# An English address without a page leads to the Vietnamese page of the same address (home/views.py).
handler404 = "home.views.page_not_found"
