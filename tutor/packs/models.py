"""The debate-pack format as typed objects: the only in-memory form the tutor uses.

These pydantic models are the source of truth for the format. The JSON Schema in
``schemas/debate-pack.schema.json`` is generated from them (``python -m
tutor.packs.schema_gen``), so the two cannot drift apart. Every field carries a
``description`` that an author sees as editor help; unknown keys are errors.

Checks that need the whole pack (unique ids, references that resolve, quotes found
in their sources) live in :mod:`tutor.packs.checks`, not here.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

FORMAT_VERSION = 1

Id = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9._-]*$",
        max_length=80,
        description="A short identifier: lower-case letters, digits, '.', '_' or '-'.",
        examples=["usfk-troops"],
    ),
]
Text = Annotated[str, Field(min_length=1, max_length=5000)]
Side = Literal["aff", "neg"]
Skill = Literal["facts", "structure", "rebuttal", "evidence"]
StockIssue = Literal[
    "harms",
    "inherency",
    "solvency",
    "topicality",
    "significance",
    "disadvantage",
    "advantage",
    "counterplan",
    "kritik",
]
SourceKind = Literal["news", "op-ed", "think-tank", "aggregator", "blog", "explainer"]
Difficulty = Literal["easy", "medium", "hard"]


class Strict(BaseModel):
    """Base for every pack object: unknown keys are errors, strings are not coerced."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Metadata(Strict):
    """Who wrote the pack, what it covers and under what licence."""

    id: Id = Field(description="The pack's identifier, unique among installed packs.")
    title: Text = Field(description="The pack's title as learners see it.")
    version: str = Field(
        pattern=r"^\d+\.\d+(\.\d+)?$",
        description="The pack's own version (not the format's), e.g. 1.0 or 1.2.3.",
        examples=["1.0.0"],
    )
    language: str = Field(
        default="en", pattern=r"^[a-z]{2}(-[A-Z]{2})?$", description="BCP 47 language tag."
    )
    level: Literal["novice", "intermediate", "advanced"] = Field(
        default="intermediate", description="Who the pack is written for."
    )
    authors: list[Text] = Field(min_length=1, description="The pack's authors.")
    licence: Text = Field(description="The licence of the pack's own text.", examples=["CC BY 4.0"])
    description: Text = Field(description="One paragraph on what the pack teaches.")


class Source(Strict):
    """An article the pack quotes. Its text file lives in the pack's folder."""

    id: Id = Field(description="Identifier that evidence cards use to cite this source.")
    title: Text = Field(description="The article's title.")
    author: Text | None = Field(default=None, description="Named author; null if unsigned.")
    outlet: Text = Field(description="Where it was published.")
    date: str = Field(
        description="Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD.",
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        examples=["2025-10-31"],
    )
    kind: SourceKind = Field(description="What sort of text it is, which bears on its weight.")
    file: str = Field(
        min_length=1,
        description="Path of the article's plain-text file, relative to the pack file and "
        "inside the pack's folder.",
        examples=["sources/upi-maxwell-no-retreat.txt"],
    )
    url: str | None = Field(default=None, description="Where the original can be found.")
    reliability: Text = Field(
        description="How far to trust this source and why: a note learners read."
    )


class GlossaryEntry(Strict):
    """A term the articles use, defined from the articles."""

    id: Id = Field(description="Identifier of the entry.")
    term: Text = Field(description="The term as usually written.", examples=["NCG"])
    aliases: list[Text] = Field(
        default_factory=list, description="Other names a learner may type for the term."
    )
    definition: Text = Field(description="A definition drawn from the sources.")
    source: Id | None = Field(
        default=None, description="Id of the source the definition rests on; null for background."
    )


class EvidenceCard(Strict):
    """A tag line and a verbatim quote from a source: what debaters call a card."""

    id: Id | None = Field(default=None, description="Optional identifier so others can cite it.")
    tag: Text = Field(description="The card's tag line: the claim the quote supports, briefly.")
    source: Id = Field(description="Id of the source quoted.")
    quote: Text = Field(
        description="Exact words from the source's text file. Only whitespace, typographic "
        "quotes and dashes may differ."
    )


class KeyPoint(Strict):
    """A point a good answer (e.g. a rebuttal) covers, with the phrases that signal it."""

    text: Text = Field(description="The point in a sentence, shown to the learner after grading.")
    cues: list[Text] = Field(
        min_length=1,
        description="Short phrases a learner might actually type when making this point.",
        examples=[["tripwire", "automatic involvement"]],
    )
    weight: float = Field(default=1.0, gt=0, le=10, description="Relative weight of this point.")
    hint: Text | None = Field(
        default=None, description="A hint aimed at this point, given when it is missing."
    )
    examples: list[Text] = Field(
        default_factory=list,
        description="Self-tests: answers, in a learner's own words, that must earn this point. "
        "`tutor lint` grades each one and warns when the judge does not credit it.",
        examples=[["Pull the troops out and nothing forces America to fight on day one."]],
    )
    counterexamples: list[Text] = Field(
        default_factory=list,
        description="Self-tests: answers that must NOT earn this point (a concession of the "
        "opponent's claim, a denial, an argument for the other side, a near miss). "
        "`tutor lint` warns when the judge credits one.",
        examples=[["He's right that the troops are a tripwire, and that keeps the peace."]],
    )


