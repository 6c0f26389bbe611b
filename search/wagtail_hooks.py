from wagtail import hooks

from .indexing import folded_text


@hooks.register("page_search_folded_text")
def page_search_folded_text(page):
    return folded_text(page)
