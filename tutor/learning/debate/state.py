"""What a debate saves after every step, so a learner can leave and come back.

The state is plain JSON data kept by the store (``save_session_state``): the plan of
steps, where the learner is (step, attempt, the dialogue's counters), the outcomes
so far, the flow sheet (under ``"flow"``, as rows an export can tabulate) and the
turns still waiting for an answer, so a resumed session shows exactly those again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from tutor.learning.items import PackLike, as_pack
from tutor.learning.turns import CardView, Expects, InputKind, Turn, TurnKind
from tutor.packs.models import Pack

STATE_VERSION = 2  # 2: outcomes as the core's Outcome, no appeal flag


def turn_to_dict(turn: Turn) -> dict[str, Any]:
    """A turn waiting for an answer, as JSON data (grades are not kept: none is pending)."""
    data: dict[str, Any] = {"kind": turn.kind.value, "text": turn.text, "move": turn.move}
    if turn.expects is not None:
        data["expects"] = {
            "kind": turn.expects.kind.value,
            "options": list(turn.expects.options),
            "targets": list(turn.expects.targets),
            "placeholder": turn.expects.placeholder,
            "blanks": turn.expects.blanks,
        }
    if turn.card is not None:
        data["card"] = asdict(turn.card)
    for name in ("argument_id", "item_id"):
        if getattr(turn, name) is not None:
            data[name] = getattr(turn, name)
    if turn.progress is not None:
        data["progress"] = list(turn.progress)
    return data


def turn_from_dict(data: dict[str, Any]) -> Turn:
    expects = data.get("expects")
    progress = data.get("progress")
    return Turn(
        TurnKind(data["kind"]),
        data["text"],
        data.get("move", ""),
        expects=_expects(expects) if expects else None,
        card=CardView(**data["card"]) if "card" in data else None,
        argument_id=data.get("argument_id"),
        item_id=data.get("item_id"),
        progress=(int(progress[0]), int(progress[1])) if progress else None,
    )


def _expects(data: dict[str, Any]) -> Expects:
    return Expects(
        InputKind(data["kind"]),
        tuple(data.get("options", ())),
        tuple(data.get("targets", ())),
        data.get("placeholder", ""),
        int(data.get("blanks", 0)),
    )


def check_version(state: dict[str, Any]) -> None:
    """Refuse a state this version did not write (or that is not a debate's)."""
    if state.get("kind") != "debate" or state.get("version") != STATE_VERSION:
        raise ValueError("that saved session is not a debate this version can resume")


def saved_debate(store: Any, session_id: int) -> dict[str, Any]:
    """The saved state of an unfinished debate; ValueError saying why there is none."""
    state = store.load_session_state(session_id)
    if not isinstance(state, dict) or state.get("kind") != "debate":
        raise ValueError(f"no saved debate with session id {session_id}")
    if state.get("finished"):
        raise ValueError(f"debate {session_id} is already finished")
    return state


def pack_for(state: dict[str, Any], packs: Iterable[PackLike]) -> Pack:
    """The pack the saved debate was played on, among ``packs``."""
    wanted = state.get("pack")
    found = next((p for p in map(as_pack, packs) if p.metadata.id == wanted), None)
    if found is None:
        raise ValueError(f"the saved debate needs pack {wanted!r}, which is not loaded")
    return found
