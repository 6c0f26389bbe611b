from django.urls import include, path

from . import views
from .api import router

app_name = "opendata"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("van-ban.<str:file_format>", views.register_download, name="register_download"),
    path("", include((router.get_urlpatterns(), "api"))),
    path("<slug:slug>/", views.unknown_dataset, name="unknown_dataset"),
]
