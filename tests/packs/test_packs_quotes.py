"""Quotes must be verbatim: only whitespace, typographic quotes and dashes may differ."""

from __future__ import annotations

from packs_helpers import DATA

from tutor.packs.quotes import closest_passage, find_quote

ARTICLE = (DATA / "sources" / "troop-withdrawal-4500-explainer.txt").read_text(encoding="utf-8")


def test_an_exact_quote_is_found_where_it_is():
    quote = "The approximately 28,500 U.S. troops stationed there"
    match = find_quote(ARTICLE, quote)
    assert match is not None
    assert ARTICLE[match.start : match.end] == quote == match.text


def test_line_breaks_and_double_spaces_in_a_quote_are_forgiven():
    assert find_quote(ARTICLE, "The approximately  28,500\nU.S. troops") is not None


def test_straight_quotes_match_curly_ones_in_the_source():
    assert (
        find_quote(ARTICLE, "North Korea's evolving nuclear and missile capabilities") is not None
    )


def test_hyphens_match_dashes_and_the_reverse():
    source = "The alliance — a linchpin – endures."
    assert find_quote(source, "alliance - a linchpin - endures") is not None
    assert find_quote("a well-known fact", "a well–known fact") is not None


def test_a_changed_word_is_not_forgiven():
    assert find_quote(ARTICLE, "The approximately 28,000 U.S. troops stationed there") is None


def test_case_is_not_forgiven():
    assert find_quote(ARTICLE, "the approximately 28,500 u.s. troops") is None


def test_an_empty_quote_is_never_found():
    assert find_quote(ARTICLE, "   ") is None


def test_the_match_maps_back_to_the_original_text_across_folded_whitespace():
    source = "one  two\n\nthree   four"
    match = find_quote(source, "two three four")
    assert match is not None and match.text == "two\n\nthree   four"


def test_the_closest_passage_shows_the_real_words():
    quote = "Since the Korean War truce in 1953, the U.S. has kept a substantial military presence"
    passage = closest_passage(ARTICLE, quote)
    assert "armistice in 1953" in passage
    assert "maintained a substantial military presence" in passage


def test_the_closest_passage_of_nothing_is_empty():
    assert closest_passage(ARTICLE, "") == ""
