"""``tutor extract``: drafted cards quote the article verbatim and the draft is a valid pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from authoring_support import ARTICLES, data_of, tutor

from tutor.authoring.extract import draft_pack, iso_date
from tutor.authoring.numwords import spell
from tutor.authoring.sentences import split
from tutor.grading import parse_number
from tutor.packs.models import Numeric, ShortAnswer
from tutor.packs.quotes import find_quote


def test_sentences_do_not_break_after_abbreviations() -> None:
    text = "Gen. Xavier Brunson met Dr. Lee on Jan. 5 at a U.S. Army base. He left."
    assert [s.text for s in split(text)] == [
        "Gen. Xavier Brunson met Dr. Lee on Jan. 5 at a U.S. Army base.",
        "He left.",
    ]


def test_sentences_break_after_us_when_a_new_sentence_starts() -> None:
    assert len(split("Troops went home to the U.S. The base closed.")) == 2


def test_every_sentence_is_a_verbatim_slice_of_the_article() -> None:
    text = ARTICLES[0].read_text()
    assert all(text[s.start : s.end] == s.text for s in split(text))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_drafted_quote_is_found_verbatim_in_its_article(article: Path) -> None:
    text = article.read_text()
    draft = draft_pack(text, f"sources/{article.name}", "draft-test")
    cards = [card for q in draft.data["questions"] for card in q["evidence"]]
    assert cards, "every shipped article carries at least one figure, date or name"
    assert all(find_quote(text, card["quote"]) for card in cards)


def test_extract_writes_a_pack_that_tutor_validate_accepts(tmp_path: Path) -> None:
    article = next(a for a in ARTICLES if a.name.startswith("sejong"))
    out = tmp_path / "draft" / "sejong.json"
    out.parent.mkdir()
    assert tutor("extract", article, "--pack-id", "sejong-draft", "-o", out) == 0
    assert (out.parent / "sources" / article.name).read_bytes() == article.read_bytes()
    assert tutor("validate", out) == 0


def test_extract_drafts_glossary_terms_with_their_expansion_as_alias() -> None:
    article = next(a for a in ARTICLES if a.name.startswith("sejong"))
    draft = draft_pack(article.read_text(), "sources/s.txt", "d")
    terms = {g["term"]: g["aliases"] for g in draft.data["glossary"]}
    assert terms["NCG"] == ["Nuclear Consultative Group"]
    assert terms["EDSCG"] == ["Extended Deterrence Strategy and Consultation Group"]


def test_drafted_questions_ask_for_figures_with_their_value() -> None:
    text = "Reports indicate that 4,500 U.S. troops may be relocated to Guam next year."
    (question,) = load_questions(text)
    assert isinstance(question, Numeric) and question.value == 4500
    assert "4,500" not in question.prompt and "_____" in question.prompt


def test_a_number_in_words_is_accepted_in_digits_too() -> None:
    text = "The alliance has built on the successes of the last seven decades of peace."
    (question,) = load_questions(text)
    assert isinstance(question, ShortAnswer)
    assert {"seven", "7"} <= set(question.accept)


def test_a_person_is_accepted_by_surname() -> None:
    text = "Treasury Secretary Scott Bessent stated that a general framework exists."
    (question,) = load_questions(text)
    assert isinstance(question, ShortAnswer) and question.accept == ["Scott Bessent", "Bessent"]
    assert "Bessent" not in question.prompt


def test_source_date_is_read_from_the_top_of_the_article() -> None:
    assert iso_date("October 31, 2025") == "2025-10-31"
    assert iso_date("2025-10-31") == "2025-10-31"
    assert iso_date("March 2024") == "2024-03"


@pytest.mark.parametrize("n", [0, 7, 15, 21, 101, 1200, 4500, 28500, 350_000_000_000])
def test_spelled_numbers_read_back_as_the_same_value(n: int) -> None:
    parsed = parse_number(spell(n))
    assert parsed is not None and parsed.value == n


def load_questions(text: str) -> list[object]:
    from tutor.packs.models import Pack

    draft = draft_pack(text, "sources/a.txt", "d")
    return list(Pack.model_validate(draft.data).questions)


def test_extract_refuses_to_overwrite_a_draft_or_a_different_source(tmp_path: Path) -> None:
    article = ARTICLES[0]
    out = tmp_path / "draft.json"
    assert tutor("extract", article, "-o", out) == 0
    assert tutor("extract", article, "-o", out) == 2
    other = tmp_path / "elsewhere" / article.name
    other.parent.mkdir()
    other.write_text("A different text with 1,000 words in it.\n")
    assert tutor("extract", other, "-o", tmp_path / "second.json") == 2
    assert (tmp_path / "sources" / article.name).read_bytes() == article.read_bytes()


def test_people_introduced_without_a_title_are_found_but_places_are_not() -> None:
    from tutor.authoring.features import find_features

    found = find_features("Officials, including Pete Hegseth, met allies including South Korea.")
    assert [(f.kind, f.text) for f in found] == [("person", "Pete Hegseth")]


def test_a_party_is_an_organisation_not_a_person() -> None:
    from tutor.authoring.features import find_features

    found = find_features("The plan was backed by Green Party and Labour Party members.")
    assert [(f.kind, f.text) for f in found] == [
        ("organisation", "Green Party"),
        ("organisation", "Labour Party"),
    ]


def test_places_the_article_names_are_not_taken_for_people() -> None:
    from tutor.authoring.features import find_features, place_words

    article = "Buses run late in Port Avon. Towns such as Port Avon, a harbour, agree."
    sentence = "Towns such as Port Avon, a harbour, agree."
    assert [f.kind for f in find_features(sentence)] == ["person"]  # the sentence alone
    assert find_features(sentence, place_words(article)) == []


def test_extract_never_drafts_party_as_a_surname(tmp_path: Path) -> None:
    article = tmp_path / "vote.txt"
    article.write_text(
        "Council votes on buses\n\n"
        "The motion on free buses was introduced by Green Party members last week.\n\n"
        "Officials, including Dana Okafor, said the vote came after a long study.\n",
        encoding="utf-8",
    )
    out = tmp_path / "draft.json"
    assert tutor("extract", article, "-o", out) == 0
    accepted = [a for q in data_of(out)["questions"] for a in q.get("accept", [])]
    assert "Green Party" in accepted and "Party" not in accepted
    assert "Okafor" in accepted
