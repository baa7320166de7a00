"""Hypothesis strategies that build valid :class:`~tui.core.model.Briefing` objects.

"Valid" means what the validator accepts: ids unique across items, notes and conflicts,
asset owners that name an actor, enum fields from their vocabularies, spans with
0 <= start <= end. Text is deliberately nasty: newlines, tabs, RTL, emoji, combining marks,
quotes, leading and trailing spaces, and strings that YAML would read as numbers, dates,
booleans or null if written unquoted.
"""

from __future__ import annotations

from hypothesis import strategies as st

from tui.core.model import (
    CONFIDENCE_LEVELS,
    LIKELIHOOD_TERMS,
    QUESTION_STATUSES,
    REVIEW_STATUSES,
    Actor,
    Answer,
    Asset,
    Briefing,
    Conflict,
    Generator,
    KeyPoint,
    Note,
    OpenQuestion,
    Place,
    Review,
    Source,
    Span,
    Summary,
)

#: Strings that a careless writer would let YAML re-read as something other than text.
TRICKY = [
    "", " ", "  lead", "trail  ", "\ttab", "tab\t", "yes", "No", "off", "ON", "true", "False",
    "null", "~", "Null", "1", "-1", "0o17", "0x1F", "1e3", "1_000", ".inf", "-.Inf", ".nan",
    "2024-12-09", "2026-11-25T19:40:00Z", "12:30:45", "'quoted'", '"dq"', "it's", "a: b",
    "- dash", "# hash", "key: value\nnext", "&anchor", "*alias", "!tag", "%directive", "@at",
    "`tick", "|", ">", "{a: 1}", "[1, 2]", "a,b", "?", ":", "---", "...", "\n", "\n\n",
    "line\n", "line\n\n", "\nlead newline", " \nspace line", "a\n b\n  c", "x \ny", "x\n \ny",
    "trailing space \nnext", "tab\there\nnext", "\u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "e\u0301\u0302", "\U0001f680\U0001f1fa\U0001f1e6", "\u00a0nbsp\u00a0", "\u2028ls", "ps\u2029",
    "nel\x85x", "\ufeffbom", "\x07bell", "\x1b[31m", "\x7f", "\r", "cr\rlf\r\n", "back\\slash",
    "<<", "=", "!!python/object:os.system",
]

_alphabet = st.characters(blacklist_categories=("Cs",))  # no lone surrogates: not UTF-8 encodable
text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(_alphabet, max_size=30),
    st.lists(st.one_of(st.sampled_from(TRICKY), st.text(_alphabet, max_size=8)), max_size=4).map("".join),
)
opt_text = st.none() | text


def _is_known_key(key: str) -> bool:
    return key in _ALL_KNOWN_KEYS


_ALL_KNOWN_KEYS = {
    "schema_version", "source", "generator", "summary", "actors", "assets", "open_questions",
    "places", "conflicts", "path", "sha256", "title", "date", "publisher", "url", "name",
    "version", "engine", "engine_version", "generated", "text", "points", "id", "evidence",
    "review", "kind", "aliases", "role", "affiliation", "type", "quantity", "location", "owner",
    "status", "question", "why", "cue", "answer", "dismissal", "start", "end", "quote",
    "confidence", "grading", "tags", "notes", "updated", "updated_by", "author", "created",
    "likelihood", "base", "ours", "theirs", "ours_label", "theirs_label",
}

scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63),
    st.floats(allow_nan=False),  # NaN != NaN would make equality meaningless
    text,
)
plain_value = st.recursive(
    scalar,
    # keys as YAML allows them: text, but also numbers and null
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(text | st.integers(-3, 3) | st.none(), inner, max_size=3),
    max_leaves=8,
)
#: Unknown keys: usually none (cheap to draw), sometimes one or two with nested values.
extra = st.just({}) | st.dictionaries(
    text.filter(lambda k: k not in _ALL_KNOWN_KEYS) | st.integers(0, 9), plain_value, min_size=1, max_size=2
)