class Argument(Strict):
    """One argument on one side of a motion, in stock-issue form, with its evidence."""

    id: Id = Field(description="Identifier, unique in the pack.")
    side: Side = Field(description="'aff' argues for the resolution, 'neg' against it.")
    stock_issue: StockIssue = Field(description="Which stock issue the argument addresses.")
    claim: Text = Field(description="What the argument asserts.")
    warrant: Text = Field(description="Why the claim is true: the reasoning and facts behind it.")
    impact: Text = Field(description="Why it matters: what follows if the claim is true.")
    evidence: list[EvidenceCard] = Field(
        min_length=1, description="Cards that support the argument."
    )
    answers: list[Id] = Field(
        default_factory=list, description="Ids of opposing arguments this argument responds to."
    )
    key_points: list[KeyPoint] = Field(
        min_length=1,
        max_length=6,
        description="Points a good rebuttal OF this argument covers (2-4 recommended).",
    )
    model_rebuttal: Text | None = Field(
        default=None, description="A model rebuttal of this argument, shown after the learner's."
    )


class SideInfo(Strict):
    """One side of a motion as the learner sees it."""

    label: Text = Field(description="Short label of the side.", examples=["Withdraw"])
    summary: Text = Field(description="The side's position in one or two sentences.")


class Motion(Strict):
    """A resolution debated by two sides, with the arguments for each."""

    id: Id = Field(description="Identifier, unique in the pack.")
    title: Text = Field(description="Short title of the motion.", examples=["Force posture"])
    resolution: Text = Field(description="The resolution as it would be read in a round.")
    aff: SideInfo = Field(description="The affirmative side (for the resolution).")
    neg: SideInfo = Field(description="The negative side (against the resolution).")
    key_terms: list[Id] = Field(
        default_factory=list, description="Glossary ids to frame the debate (3-5 recommended)."
    )
    arguments: list[Argument] = Field(min_length=2, description="Arguments for both sides.")
    weighing: Text | None = Field(
        default=None, description="Guidance on weighing the impacts of the two sides."
    )


class Waiver(Strict):
    """A ``tutor lint`` warning the author has checked and keeps, with the reason why."""

    warning: Text = Field(
        description="Words of the warning's message that pick it out, e.g. \"shows 'China'\".",
        examples=["shows 'China'"],
    )
    reason: Text = Field(description="Why the warning does not apply here: a note for reviewers.")


class QuestionBase(Strict):
    """Fields every question has."""

    id: Id = Field(description="Identifier, unique in the pack.")
    prompt: Text = Field(description="The question as the learner reads it.")
    explanation: Text = Field(description="Why the answer is right, shown after answering.")
    evidence: list[EvidenceCard] = Field(
        default_factory=list, description="Cards behind the answer."
    )
    tags: list[Id] = Field(default_factory=list, description="Topics, for quizzes by tag.")
    difficulty: Difficulty = Field(default="medium", description="How hard the question is.")
    skill: Skill = Field(default="facts", description="Which debate skill the question trains.")
    motion: Id | None = Field(default=None, description="Id of the motion it belongs to, if any.")
    lint_waivers: list[Waiver] = Field(
        default_factory=list,
        description="Lint warnings on this question the author has checked and keeps, "
        "each with its reason; lint stays silent on them.",
    )


class MultipleChoice(QuestionBase):
    """Pick one option."""

    type: Literal["multiple_choice"] = Field(description="Question type.")
    options: list[Text] = Field(min_length=2, max_length=8, description="The options shown.")
    answer: int = Field(ge=0, description="Index (from 0) of the correct option.")


class TrueFalse(QuestionBase):
    """A statement that is true or false."""

    type: Literal["true_false"] = Field(description="Question type.")
    answer: bool = Field(description="Whether the statement in the prompt is true.")


class WrongAnswer(Strict):
    """An answer learners are likely to give that is wrong, with feedback on why."""

    answer: Text = Field(description="The wrong answer.")
    feedback: Text = Field(description="What to tell a learner who gives it.")


class ShortAnswer(QuestionBase):
    """A typed answer of a few words, graded by fuzzy matching."""

    type: Literal["short_answer"] = Field(description="Question type.")
    accept: list[Text] = Field(
        min_length=1, description="Accepted answers: every variant a fair teacher would take."
    )
    reject: list[WrongAnswer] = Field(
        default_factory=list, description="Known wrong answers, each with its own feedback."
    )


class Numeric(QuestionBase):
    """A number, graded with a tolerance."""

    type: Literal["numeric"] = Field(description="Question type.")
    value: float = Field(description="The correct value.")
    tolerance: float = Field(default=0, ge=0, description="Accepted absolute difference.")
    unit: str | None = Field(default=None, description="Unit shown after the input, if any.")


class Blank(Strict):
    """One blank of a cloze, with its accepted fillings."""

    accept: list[Text] = Field(min_length=1, description="Accepted fillings of the blank.")


