from django.urls import path

from . import ticket_views, views

app_name = "comments"

urlpatterns = [
    path("tra-cuu/", ticket_views.ticket_lookup, name="lookup"),
    path("ma-xac-nhan/moi/", ticket_views.captcha_refresh, name="captcha_refresh"),
    path("ma-xac-nhan/<str:token>.png", ticket_views.captcha_image, name="captcha_image"),
    path("<int:page_id>/<slug:kind_slug>/", views.citizen_input, name="input"),
]
