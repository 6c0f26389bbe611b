"""`keep_codes`: numbers joined by a slash, a dash or a colon stay on one line; everything else is only
escaped."""

from home.templatetags.portal_tags import keep_codes


def test_document_numbers_periods_and_times_are_kept_on_one_line():
    assert keep_codes("Quyết định 45/QĐ-SKHCN năm 2023–2024, 08:00-11:00") == (
        'Quyết định <span class="nowrap">45/QĐ-SKHCN</span> năm <span class="nowrap">2023–2024,</span> '
        '<span class="nowrap">08:00-11:00</span>'
    )


def test_words_without_a_digit_or_without_a_joiner_are_left_alone():
    assert keep_codes("Ban hành - ngày 12 tháng 3\nnăm x/y") == "Ban hành - ngày 12 tháng 3\nnăm x/y"


def test_the_text_is_escaped_inside_and_outside_the_kept_numbers():
    assert keep_codes("<b>1/2</b> & a") == '<span class="nowrap">&lt;b&gt;1/2&lt;/b&gt;</span> &amp; a'
