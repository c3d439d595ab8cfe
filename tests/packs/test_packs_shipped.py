"""Every pack that ships in ``debates/`` passes every check, quotes included."""

from __future__ import annotations

import json

import pytest
from packs_helpers import REPO

from tutor.packs.diagnostics import report_text
from tutor.packs.library import check_pack
from tutor.packs.schema_check import pack_validator

SHIPPED = sorted((REPO / "debates").glob("*.json"))


def test_the_built_in_packs_ship_and_are_not_empty():
    assert len(SHIPPED) >= 3, f"expected the shipped packs in {REPO / 'debates'}"
    assert all(p.stat().st_size > 0 for p in SHIPPED)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_pack_has_no_errors(path):
    errors = [d for d in check_pack(path) if d.is_error]
    assert errors == [], report_text(errors)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_pack_is_valid_for_the_json_schema_too(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert pack_validator().is_valid(doc)
    assert doc["$schema"] == "../schemas/debate-pack.schema.json"
