"""Names sort in Vietnamese alphabetical order."""

from home.text import vietnamese_sort_key


def test_d_with_stroke_sorts_after_d_and_tones_only_break_ties():
    names = ["Đỗ Văn Thành", "Dương Minh", "Ánh", "Anh", "Ăn", "Bình", "Đặng Thu", "Ông", "Oanh", "Ơn", "Ư", "Uy"]
    assert sorted(names, key=vietnamese_sort_key) == [
        "Anh", "Ánh", "Ăn", "Bình", "Dương Minh", "Đặng Thu", "Đỗ Văn Thành", "Oanh", "Ông", "Ơn", "Uy", "Ư",
    ]


def test_a_shorter_name_comes_first_and_decomposed_input_sorts_like_composed():
    assert sorted(["Lêa", "Lê An", "Lê"], key=vietnamese_sort_key) == ["Lê", "Lê An", "Lêa"]
    assert vietnamese_sort_key("Đặng")[:2] == vietnamese_sort_key("Đa\u0323\u0306ng")[:2]
