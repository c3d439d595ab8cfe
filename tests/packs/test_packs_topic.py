"""A pack's topic words are read from the pack: its titles, shared words and glossary."""

from __future__ import annotations

from packs_helpers import REPO, valid_doc

from tutor.learning.debate.words import completion_cues, reason_cues
from tutor.packs.library import LoadedPack, builtin_pack_dir, load_pack
from tutor.packs.models import Pack
from tutor.packs.topic import topic_words


def _transport_pack() -> Pack:
    """The small valid pack, retold about buses: every argument says "buses"."""
    doc = valid_doc()
    doc["metadata"]["title"] = "Free city buses"
    for motion in doc["motions"]:
        motion["title"] = "Fares"
        for argument in motion["arguments"]:
            argument["claim"] = "Free buses would carry more riders across Lakeport."
            argument["warrant"] = "Buses without fares board faster, so buses run on time."
            argument["impact"] = "More riders on buses means fewer cars."
    doc["glossary"][0]["term"] = "buses"
    doc["glossary"][0]["aliases"] = ["city bus network"]
    return Pack.model_validate(doc)


def test_words_most_arguments_share_and_title_words_are_topic_words() -> None:
    words = topic_words(_transport_pack())
    assert {"buses", "riders", "fares", "free"} <= words
    assert "korea" not in words and "troops" not in words


def test_a_glossary_entry_that_is_a_topic_word_brings_its_aliases() -> None:
    assert {"city bus network", "network"} <= topic_words(_transport_pack())


def test_the_korea_packs_get_their_topic_words_from_their_own_text() -> None:
    loaded = load_pack(builtin_pack_dir() / "force-posture.json")
    assert isinstance(loaded, LoadedPack)
    words = topic_words(loaded.pack)
    assert {"korea", "troops", "forces"} <= words
    assert "lakeport" not in words


def test_a_topic_word_alone_never_completes_a_claim() -> None:
    common = topic_words(_transport_pack())
    cues = completion_cues("would carry more riders on buses to the harbour", "Free", common)
    assert "harbour" in cues
    assert "buses" not in cues and "riders" not in cues


def test_a_topic_word_is_no_sign_of_the_reasoning_but_a_rarer_name_is() -> None:
    common = topic_words(_transport_pack())
    cues = reason_cues("Planners such as Tomas Reyes say Lakeport buses are slow.", "", common)
    assert "reyes" in cues
    assert "buses" not in cues and "lakeport" not in cues


def test_the_city_transport_fixture_reads_its_own_topic_words() -> None:
    fixture = REPO / "tests" / "fixtures" / "packs" / "city-transport" / "pack.json"
    loaded = load_pack(fixture)
    assert isinstance(loaded, LoadedPack)
    words = topic_words(loaded.pack)
    assert {"buses", "fares", "free"} <= words
    assert words.isdisjoint({"korea", "troops", "seoul", "usfk"})