@st.composite
def spans(draw) -> Span:
    start = draw(st.integers(min_value=0, max_value=10**6))
    end = draw(st.integers(min_value=start, max_value=start + 10**4))
    return Span(start, end, draw(text), draw(extra))


@st.composite
def reviews(draw, ids) -> Review:
    if draw(st.booleans()):
        return Review()  # untouched: left out of the file
    notes = [
        Note(ids(), draw(text), draw(text), draw(text), draw(text), draw(extra))
        for _ in range(draw(st.integers(0, 2)))
    ]
    grading = draw(st.none() | st.builds(lambda r, c: r + c, st.sampled_from("ABCDEF"), st.sampled_from("123456")))
    return Review(
        status=draw(st.sampled_from(REVIEW_STATUSES)),
        confidence=draw(st.none() | st.sampled_from(CONFIDENCE_LEVELS)),
        grading=grading,
        tags=draw(st.lists(text, max_size=3)),
        notes=notes,
        updated=draw(opt_text),
        updated_by=draw(opt_text),
        extra=draw(extra),
    )


def _id_text():
    return text.filter(lambda s: s.strip() != "")


@st.composite
def briefings(draw) -> Briefing:
    """A random valid briefing (see the module docstring for what valid means)."""
    used: set[str] = set()

    def new_id() -> str:
        value = draw(_id_text().filter(lambda s: s not in used))
        used.add(value)
        return value

    def common():
        item_id = new_id()
        return item_id, draw(st.lists(spans(), max_size=2)), draw(reviews(new_id))

    def key_point():
        item_id, evidence, review = common()
        return KeyPoint(item_id, draw(text), evidence, review, draw(extra))

    actors = []
    for _ in range(draw(st.integers(0, 3))):
        item_id, evidence, review = common()
        actors.append(
            Actor(item_id, draw(text), draw(text), draw(st.lists(text, max_size=2)), draw(opt_text),
                  draw(opt_text), evidence, review, draw(extra))
        )
    actor_ids = [a.id for a in actors]
    assets = []
    for _ in range(draw(st.integers(0, 3))):
        item_id, evidence, review = common()
        owner = draw(st.none() | st.sampled_from(actor_ids)) if actor_ids else None
        assets.append(
            Asset(item_id, draw(text), draw(text), draw(st.none() | st.integers(0, 10**9)), draw(opt_text),
                  owner, draw(opt_text), evidence, review, draw(extra), aliases=draw(st.lists(text, max_size=2)))
        )
    questions = []
    for _ in range(draw(st.integers(0, 2))):
        item_id, evidence, review = common()
        status = draw(st.sampled_from(QUESTION_STATUSES))
        answer = None
        if status == "answered" or draw(st.booleans()):
            answer = Answer(draw(text), draw(text), draw(text),
                            draw(st.none() | st.sampled_from(CONFIDENCE_LEVELS)),
                            draw(st.none() | st.sampled_from(LIKELIHOOD_TERMS)), draw(extra))
        questions.append(
            OpenQuestion(item_id, draw(text), draw(opt_text), draw(opt_text), status, answer,
                         draw(opt_text), evidence, review, draw(extra))
        )
    places = []
    for _ in range(draw(st.integers(0, 1))):
        item_id, evidence, review = common()
        places.append(Place(item_id, draw(text), evidence, review, draw(extra)))
    conflicts = [
        Conflict(new_id(), draw(text), draw(plain_value), draw(plain_value), draw(plain_value),
                 draw(text), draw(text), draw(extra))
        for _ in range(draw(st.integers(0, 1)))
    ]
    sha = draw(st.none() | st.text("0123456789abcdef", min_size=64, max_size=64))
    return Briefing(
        source=Source(draw(text), sha, draw(opt_text), draw(opt_text), draw(opt_text), draw(opt_text), draw(extra)),
        generator=Generator(draw(text), draw(opt_text), draw(opt_text), draw(opt_text), draw(opt_text), draw(extra)),
        summary=Summary(draw(text), [key_point() for _ in range(draw(st.integers(0, 2)))], draw(extra)),
        actors=actors,
        assets=assets,
        open_questions=questions,
        places=places,
        conflicts=conflicts,
        extra=draw(extra),
    )
