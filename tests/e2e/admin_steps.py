"""What an official does in the Vietnamese admin, step by step in Chromium (shared by the admin journeys)."""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model

from tests.e2e.conftest import admin_sign_in
from tests.languages.english_text import english_in

PASSWORD = "MatKhau@2026"


class OtherHosts:
    """Every request a tab makes to a host other than the site's own (Gravatar, CDNs, fonts...)."""

    def __init__(self, tab, base_url):
        self.own = urlsplit(base_url).netloc
        self.requests = []
        tab.on("request", self.record)

    def record(self, request):
        netloc = urlsplit(request.url).netloc
        if request.url.startswith(("http://", "https://")) and netloc != self.own:
            self.requests.append(request.url)


def log_in(tab, base_url, username):
    """The password, then the authenticator app's code for the roles that need one (tests/e2e/conftest.py)."""
    admin_sign_in(tab, base_url, get_user_model().objects.get(username=username), PASSWORD)


def log_out(tab, base_url):
    tab.context.clear_cookies()


def english_on_screen(tab, written=()):
    """English interface text in what the tab shows now, after the admin's scripts rendered it: the text
    Chromium renders and the labels of visible elements."""
    shown = tab.evaluate("""() => [document.body.innerText, ...Array.from(
        document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')
    ).filter(e => e.checkVisibility()).flatMap(e => ['aria-label', 'title', 'placeholder', 'alt']
        .map(name => e.getAttribute(name)).filter(Boolean))]""")
    lines = [line.strip() for text in shown for line in text.splitlines() if line.strip()]
    return english_in(lines, written)


def type_title(tab, title):
    field = tab.locator("#id_title")
    field.click()
    field.press_sequentially(title, delay=2)
    field.blur()


def type_date(tab, field_id, typed, next_field_id):
    """Type a date into its field, then go on to the next field, as an official does (the click closes the
    calendar that opened while typing)."""
    tab.locator(f"#{field_id}").fill(typed)
    tab.locator(f"#{next_field_id}").click()


def add_paragraph(tab, field_name, text):
    tab.locator(f"[data-contentpath={field_name}] button.c-sf-add-button").first.click()
    tab.get_by_role("option", name="Đoạn văn").click()
    editor = tab.locator(f"[data-contentpath={field_name}] [contenteditable=true]").first
    editor.wait_for()
    editor.click()
    tab.keyboard.type(text, delay=10)
    # Draftail writes its content into the block's hidden input 250 ms after the last keystroke; a person
    # reaches for the next button later than that, so wait for it as they do.
    tab.wait_for_function(
        """([name, text]) => Array.from(document.querySelectorAll(`input[name^="${name}-"][name$="-value"]`))
            .some(input => input.value.includes(text))""",
        arg=[field_name, text],
    )


def choose_snippet(tab, field_name, item):
    """Open the chooser of the snippet field `field_name`, pick `item` in the dialog."""
    tab.locator(f"#id_{field_name}-chooser button.chooser__choose-button").click()
    tab.locator(".modal a", has_text=item).first.click()
    tab.locator(f"#id_{field_name}-chooser .chooser__title", has_text=item).wait_for()
