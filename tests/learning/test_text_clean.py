"""Pack text is printed without terminal control sequences; markup stays literal text."""

from __future__ import annotations

from tutor.text import clean, valid_text


def test_markup_is_kept_as_literal_text() -> None:
    assert clean("[bold]hi[/bold]") == "[bold]hi[/bold]"
    assert clean("[@click=app.quit]quit[/]") == "[@click=app.quit]quit[/]"


def test_colour_and_cursor_escapes_are_removed() -> None:
    assert clean("\x1b[31mred\x1b[0m and \x1b[2J") == "red and "


def test_osc_hyperlinks_and_titles_are_removed() -> None:
    assert clean("\x1b]8;;http://x\x07link\x1b]8;;\x1b\\") == "link"
    assert clean("\x1b]0;title\x07ok") == "ok"


def test_c0_and_c1_controls_are_removed_but_newline_and_tab_kept() -> None:
    assert clean("a\x00b\x07c\rd\x85e\x9b2Jf\n\tg") == "abcdef\n\tg"


def test_plain_text_is_unchanged() -> None:
    assert clean("Seoul — 28,500 “troops”") == "Seoul — 28,500 “troops”"


def test_bidi_overrides_embeddings_isolates_and_marks_are_removed() -> None:
    spoof = "invoice\u202egnp.exe\u202c"
    assert clean(spoof) == "invoicegnp.exe"
    assert clean("a\u202ab\u202bc\u202dd\u2066e\u2067f\u2068g\u2069h") == "abcdefgh"
    assert clean("\u200fright\u200e left\u061c") == "right left"


def test_right_to_left_letters_themselves_are_kept() -> None:
    assert clean("שלום مرحبا") == "שלום مرحبا"


def test_a_lone_surrogate_becomes_the_replacement_character() -> None:
    assert clean("Bad \ud800 text") == "Bad \ufffd text"
    ("Bad \ufffd text").encode("utf-8")  # printable, encodable


def test_undecodable_input_bytes_become_replacement_characters() -> None:
    typed = b"caf\xe9 ok".decode("utf-8", "surrogateescape")
    assert valid_text(typed) == "caf\ufffd ok"
    assert valid_text("fine, “quoted”") == "fine, “quoted”"
