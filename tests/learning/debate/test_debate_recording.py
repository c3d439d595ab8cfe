"""Every graded debate answer is stored at once, and the misses come back in review."""

from __future__ import annotations

from datetime import timedelta

import pytest
from debate_helpers import NOW, PACK, FakeStore, FsrsScheduler, debate, skip_to

from tutor.learning.core.recorder import Recorder
from tutor.learning.drill.review import review_session


@pytest.fixture(autouse=True)
def fsrs_scheduler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Recorder, "make_scheduler", staticmethod(FsrsScheduler))


def test_each_reply_is_recorded_under_its_item_with_its_attempt() -> None:
    store = FakeStore()
    session = debate(store)
    session.start()
    skip_to(session, "rebuttal", "deter")
    before = len(store.answers)
    session.respond("the nuclear umbrella deters")
    session.respond("South Korea's own military is strong")
    rows = store.answers[before:]
    assert [r["item_key"] for r in rows] == ["debate-test:argument:deter:rebuttal"] * 2
    assert [(r["attempt"], r["verdict"], r["skill"]) for r in rows] == [
        (1, "close", "rebuttal"),
        (2, "correct", "rebuttal"),
    ]
    assert rows[0]["session_id"] == session.session_id


def test_items_are_keyed_so_review_can_find_arguments_again() -> None:
    store = FakeStore()
    session = debate(store)
    session.start()
    while not session.finished:
        session.respond("/skip")
    keys = {r["item_key"] for r in store.answers}
    assert keys == {
        "debate-test:argument:cost:warrant",
        "debate-test:argument:cost:evidence",
        "debate-test:argument:china:warrant",
        "debate-test:argument:china:evidence",
        "debate-test:question:host",
        "debate-test:question:count",
        "debate-test:question:carrier",
        "debate-test:argument:deter:rebuttal",
        "debate-test:argument:alliance:rebuttal",
        "debate-test:motion:posture:weighing",
    }
    assert set(store.cards) == {k for k in keys if k.endswith((":warrant", ":rebuttal"))} | {
        k for k in keys if ":question:" in k
    }


def test_a_skipped_rebuttal_comes_back_in_review_as_answer_argument_x() -> None:
    store = FakeStore()
    session = debate(store)
    session.start()
    skip_to(session, "rebuttal", "alliance")  # deter is skipped on the way
    review = review_session([PACK], store, clock=lambda: NOW + timedelta(days=1))
    labels = [item.label for item in review.items]
    assert "Answer: The troops deter a North Korean attack." in labels
    assert "Warrant of: Keeping troops in Korea costs American taxpayers billions every year." in (
        labels
    )


def test_a_missed_card_reschedules_its_arguments_warrant_as_a_miss() -> None:
    store = FakeStore()
    session = debate(store)
    session.start()
    session.respond("")
    session.respond("it costs billions because Seoul pays only a fraction of the basing costs")
    step = session.step
    assert step is not None and step.kind == "evidence"
    wrong = next(i for i, k in enumerate(step.options, 1) if k != "cost:0")
    session.respond(str(wrong))
    scheduler = session.core.recorder._scheduler
    assert [int(log.rating) for log in scheduler.log] == [3, 1]  # Good, then redone as Again
    debrief = session.finish()
    assert "Evidence for: Keeping troops" in debrief.misses[0]
    [warrant] = [s for s in debrief.scheduled if s.item_key.endswith(":warrant")]
    assert warrant.due == store.cards[warrant.item_key][1]


def test_the_state_is_saved_after_every_step() -> None:
    store = FakeStore()
    session = debate(store)
    session.start()
    assert session.session_id is not None
    assert store.states[session.session_id]["index"] == 0
    session.respond("")
    state = store.states[session.session_id]
    assert state["kind"] == "debate" and state["index"] == 1
    assert store.sessions[0]["meta"] == {"motion": "posture", "side": "aff"}


def test_the_saved_flow_is_a_list_of_rows_an_export_can_tabulate() -> None:
    from tutor.reports.export import flow_table

    store = FakeStore()
    session = debate(store)
    session.start()
    skip_to(session, "rebuttal", "alliance")
    assert session.session_id is not None
    rows = store.states[session.session_id]["flow"]
    table = "\n".join(flow_table(rows))
    assert "The troops deter a North Korean attack." in table and "True" in table
