"""Generate ``schemas/debate-pack.schema.json`` from the pydantic models.

The models are the source of truth; this module turns them into the JSON Schema that
authors' editors use. ``python -m tutor.packs.schema_gen`` rewrites the file; a test
fails when the committed file and the models disagree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tutor.packs.models import Pack

SCHEMA_ID = "https://debate-tutor.example.org/schemas/debate-pack.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def pack_schema() -> dict[str, Any]:
    """The JSON Schema of a debate pack, Draft 2020-12, with ``$id`` and ``$schema``."""
    body = Pack.model_json_schema(by_alias=True, mode="validation")
    schema: dict[str, Any] = {"$schema": DRAFT, "$id": SCHEMA_ID}
    schema.update(body)
    return schema


def render() -> str:
    """The schema as the committed file holds it: sorted keys, two-space indent."""
    return json.dumps(pack_schema(), indent=2, ensure_ascii=False) + "\n"


def default_path() -> Path:
    return Path(__file__).resolve().parents[2] / "schemas" / "debate-pack.schema.json"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
