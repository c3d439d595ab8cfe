"""Sessions, answers and appeals come back as they were recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_helpers import NOW, answer, session

from tutor.store import ProgressStore


def test_a_new_store_is_a_progress_db_in_the_data_folder(tmp_path: Path) -> None:
    with ProgressStore.open(tmp_path / "data") as store:
        assert store.path == tmp_path / "data" / "progress.db"
        assert store.path.is_file() and store.notices == []


def test_sessions_are_listed_with_their_times_and_meta(store: ProgressStore) -> None:
    first = session(store)
    second = store.start_session("debate", pack_id=None, started=NOW, meta={"side": "aff"})
    store.finish_session(first, NOW + timedelta(minutes=5))
    listed = store.list_sessions()
    assert [s["id"] for s in listed] == [first, second]
    assert listed[0]["ended"] == NOW + timedelta(minutes=5)
    assert listed[1] == {
        "id": second, "kind": "debate", "pack_id": None, "started": NOW, "ended": None,
        "meta": {"side": "aff"},
    }  # fmt: skip


def test_an_answer_reads_back_with_tags_as_a_list_and_time_in_utc(store: ProgressStore) -> None:
    sid = session(store)
    seoul = timezone(timedelta(hours=9))
    aid = answer(store, sid, tags=["cost", "burden"], answered=NOW.astimezone(seoul))
    [row] = store.session_answers(sid)
    assert row["id"] == aid and row["tags"] == ["cost", "burden"]
    assert row["answered"] == NOW and row["answered"].tzinfo == UTC
    assert row["appealed"] is False and row["appeal_reason"] == ""


def test_fields_beyond_the_known_columns_are_kept(store: ProgressStore) -> None:
    sid = session(store)
    answer(store, sid, phase="rebuttal", motion_id="usfk-withdraw")
    [row] = store.session_answers(sid)
    assert row["phase"] == "rebuttal" and row["motion_id"] == "usfk-withdraw"


def test_answers_are_listed_per_session_in_order(store: ProgressStore) -> None:
    one, two = session(store), session(store)
    ids = [answer(store, one, item_key=f"k{n}") for n in range(3)]
    answer(store, two)
    assert [a["id"] for a in store.session_answers(one)] == ids
    assert len(store.session_answers(two)) == 1


def test_a_naive_time_is_refused_rather_than_guessed(store: ProgressStore) -> None:
    sid = session(store)
    with pytest.raises(ValueError, match="timezone-aware"):
        answer(store, sid, answered=datetime(2026, 11, 23, 9, 0))


def test_an_answer_for_an_unknown_session_is_refused(store: ProgressStore) -> None:
    with pytest.raises(KeyError):
        answer(store, 99)


def test_an_accepted_appeal_marks_the_answer_and_is_listed_per_pack(
    store: ProgressStore,
) -> None:
    sid = session(store)
    wrong = answer(store, sid, verdict="incorrect", score=0.0, response="Seoul")
    answer(store, sid, pack_id="other", verdict="incorrect", score=0.0)
    appeal_id = store.record_appeal(wrong, "the capital counts", NOW)
    [row] = store.list_appeals(pack_id="usfk")
    assert row["answer_id"] == wrong and row["response"] == "Seoul"
    assert row["reason"] == "the capital counts" and row["created"] == NOW
    assert row["status"] == "pending" and row["appeal_id"] == appeal_id
    assert store.list_appeals(pack_id="other") == []
    assert store.session_answers(sid)[0]["corrected_score"] == 0.0  # pending: the score stands
    assert store.decide_appeal(appeal_id, True, "fair", NOW)
    first = store.session_answers(sid)[0]
    assert first["appealed"] and first["corrected_score"] == 1.0


def test_an_appeal_without_a_reason_is_listed_with_none(store: ProgressStore) -> None:
    aid = answer(store, session(store), verdict="close", score=0.5)
    store.record_appeal(aid, None, NOW)
    assert [a["reason"] for a in store.list_appeals()] == [None]
    assert store.session_answers(1)[0]["appeal_reason"] == ""


def test_session_state_round_trips_and_is_none_when_never_saved(store: ProgressStore) -> None:
    sid = session(store)
    assert store.load_session_state(sid) is None
    store.save_session_state(sid, {"flow": [{"speech": "1AC", "argument": "deter"}]})
    assert store.load_session_state(sid) == {"flow": [{"speech": "1AC", "argument": "deter"}]}


def test_finishing_an_unknown_session_is_an_error(store: ProgressStore) -> None:
    with pytest.raises(KeyError):
        store.finish_session(42, NOW)
