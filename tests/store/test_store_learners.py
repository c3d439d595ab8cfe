"""Each learner's rows are their own, on either back end; old files keep their progress."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from store_helpers import DAY, NOW, answer, session

from tutor.errors import UserError
from tutor.store import ProgressStore
from tutor.store.schema import MIGRATIONS


def test_two_learners_never_see_each_others_sessions_or_answers(store: ProgressStore) -> None:
    ann, ben = store.for_learner("Ann"), store.for_learner("Ben")
    mine = session(ann)
    answer(ann, mine, response="28,500")
    session(ben)
    assert [s["id"] for s in ann.list_sessions()] == [mine]
    assert [a["response"] for a in ann.session_answers(mine)] == ["28,500"]
    assert ben.session_answers(mine) == []
    assert ann.stats(NOW).total == 1 and ben.stats(NOW).total == 0
    assert store.stats(NOW).total == 0  # the default learner is a learner too


def test_review_cards_are_kept_per_learner(store: ProgressStore) -> None:
    ann, ben = store.for_learner("Ann"), store.for_learner("Ben")
    ann.put_review_card("usfk:q1", '{"n": 1}', NOW - DAY)
    ben.put_review_card("usfk:q1", '{"n": 2}', NOW + DAY)
    assert ann.get_review_card("usfk:q1") == '{"n": 1}'
    assert ben.get_review_card("usfk:q1") == '{"n": 2}'
    assert ann.due_count(NOW) == 1 and ben.due_count(NOW) == 0
    assert ben.next_due(NOW) == NOW + DAY and ann.next_due(NOW) is None


def test_a_learner_cannot_answer_in_or_appeal_another_learners_work(store: ProgressStore) -> None:
    ann, ben = store.for_learner("Ann"), store.for_learner("Ben")
    sid = session(ann)
    aid = answer(ann, sid, verdict="incorrect", score=0.0)
    with pytest.raises(KeyError):
        answer(ben, sid)
    with pytest.raises(KeyError):
        ben.record_appeal(aid, "mine now", NOW)
    ann.record_appeal(aid, "I was right", NOW)
    assert [a["reason"] for a in ann.list_appeals()] == ["I was right"]
    assert ben.list_appeals() == []


def test_answers_from_two_learners_at_once_all_land(store: ProgressStore) -> None:
    learners = [store.for_learner(f"learner {n}") for n in range(4)]
    sessions = [session(one) for one in learners]

    def answer_many(one: ProgressStore, sid: int) -> None:
        for n in range(25):
            answer(one, sid, item_key=f"k{n}")

    threads = [
        threading.Thread(target=answer_many, args=pair)
        for pair in zip(learners, sessions, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for one, sid in zip(learners, sessions, strict=True):
        assert [a["item_key"] for a in one.session_answers(sid)] == [f"k{n}" for n in range(25)]


def test_the_learner_comes_from_the_environment_when_not_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUTOR_LEARNER", "  Kim   Min-jun ")
    with ProgressStore.open(tmp_path) as store:
        assert store.learner == "Kim Min-jun"
    with ProgressStore.open(tmp_path, learner="Ann") as store:
        assert store.learner == "Ann"


def test_a_name_with_control_characters_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="control characters"):
        ProgressStore.open(tmp_path, learner="Ann\x1b[31m")


def test_a_name_with_markup_or_shell_characters_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"not \$ \( \) \[ \]"):
        ProgressStore.open(tmp_path, learner="[b]Ann$(rm)")
    with ProgressStore.open(tmp_path, learner="김민준 O'Neil") as store:
        assert store.learner == "김민준 O'Neil"


def test_a_store_url_that_is_not_postgresql_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="postgresql://"):
        ProgressStore.open(tmp_path, url="mysql://class")


def test_a_file_from_before_learners_keeps_its_answers_for_the_default_learner(
    tmp_path: Path,
) -> None:
    db = sqlite3.connect(tmp_path / "progress.db", isolation_level=None)
    for step in MIGRATIONS[:3]:
        step(db)
    db.execute("PRAGMA user_version = 3")
    db.execute("INSERT INTO sessions (kind, started) VALUES ('quiz', '2026-11-23T09:00:00+00:00')")
    db.execute(
        "INSERT INTO answers (session_id, item_key, verdict, answered)"
        " VALUES (1, 'usfk:q1', 'correct', '2026-11-23T09:00:00+00:00')"
    )
    db.execute("INSERT INTO review_cards VALUES ('usfk:q1', '{}', '2026-11-22T09:00:00+00:00')")
    db.close()
    with ProgressStore.open(tmp_path) as store:
        assert [a["item_key"] for a in store.session_answers(1)] == ["usfk:q1"]
        assert store.due_count(NOW) == 1
        assert store.for_learner("Ann").due_count(NOW) == 0
