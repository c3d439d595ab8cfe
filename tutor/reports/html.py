"""The class report as one self-contained HTML page: tables, two SVG plots, no script.

Nothing is fetched: styles are inline and the plots are SVG in the page, so the file
opens offline and can be mailed or put on a shared drive. Every cell is escaped.
"""

from __future__ import annotations

from html import escape

from tutor.reports.class_report import TITLES, ClassReport, tables
from tutor.reports.svg_plots import difficulty_plot, skill_progress
from tutor.text import clean

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; }
th { background: #f0f0f0; }
.plots { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.status-pending { color: #a60; } .status-accepted { color: #070; }
.status-refused { color: #a00; }
"""


def _table(header: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "<p>Nothing yet.</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(clean(cell))}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def to_html(report: ClassReport) -> str:
    scope = f"pack {report.pack_id}" if report.pack_id else "every pack"
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Class report ({escape(scope)})</title><style>{STYLE}</style></head><body>",
        f"<h1>Class report ({escape(scope)})</h1>",
        f"<p>{len(report.learners)} learner(s), {len(report.attempts)} answer(s).</p>",
        "<div class='plots'>",
        difficulty_plot(report.items),
        skill_progress(report.attempts),
        "</div>",
    ]
    for name, (header, rows) in tables(report).items():
        parts += [f"<h2>{escape(TITLES[name])}</h2>", _table(header, rows)]
    if any(a.status == "pending" for a in report.appeals):
        parts.append(
            "<p>Accept or refuse a pending appeal with <code>tutor appeals --accept ID</code>"
            " or <code>tutor appeals --refuse ID</code>; the next report shows it.</p>"
        )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
