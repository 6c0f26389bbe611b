from django.test import RequestFactory

from home.filters import choice_param, date_param, text_param

factory = RequestFactory()


def request_with(**params):
    return factory.get("/", params)


def test_text_param_collapses_spaces_drops_nul_and_truncates():
    assert text_param(request_with(q="  Thủ   tục\x00 cấp phép "), "q") == "Thủ tục cấp phép"
    assert len(text_param(request_with(q="a" * 5000), "q", 100)) == 100


def test_choice_param_accepts_only_known_values():
    assert choice_param(request_with(loai="a"), "loai", {"a", "b"}) == "a"
    assert choice_param(request_with(loai="<script>"), "loai", {"a", "b"}) is None


def test_date_param_ignores_invalid_dates():
    assert str(date_param(request_with(tu="2026-02-28"), "tu")) == "2026-02-28"
    assert date_param(request_with(tu="2026-02-30"), "tu") is None
