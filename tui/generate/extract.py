"""From a source text to a :class:`~tui.core.model.Briefing`: header, summary, actors,
assets (with quantity, location, owner and status), open questions and places.

Deterministic: the same text and engine give the same briefing (ids come from names, lists are
ordered by first mention, nothing depends on time or hashing order).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui import __version__
from tui.core.model import Actor, Asset, Briefing, Generator, KeyPoint, OpenQuestion, Place, Source, Span, Summary

from . import asset_learned
from . import assets as asset_rules
from . import places as place_rules
from . import question_polish
from . import questions as question_rules
from . import summary as summary_rules
from .actor_merge import drop_asset_names, drop_statistical_misreads
from .actors import ActorReader, is_actor, state_words
from .asset_aliases import asset_aliases
from .engine import RULES, Engine
from .mentions import Candidate, Claims
from .text import Sentence, find_date, norm, read_header, slug, split_sentences

_BOILERPLATE = re.compile(
    # a dateline ("PORTSMOUTH, April 22 -", "KYIV, Aug 4 (Reuters) -"), bylines and credits
    r"^[ \t]*[A-Z][A-Z .'/\-]{2,40}(?:, [A-Z][\w .]*?)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z]+\))? [-–—](?= )"
    r"|(?i:^[ \t]*(?:by [A-Z]|(?:additional )?reporting by|writing by|editing by|compiled by|image (?:source|caption)|"
    r"photo(?:graph)?(?: credit)?:|credit:|copyright|©|getty images|follow (?:us|me|her|him) on|sign up|read more:|related:).*$)"
    r"|(?:Reporting|Writing|Editing|Additional reporting) by [^;.\n]+",
    re.MULTILINE,
)
_TITLE_CUT = re.compile(r",\s|\s(?:with|as|after|which|while|amid|because)\s")
_STATUS_CUES: list[tuple[str, str]] = [
    (r"shot down|downed", "shot down"),
    (r"destroy\w*", "destroyed"),
    (r"\bsunk\b|\bsank\b", "sunk"),
    (r"damag\w*", "damaged"),
    (r"captur\w*|seiz\w*", "captured"),
    (r"intercept\w*", "intercepted"),
    (r"\b(?:struck|hit|attacked|targeted)\b", "struck"),
    (r"transporting|transported|moving|moved|relocat\w*|redeploy\w*", "being moved"),
    (r"evacuat\w*", "possible evacuation"),
    (r"withdraw\w*|leaving|pull\w* out", "withdrawal reported"),
    (r"deliver\w*|suppl(?:y|ied)|sent|provid\w*|transferr\w*", "supplied"),
    (r"launch\w*|fired", "launched"),
    (r"deploy\w*|stationed|based", "deployed"),
    (r"showing|spotted|seen|observed|imagery", "observed"),
]
# one scan per sentence: each cue is a named group of a single alternation
_STATUS_RE = re.compile("|".join(f"(?P<s{i}>{rx})" for i, (rx, _) in enumerate(_STATUS_CUES)), re.IGNORECASE)
#: the same over a lower-cased sentence: a case-sensitive scan is several times faster
_STATUS_LOWER = re.compile("|".join(f"(?P<s{i}>{rx})" for i, (rx, _) in enumerate(_STATUS_CUES)))
_STATUS_LABELS = {f"s{i}": label for i, (_, label) in enumerate(_STATUS_CUES)}


def _title(text: str, sentences: list[Sentence], body_start: int) -> str | None:
    first_line = text[body_start:].split("\n", 1)[0].strip()
    if first_line and len(first_line) <= 150 and "\n" in text[body_start:] and not first_line.endswith((".", "”", "\"")):
        return first_line  # a headline on its own line
    if not sentences:
        return None
    title = sentences[0].text.rstrip(".")
    if len(title) > 100:
        cut = _TITLE_CUT.search(title, 30)
        if cut:
            title = title[: cut.start()]
    return title


def _headline_end(text: str, body_start: int) -> int:
    """End of a headline line (short, no final full stop) that the body follows, else the body start."""
    first_line = text[body_start:].split("\n", 1)[0]
    stripped = first_line.strip()
    if stripped and len(stripped) <= 150 and "\n" in text[body_start:] and not stripped.endswith((".", "”", "\"")):
        return body_start + len(first_line)
    return body_start


def _spans(text: str, mentions: list[tuple[int, int]], limit: int = 3) -> list[Span]:
    """Up to ``limit`` spans: the first mention of each distinct wording first, in text order."""
    ordered = sorted(set(mentions))
    chosen: list[tuple[int, int]] = []
    seen: set[str] = set()
    for start, end in ordered:
        wording = norm(text[start:end])
        if wording not in seen:
            seen.add(wording)
            chosen.append((start, end))
    taken = set(chosen)
    for mention in ordered:
        if len(chosen) >= limit:
            break
        if mention not in taken:
            chosen.append(mention)
    return [Span(s, e, text[s:e]) for s, e in sorted(chosen[:limit])]


class _Ids:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, prefix: str, name: str) -> str:
        base = f"{prefix}-{slug(name)}"
        candidate, n = base, 2
        while candidate in self.used:
            candidate, n = f"{base}-{n}", n + 1
        self.used.add(candidate)
        return candidate


def _sentence_of(sentences: list[Sentence], offset: int) -> Sentence | None:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s
    return None


def extract(text: str, engine: Engine = RULES) -> dict:
    """Everything the generator finds in ``text``, as model objects (no source/generator)."""
    header_date, body_start = read_header(text)
    sentences = split_sentences(text, body_start)
    _status_cues.cache_clear()  # reused within one text only: a fair speed for every new text
    claims = Claims(len(text))
    for m in _BOILERPLATE.finditer(text, body_start):
        claims.take(m.start(), m.end())  # bylines and photo credits name no actor of the story
    asset_reg = asset_rules.detect(text, claims, body_start)
    extra = engine.spans(text) if engine.spans else []
    reader = ActorReader(text, body_start, claims, extra)
    actor_reg = reader.read()
    asset_rules.short_names(asset_reg, text, claims, body_start)
    asset_learned.propose(asset_reg, text, claims, body_start, actor_reg)  # after actors: their claims stand
    place_reg = place_rules.find(text, body_start, claims, reader.runs)
    actor_reg.strip_closing_quotes(text)
    asset_reg.strip_closing_quotes(text)
    drop_asset_names(actor_reg, asset_reg)
    drop_statistical_misreads(actor_reg, asset_reg, place_reg)
    ids = _Ids()

    actors: list[Actor] = []
    actor_ids: dict[str, str] = {}
    for cand in actor_reg.ordered():
        if not is_actor(cand):
            continue
        actor = Actor(
            id=ids.make("actor", _actor_id_name(cand)),
            name=cand.name,
            kind=cand.kind,
            aliases=cand.aliases(),
            role=cand.role,
            affiliation=cand.affiliation if cand.affiliation != cand.name else None,
            evidence=_spans(text, cand.mentions),
        )
        actor_ids[cand.key] = actor.id
        actors.append(actor)

    places: list[Place] = [
        Place(id=ids.make("place", c.name), name=c.name, evidence=_spans(text, c.mentions, 1))
        for c in place_reg.ordered()
    ]
    place_mentions = sorted(((s, e, c.name) for c in place_reg.ordered() for s, e in c.mentions), key=lambda t: (t[0], -t[1]))
    actor_mentions = sorted(
        ((s, e, c) for c in actor_reg.ordered() if c.key in actor_ids for s, e in c.mentions),
        key=lambda t: (t[0], t[1], t[2].key),  # two actors may share a span: never compare them
    )
    facility_mentions = sorted(
        (s, e, c.name) for c in asset_reg.ordered() if c.key.startswith("fac:") for s, e in c.mentions
    )

    states: dict[str, Candidate] = {}
    for cand in actor_reg.ordered():
        if cand.key in actor_ids and cand.kind == "state":
            for word in state_words(cand.name):
                states.setdefault(word, cand)
    facility_owner: dict[str, Candidate] = {}
    assets: list[Asset] = []
    ordered_assets = sorted(asset_reg.ordered(), key=lambda c: (not c.key.startswith("fac:"), c.first, c.key))
    for cand in ordered_assets:
        asset = Asset(
            id=ids.make("asset", _asset_id_name(cand)),
            name=cand.name,
            type=cand.kind,
            quantity=cand.extra.get("quantity") if isinstance(cand.extra.get("quantity"), int) else None,
            evidence=_asset_spans(text, cand),
            aliases=asset_aliases(cand.name, cand.aliases()),
        )
        first_start = _anchor(text, cand)
        sentence = _sentence_of(sentences, first_start)
        if sentence is not None:
            asset.location = _location(text, cand, sentence, facility_mentions, place_mentions)
            owner = _owner(text, cand, sentence, actor_mentions, states, facility_owner.get(asset.location or ""))
            asset.owner = actor_ids.get(owner.key) if owner else None
            if owner is not None and cand.key.startswith("fac:"):
                facility_owner[cand.name] = owner
            asset.status = _status(sentence, first_start)
        assets.append(asset)
    order = {c.key: i for i, c in enumerate(asset_reg.ordered())}
    keyed = dict(zip((c.key for c in ordered_assets), assets))
    assets = [keyed[k] for k in sorted(keyed, key=order.__getitem__)]

    questions: list[OpenQuestion] = []
    headline_end = _headline_end(text, body_start)
    is_name = _name_words(text, sentences, actors, places)
    for q in question_rules.find([s for s in sentences if s.start >= headline_end]):
        s = q.sentence
        wording = question_polish.polish(q.question, is_name, s.text)
        questions.append(
            OpenQuestion(
                id=ids.make("q", _question_slug(wording)),
                question=wording,
                why=q.why,
                cue=q.cue,
                status="open",
                evidence=[Span(s.start, s.end, s.text)],
            )
        )

    entity_spans = [(s, e) for s, e, _ in actor_mentions]
    asset_spans = [m for c in asset_reg.ordered() for m in c.mentions]
    chosen = summary_rules.choose(sentences, entity_spans, asset_spans)
    points = [
        KeyPoint(id=f"kp-{i}", text=summary_rules.key_point(s), evidence=[Span(s.start, s.end, s.text)])
        for i, s in enumerate(chosen, 1)
    ]
    for point in points:
        ids.used.add(point.id)
    summary = Summary(text="\n".join(summary_rules.key_point(s) for s in chosen), points=points)
    return {
        "title": _title(text, sentences, body_start),
        "date": header_date or find_date(text[body_start : body_start + 2000]),
        "summary": summary,
        "actors": actors,
        "assets": assets,
        "open_questions": questions,
        "places": places,
    }


def _actor_id_name(cand: Candidate) -> str:
    """Short, readable id stems: a person's surname, an organisation's acronym."""
    if cand.kind == "person" and " " in cand.name:
        return re.sub(r"^(?:al|el)-", "", cand.name.split()[-1])
    acronyms = [f for f in cand.forms.values() if re.fullmatch(r"[A-Z]{2,6}", f)]
    if cand.key.startswith("org:") and acronyms:
        return acronyms[0]
    return cand.name


def _asset_id_name(cand: Candidate) -> str:
    """'Khmeimim Air Base' -> khmeimim, 'Il-76' -> il76, 'M1 Latakia-Tartus highway' -> m1."""
    if cand.key.startswith("fac:") and isinstance(cand.extra.get("place"), str):
        return str(cand.extra["place"])
    if cand.key.startswith("eq:"):
        return cand.name.replace("-", "")
    designator = re.match(r"[A-Z]{1,2}\d{1,3}\b", cand.name)
    if cand.kind == "road" and designator:
        return designator.group()
    return cand.name


def _question_slug(question: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z0-9]+", question) if w.lower() not in _STOP]
    return "-".join(words[:5]) or "question"


_STOP = frozenset("is it true that the a an of to in on for and or what was were this be will would are confirmed how who".split())


def _asset_spans(text: str, cand: Candidate) -> list[Span]:
    """Evidence of an asset; the counted mention quotes its count too ('three Il-76')."""
    qspan = cand.extra.get("quantity_span")
    mentions = list(cand.mentions)
    if isinstance(qspan, tuple):
        mentions = [m for m in mentions if not (qspan[0] <= m[0] and m[1] <= qspan[1])] + [qspan]
    return _spans(text, mentions)


def _anchor(text: str, cand: Candidate) -> int:
    """Where an asset is described: its first mention by name ('Khmeimim Air Base', not an
    earlier 'an air base'), else its first mention."""
    named = [s for s, e in cand.mentions if text[s:e] == cand.name or text[s:e][:1].isupper() or text[s:e][:1].isdigit()]
    return min(named) if named else min(s for s, _ in cand.mentions)


def _name_words(text: str, sentences: list[Sentence], actors: list[Actor], places: list[Place]):
    """``is_name(word)`` for question wording: a word of a found name, a known state, demonym
    or organisation, or one the text capitalises mid-sentence (see :mod:`.question_polish`)."""
    names = [a.name for a in actors] + [alias for a in actors for alias in a.aliases] + [p.name for p in places]
    words = _capitalised_words(names) | _gazetteer_words()
    seen = question_polish.capitalised_mid_sentence(text, (s.start for s in sentences))
    return lambda word: word in words or seen(word)


def _capitalised_words(names: list[str]) -> set[str]:
    return {w for name in names for w in re.findall(r"[A-Za-z][\w’'\-]*", name) if w[0].isupper()}


@lru_cache(maxsize=None)
def _gazetteer_words() -> frozenset[str]:
    """Every capitalised word of a known state, demonym or organisation (built once)."""
    from .gazetteer import ORGANISATIONS, STATES

    names = [n for st in STATES for n in (st.name, *st.aliases, *st.demonyms)]
    names += [n for org, (_, aliases) in ORGANISATIONS.items() for n in (org, *aliases)]
    return frozenset(_capitalised_words(names))


def _location(text: str, cand: Candidate, sentence: Sentence, facilities: list, places: list) -> str | None:
    first = max(sentence.start, min(s for s, _ in cand.mentions))
    first = next((s for s, _ in sorted(cand.mentions) if s >= sentence.start), first)
    own = norm(cand.name)
    for s, e, name in facilities:
        if first < s < sentence.end and norm(name) != own:
            return name
    for i, (s, e, name) in enumerate(places):
        if first < s < sentence.end and norm(name) not in own:
            # "in Syria's Latakia province" -> "Latakia province, Syria"
            inner = [n for s2, _, n in places[i + 1 : i + 4] if s2 == e + 3 and text[e : e + 3] in ("’s ", "'s ")]
            return f"{inner[0]}, {name}" if inner else name
    place = cand.extra.get("place")
    return place if isinstance(place, str) and place != cand.name else None


#: A person's possessive just before an asset ("his military's use of", "her own"): the
#: state or force named earlier in the sentence is not its owner.
_PERSON_POSSESSIVE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+(?:['’]s)?\s+){0,3}\Z")


def _owner(text: str, cand: Candidate, sentence: Sentence, actor_mentions: list, states: dict[str, Candidate], location_owner: Candidate | None) -> Candidate | None:
    """Who holds an asset: a state named with a facility ('the Russian Khmeimim Air Base'),
    else the state or force acting closest before it in its sentence, else the owner of the
    facility it stands at, else a state adjective in the sentence."""
    if cand.kind == "road":
        return None
    word = cand.extra.get("owner_word")
    if isinstance(word, str):
        found = states.get(word)
        if found is not None:
            return found
    first = next((s for s, _ in sorted(cand.mentions) if s >= sentence.start), min(s for s, _ in cand.mentions))
    if _PERSON_POSSESSIVE.search(text, max(sentence.start, first - 48), first):
        # 'his military's use of chemical weapons': a person's, not the state named before
        return location_owner
    before = [
        (s, c) for s, e, c in actor_mentions
        if sentence.start <= s < first and c.kind in ("state", "military", "military unit", "armed group")
        and not re.search(r"\b(?:in|into|to|from|across|of|near|at)\s+(?:the\s+)?$", text[max(0, s - 12) : s])
    ]
    if before:
        return before[-1][1]
    if location_owner is not None:
        return location_owner
    for m in re.finditer(r"[A-Z][a-z]+", sentence.text):
        found = states.get(m.group())
        if found is not None and found.kind == "state":
            return found
    return None


@lru_cache(maxsize=256)
def _status_cues(sentence_text: str) -> tuple[tuple[int, str], ...]:
    """Status cues of a sentence, scanned once however many assets it mentions."""
    lowered = sentence_text.lower()
    scan = _STATUS_LOWER.finditer(lowered) if len(lowered) == len(sentence_text) else _STATUS_RE.finditer(sentence_text)
    return tuple((m.start(), _STATUS_LABELS[m.lastgroup]) for m in scan)


def _status(sentence: Sentence, offset: int) -> str | None:
    rel = offset - sentence.start
    best = None
    for at, label in _status_cues(sentence.text):
        dist = abs(at - rel)
        if best is None or dist < best[0]:
            best = (dist, label)
    return best[1] if best else None


def make_briefing(text: str, *, source_path: str, sha256: str, engine: Engine = RULES) -> Briefing:
    """A complete briefing for ``text``; ``source_path`` is relative to the briefing file.

    ``generator.generated`` is left out on purpose: a timestamp would make two runs on the
    same source differ, and the source's sha256 plus the engine version identify the run.
    """
    found = extract(text, engine)
    generator = Generator(name="briefing-tui", version=__version__, engine=engine.name, engine_version=engine.version)
    generator.extra["source_sha256"] = sha256
    return Briefing(
        source=Source(path=source_path, sha256=sha256, title=found["title"], date=found["date"]),
        generator=generator,
        summary=found["summary"],
        actors=found["actors"],
        assets=found["assets"],
        open_questions=found["open_questions"],
        places=found["places"],
    )