class Cloze(QuestionBase):
    """A quote with words blanked out; blanks are written {{1}}, {{2}}, ..."""

    type: Literal["cloze"] = Field(description="Question type.")
    text: Text = Field(
        description="The text with blanks marked {{1}}, {{2}}, ... in order.",
        examples=["U.S. Forces Korea numbers about {{1}} troops."],
    )
    blanks: list[Blank] = Field(min_length=1, description="The blanks, in order.")


class Ordering(QuestionBase):
    """Put items in order (e.g. a timeline)."""

    type: Literal["ordering"] = Field(description="Question type.")
    items: list[Text] = Field(
        min_length=2, max_length=10, description="The items in the CORRECT order."
    )


class MatchPair(Strict):
    """A left item and the right item it matches."""

    left: Text = Field(description="Left item, e.g. a person.")
    right: Text = Field(description="Right item, e.g. what they said.")


class Matching(QuestionBase):
    """Match each left item with its right item (e.g. who said what)."""

    type: Literal["matching"] = Field(description="Question type.")
    pairs: list[MatchPair] = Field(min_length=2, max_length=8, description="The correct pairs.")


class SideIdentification(QuestionBase):
    """Which side of a motion would make this statement?"""

    type: Literal["side_identification"] = Field(description="Question type.")
    statement: Text = Field(description="The statement to classify.")
    answer: Side = Field(description="The side that would make it.")


class ArgumentAnatomy(QuestionBase):
    """Is this part of an argument its claim, warrant or impact?"""

    type: Literal["argument_anatomy"] = Field(description="Question type.")
    argument: Id | None = Field(default=None, description="Id of the argument it is taken from.")
    excerpt: Text = Field(description="The part of the argument shown to the learner.")
    answer: Literal["claim", "warrant", "impact"] = Field(description="Which part it is.")


class EvidenceQuality(QuestionBase):
    """Which evidence is stronger, or what is wrong with a piece of evidence?"""

    type: Literal["evidence_quality"] = Field(description="Question type.")
    options: list[Text] = Field(min_length=2, max_length=8, description="The options shown.")
    answer: int = Field(ge=0, description="Index (from 0) of the best option.")


class FreeText(QuestionBase):
    """An explanation in the learner's words, graded by key-point coverage."""

    type: Literal["free_text"] = Field(description="Question type.")
    key_points: list[KeyPoint] = Field(min_length=1, description="Points a good answer covers.")
    threshold: float = Field(
        default=0.6, gt=0, le=1, description="Share of key-point weight needed to pass."
    )
    model_answer: Text = Field(description="A model answer shown after grading.")


Question = Annotated[
    MultipleChoice
    | TrueFalse
    | ShortAnswer
    | Numeric
    | Cloze
    | Ordering
    | Matching
    | SideIdentification
    | ArgumentAnatomy
    | EvidenceQuality
    | FreeText,
    Field(discriminator="type"),
]

QUESTION_TYPES: tuple[str, ...] = (
    "multiple_choice",
    "true_false",
    "short_answer",
    "numeric",
    "cloze",
    "ordering",
    "matching",
    "side_identification",
    "argument_anatomy",
    "evidence_quality",
    "free_text",
)


VariantGroup = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=200)]],
    Field(
        min_length=2,
        description="Equivalent forms of one word or phrase: an abbreviation and its expansion.",
        examples=[["NCG", "Nuclear Consultative Group"]],
    ),
]


class Pack(Strict):
    """A debate pack: sources, glossary, motions with arguments, and questions."""

    schema_ref: str | None = Field(
        default=None,
        alias="$schema",
        description="Path or URL of the JSON Schema, so editors complete and check the file.",
    )
    format: Literal[1] = Field(description="Version of the pack format, for later migration.")
    metadata: Metadata = Field(description="Who wrote the pack and what it covers.")
    sources: list[Source] = Field(min_length=1, description="The articles the pack quotes.")
    glossary: list[GlossaryEntry] = Field(default_factory=list, description="Key terms.")
    motions: list[Motion] = Field(default_factory=list, description="Motions to debate.")
    questions: list[Question] = Field(default_factory=list, description="Quiz questions.")
    variants: list[VariantGroup] = Field(
        default_factory=list,
        description=(
            "Spellings that name the same thing in this pack's typed answers, beyond the"
            " grader's built-in table (abbreviations, romanisations, short names). Each entry"
            " is a group of two or more equivalent forms; a learner's form is read as the"
            " form a question's accepted or known wrong answers use."
        ),
        examples=[
            [
                ["USFK", "U.S. Forces Korea", "United States Forces Korea"],
                ["Lee Jae-myung", "Lee Jae-myeong", "Yi Jae-myeong"],
            ]
        ],
    )

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True)

    @field_validator("format", mode="before")
    @classmethod
    def _format_is_a_whole_number(cls, value: object) -> object:
        """Even strict, pydantic lets 1.0 and true pass as the literal 1; the schema does not."""
        if type(value) is not int:
            raise ValueError("the format version must be the whole number 1")
        return value
