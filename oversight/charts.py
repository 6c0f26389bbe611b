"""The oversight screens' charts: data for inline SVG templates (chart.html, trend_chart.html), which write
every number unlocalised (a decimal comma is not an SVG length)."""

from django.utils import formats
from django.utils.translation import gettext as _

CHART_WIDTH, BAR_HEIGHT, LABEL_WIDTH = 640, 22, 260


def bar_chart(title, items, maximum=None):
    """An accessible horizontal bar chart: [(label, value)] -> data for the inline SVG template."""
    maximum = maximum or max([value for _label, value in items] + [1])
    bars = []
    for index, (label, value) in enumerate(items):
        bars.append({
            "label": label, "value": value, "y": index * BAR_HEIGHT, "text_y": index * BAR_HEIGHT + 15,
            "width": round((CHART_WIDTH - LABEL_WIDTH - 60) * value / maximum, 1),
            "value_x": LABEL_WIDTH + round((CHART_WIDTH - LABEL_WIDTH - 60) * value / maximum, 1) + 4,
        })
    return {"title": title, "bars": bars, "width": CHART_WIDTH, "height": max(1, len(bars)) * BAR_HEIGHT,
            "label_width": LABEL_WIDTH, "label_header": _("Mục"), "value_header": _("Giá trị"), "rows": items}


TREND_HEIGHT, TREND_PADDING = 200, 36


def trend_chart(title, points):
    """An accessible line chart of scores (0-100) over time: [(day, score)] -> data for the inline SVG
    template; the x axis is proportional to the dates, so gaps between recordings show as gaps."""
    if not points:
        return {"title": title, "points": []}
    first, last = points[0][0], points[-1][0]
    span = max((last - first).days, 1)
    plot_width, plot_height = CHART_WIDTH - 2 * TREND_PADDING, TREND_HEIGHT - 2 * TREND_PADDING
    drawn = [
        {
            "day": day, "score": score,
            "x": round(TREND_PADDING + plot_width * (day - first).days / span, 1),
            "y": round(TREND_PADDING + plot_height * (100 - score) / 100, 1),
        }
        for day, score in points
    ]
    return {
        "title": title, "points": drawn, "width": CHART_WIDTH, "height": TREND_HEIGHT,
        "polyline": " ".join(f"{point['x']},{point['y']}" for point in drawn),
        "left": TREND_PADDING, "right": CHART_WIDTH - TREND_PADDING,
        "top": TREND_PADDING, "bottom": TREND_HEIGHT - TREND_PADDING, "middle": TREND_PADDING + plot_height / 2,
        "first": first, "last": last,
        "label_header": _("Ngày"), "value_header": _("Điểm"),
        "rows": [(formats.date_format(day, "d/m/Y"), score) for day, score in points],
    }
