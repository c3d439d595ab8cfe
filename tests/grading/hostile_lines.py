"""The hostile grading lines: what ``tutor grade --jsonl`` must survive, one record each.

Built here rather than committed as a 3 MB file; :func:`render` gives the batch file's
bytes (the suite writes it out for a real ``tutor grade`` run). Each line is bytes, not
text: invalid UTF-8, raw ``\\r``, NUL escapes, lone surrogates, markup and
escape sequences, bidi controls, huge numbers and strings, deep nesting, wrong types
in every field, and plenty of well-formed lines in between so order can be checked.
"""

from __future__ import annotations

import json

STRINGS = [
    "[@click=app.quit]x[/]", "[bold]Seoul[/bold]", "[/]", "\x1b[31mSeoul\x1b[0m",
    "\x1b]52;c;cm0gLXJmIH4=\x07", "\x1b]8;;http://evil.example\x1b\\Seoul\x1b]8;;\x1b\\",
    "Se\u202eluo\u202c", "\u2066Seoul\u2069", "\u200fSeoul\u200e", "\u061cSeoul", "Seoul\x00",
    "Seoul\x9b2J", "Seoul\r\nSeoul", "Seoul\tSeoul", "\ufeffSeoul", "Seo\u0301ul", "ＳＥＯＵＬ",
    "Seoul\u200b", "סיאול", "سيول", "서울", "🇰🇷 Seoul", "S" * 10, "Seoul " * 3000, "", " ",
    "\ud800", "\udfff Seoul", "28,500", "28.500", "2.85e4", "1" * 4000, "-0", "NaN", "∞",
    "Chosun Ilbo and JoongAng", "x xxxxxxxx", "Seoullllllll", "%s%s%n", "{{1}}", "${HOME}",
    "'; DROP TABLE answers; --", "../../etc/passwd", "\\", "\"", "<script>alert(1)</script>",
]  # fmt: skip


def _line(row: object) -> bytes:
    return json.dumps(row, ensure_ascii=True).encode()


def _good(n: int, answer: str, accept: list[str]) -> bytes:
    return _line({"id": f"ok-{n}", "answer": answer, "accept": accept})


def _well_formed() -> list[bytes]:
    """Every hostile string as answer, as accepted answer and as key point."""
    lines = []
    for n, text in enumerate(STRINGS):
        lines.append(_good(n, text, ["Seoul"]))
        lines.append(_line({"id": f"acc-{n}", "answer": "Seoul", "accept": [text]}))
        lines.append(
            _line({"id": f"rej-{n}", "answer": text, "accept": ["Seoul"], "reject": [text]})
        )
        kp = {"text": text or "x", "cues": [text, "deter"]}
        lines.append(_line({"id": f"kp-{n}", "answer": f"{text} deter", "keypoints": [kp]}))
    return lines


def _wrong_types() -> list[bytes]:
    values: list[object] = [None, True, 0, -1, 1.5, [], {}, [1], [None], "x", [[]], {"a": 1}]
    lines = []
    for n, value in enumerate(values):
        lines.append(_line({"id": value, "answer": "x", "accept": ["x"]}))
        lines.append(_line({"id": f"ans-{n}", "answer": value, "accept": ["x"]}))
        lines.append(_line({"id": f"acc-{n}", "answer": "x", "accept": value}))
        lines.append(_line({"id": f"rej-{n}", "answer": "x", "accept": ["x"], "reject": value}))
        lines.append(_line({"id": f"kps-{n}", "answer": "x", "keypoints": value}))
        lines.append(_line({"id": f"kp-{n}", "answer": "x", "keypoints": [value]}))
        lines.append(_line({"id": f"kpt-{n}", "answer": "x", "keypoints": [{"text": value}]}))
        lines.append(
            _line({"id": f"cue-{n}", "answer": "x", "keypoints": [{"text": "x", "cues": value}]})
        )
        lines.append(_line(value))
    return lines


def _broken_bytes() -> list[bytes]:
    good = _good(0, "Seoul", ["Seoul"])
    return [
        b"",
        b"   ",
        b"\t",
        b"\r",
        b"\xef\xbb\xbf" + good,
        b'{"id": "a", "answer": "\xff", "accept": ["x"]}',
        b"\xc0\xaf",
        b"\xe2\x82",
        b"\xed\xa0\x80",
        b"\x00",
        b"\x00" + good,
        good + b"\x00",
        json.dumps({"id": "u16", "answer": "x", "accept": ["x"]}).encode("utf-16"),
        '{"id": "l1", "answer": "café", "accept": ["x"]}'.encode("latin-1"),
        good.replace(b", ", b",\r "),
        good.replace(b"Seoul", b"Se\roul", 1),
        good + b"\r",
        good[:-1],
        good[:10],
        good + good,
        good + b"{}",
        b"[" * 100_000,
        b'{"a":' * 50_000,
        b"[" * 100 + b"]" * 100,
        b"{'id': 'a'}",
        b'{"id": "a",}',
        b"// comment",
        b"NaN",
        b'{"id": "n", "answer": NaN, "accept": ["x"]}',
        b'{"id": "i", "answer": 1e400, "accept": ["x"]}',
        b'{"id": "big", "answer": ' + b"9" * 5000 + b', "accept": ["x"]}',
        b"9" * 5000,
        b"-" * 100,
        b'{"id": "d", "id": "e", "answer": "x", "accept": ["x"]}',
        b'{"id": "\\ud800", "answer": "x", "accept": ["x"]}',
        b'{"id": "esc", "answer": "\\u001b[2J", "accept": ["\\u001b[2J"]}',
        b"true",
        b"null",
        b'"str"',
        b'{"id": "many", "answer": "x", "accept": [' + b'"y",' * 10_000 + b'"x"]}',
        _line({"id": "long", "answer": "Seoul " * 200_000, "accept": ["Seoul"]}),
        _line(
            {
                "id": "longkp",
                "answer": "deter " * 200_000,
                "keypoints": [{"text": "deter", "cues": ["deter"] * 500}],
            }
        ),
        _line({"id": "longacc", "answer": "Seoul", "accept": ["Seoul " * 50_000]}),
    ]


def lines() -> list[bytes]:
    """Every hostile line, in file order."""
    return [*_well_formed(), *_wrong_types(), *_broken_bytes()]


def render() -> bytes:
    return b"".join(line + b"\n" for line in lines())
