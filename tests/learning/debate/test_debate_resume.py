"""A debate left mid-way resumes where it stopped, with the same next turn."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from debate_helpers import PACK, FakeStore, FsrsScheduler, debate, skip_to

from tutor.learning.core.recorder import Recorder
from tutor.learning.debate import DebateSession
from tutor.learning.turns import Turn


@pytest.fixture(autouse=True)
def fsrs_scheduler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Recorder, "make_scheduler", staticmethod(FsrsScheduler))


def shown(turns: list[Turn]) -> list[tuple[str, str, str]]:
    return [(t.kind.value, t.text, t.move) for t in turns]


def mid_dialogue(session: DebateSession) -> list[Turn]:
    skip_to(session, "rebuttal", "deter")
    return session.respond("the nuclear umbrella deters")


def mid_choice(session: DebateSession) -> list[Turn]:
    return skip_to(session, "evidence", "china")


def retrying(session: DebateSession) -> list[Turn]:
    skip_to(session, "crossex", "host")
    return session.respond("Korea")


@pytest.mark.parametrize("walk", [mid_dialogue, mid_choice, retrying])
def test_a_resumed_debate_shows_the_same_pending_turn_and_goes_on_alike(
    walk: Callable[[DebateSession], list[Turn]],
) -> None:
    store = FakeStore()
    first = debate(store)
    first.start()
    last = walk(first)[-1]
    assert first.session_id is not None
    again = DebateSession.resume(store, first.session_id, [PACK])
    opening = again.start()
    assert opening[0].text.startswith("Welcome back")
    assert opening[-1] == last
    assert again.progress == first.progress and again.phase is first.phase
    assert again.flow == first.flow
    for reply in ("South Korea", "and the South's own military", "2"):
        assert shown(again.respond(reply)) == shown(first.respond(reply))


def test_the_saved_state_is_plain_json_and_restores_the_round() -> None:
    session = debate()
    session.start()
    last = mid_dialogue(session)[-1]
    state = json.loads(json.dumps(session.to_state()))
    copy = DebateSession.from_state(PACK, state)
    assert copy.start()[-1] == last
    assert copy.core.card == session.core.card and copy.plan == session.plan


def test_resuming_a_finished_or_unknown_debate_says_why() -> None:
    store = FakeStore()
    session = debate(store)
    session.start()
    while not session.finished:
        session.respond("/skip")
    assert session.session_id is not None
    with pytest.raises(ValueError, match="already finished"):
        DebateSession.resume(store, session.session_id, PACK)
    with pytest.raises(ValueError, match="no saved debate"):
        DebateSession.resume(store, 99, PACK)


def test_resuming_without_the_debates_pack_says_which_pack_is_needed() -> None:
    store = FakeStore()
    session = debate(store)
    session.start()
    assert session.session_id is not None
    with pytest.raises(ValueError, match="needs pack 'debate-test'"):
        DebateSession.resume(store, session.session_id, [])


def test_a_debate_saved_on_an_older_pack_is_refused_not_crashed() -> None:
    session = debate()
    session.start()
    state = session.to_state()
    state["plan"][1]["ref"] = "gone"
    with pytest.raises(ValueError, match="pack has changed"):
        DebateSession.from_state(PACK, state)
