"""A long session's transcript: older turns fold into one widget, their text still there."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import Static
from ui_support import app_test

from tutor.learning.turns import Turn, TurnKind
from tutor.ui.widgets.transcript import FOLD, KEEP, LIVE, OlderTurns, Transcript


class TranscriptApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Transcript(id="transcript")


def _older_text(transcript: Transcript) -> str:
    content = transcript.query_one(OlderTurns).visual
    assert isinstance(content, Content)
    return content.plain


def _exchange(transcript: Transcript, n: int) -> None:
    turns = [Turn(TurnKind.FEEDBACK, f"feedback {n}"), Turn(TurnKind.SAY, f"[b]question {n}")]
    transcript.add_exchange((f"answer {n}", f"answer {n}"), turns)


@app_test
async def test_a_long_transcript_stays_few_widgets_and_keeps_old_text() -> None:
    app = TranscriptApp()
    async with app.run_test(size=(80, 24)) as pilot:
        transcript = app.query_one(Transcript)
        for n in range(30):
            _exchange(transcript, n)
            await pilot.pause()
        await pilot.pause()
        assert len(transcript.children) <= LIVE + FOLD + 1
        older = _older_text(transcript)
        assert "answer 0\n\nfeedback 0\n\n[b]question 0" in older  # in order, markup inert
        newest = transcript.children[-1]
        assert isinstance(newest, Static) and "question 29" in str(newest.visual)
        assert transcript.scroll_y == transcript.max_scroll_y  # the newest turn is in view


@app_test
async def test_the_oldest_turns_go_once_the_cap_is_reached() -> None:
    app = TranscriptApp()
    async with app.run_test(size=(80, 24)) as pilot:
        transcript = app.query_one(Transcript)
        for n in range(KEEP // 3 + 20):
            _exchange(transcript, n)
        await pilot.pause()
        assert len(transcript.query_one(OlderTurns).parts) + len(transcript.live) <= KEEP
        older = _older_text(transcript)
        assert "answer 0\n" not in older and "answer 40\n" in older
