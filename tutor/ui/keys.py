"""Key bindings more than one screen shares, and the rule behind where they live.

No printable key may leave a drill: a learner types letters into answers, and a
picker (choices, orderings, matchings) does not swallow the letters it has no use
for, so an app-wide ``q`` would quit mid-question. The bare ``q`` is therefore bound
only on screens where nothing is being answered; ctrl+q works everywhere and asks
first during a drill.
"""

from __future__ import annotations

from textual.binding import Binding

QUIT_ON_Q = Binding("q", "app.quit", "Quit", id="quit-q", show=False)
"""``q`` quits, on the screens outside a drill (library, stats, debrief)."""
