from django.urls import path

from . import views

app_name = "comments"

urlpatterns = [
    path("tra-cuu/", views.ticket_lookup, name="lookup"),
    path("ma-xac-nhan/moi/", views.captcha_refresh, name="captcha_refresh"),
    path("ma-xac-nhan/<str:token>.png", views.captcha_image, name="captcha_image"),
    path("<int:page_id>/<slug:kind_slug>/", views.citizen_input, name="input"),
]
