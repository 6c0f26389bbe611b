from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("van-ban.<str:file_format>", views.register_download, name="register_download"),
    path("<slug:slug>/", views.dataset, name="dataset"),
]
