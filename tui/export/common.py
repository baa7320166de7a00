"""What every exporter shares: filtering, deterministic times and ids, and the report's view.

Exports must be reproducible: exporting the same briefing twice gives the same bytes, so a
platform that imports them (OpenCTI, a wiki, a diff in git) sees an update, never a duplicate.
Nothing here reads the clock: every timestamp comes from the briefing itself (the generator's
time, the reviews' and notes' times, the source's date) and every id is derived from the
briefing's own ids.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from tui.core.model import Actor, Asset, Briefing, KeyPoint, OpenQuestion, Place, Span

#: ``--only`` choices: which items a filtered export keeps.
ONLY_CHOICES: tuple[str, ...] = ("accepted",)

#: Fallback time when a briefing carries no time at all (the Unix epoch, so it is obvious).
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

#: Namespace of every UUIDv5 this tool derives (itself a UUIDv5 of a fixed URL).
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://briefing-tui.invalid/export")

#: Admiralty meanings, for readers who do not know the scale by heart.
RELIABILITY_MEANING = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "cannot be judged",
}
CREDIBILITY_MEANING = {
    "1": "confirmed",
    "2": "probably true",
    "3": "possibly true",
    "4": "doubtful",
    "5": "improbable",
    "6": "cannot be judged",
}


class ExportError(Exception):
    """An export that cannot be made, with the reason in one sentence."""


# -- filtering -------------------------------------------------------------------------


def filter_briefing(briefing: Briefing, only: str | None) -> Briefing:
    """A copy of ``briefing`` reduced to what ``--only`` keeps (the original is untouched).

    ``only="accepted"`` keeps accepted key points, actors, assets and open questions. Places
    are context, not reviewed as a rule, so they stay unless rejected. An asset whose owner
    was dropped loses the owner reference, so the result is still a valid briefing.
    """
    if only is None:
        return briefing
    if only not in ONLY_CHOICES:
        raise ExportError(f"unknown --only value {only!r}; expected one of {', '.join(ONLY_CHOICES)}")
    out = copy.deepcopy(briefing)
    out.summary.points = [p for p in out.summary.points if p.review.status == "accepted"]
    out.actors = [a for a in out.actors if a.review.status == "accepted"]
    out.assets = [a for a in out.assets if a.review.status == "accepted"]
    out.open_questions = [q for q in out.open_questions if q.review.status == "accepted"]
    out.places = [p for p in out.places if p.review.status != "rejected"]
    kept_actors = {a.id for a in out.actors}
    for asset in out.assets:
        if asset.owner is not None and asset.owner not in kept_actors:
            asset.owner = None
    return out


# -- times -----------------------------------------------------------------------------


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 time or date from the file as an aware UTC datetime; None if unusable."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:  # a bare date or a naive time: the format says UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def created_time(briefing: Briefing) -> datetime:
    """When the briefing's objects count as created: the source's date, else the generator's time.

    The source's date comes first because it does not move when the briefing is regenerated:
    exported objects keep their ids across regenerations, and one id must keep one ``created``
    (STIX versions an object by ``modified``). No time at all gives the epoch, never "now".
    """
    return parse_time(briefing.source.date) or parse_time(briefing.generator.generated) or EPOCH


def base_time(briefing: Briefing) -> datetime:
    """The briefing's own latest time (source date or generation), before any review."""
    return latest(created_time(briefing), parse_time(briefing.generator.generated))


def latest(*moments: datetime | None) -> datetime:
    """The latest of the given times (None ignored; the epoch when none is given)."""
    real = [m for m in moments if m is not None]
    return max(real) if real else EPOCH


def item_time(briefing: Briefing, item: Any) -> datetime:
    """The last time an item changed: its review's time, or the briefing's own time."""
    return latest(base_time(briefing), parse_time(item.review.updated))


def briefing_time(briefing: Briefing) -> datetime:
    """The last time anything in the briefing changed (reviews, notes, answers)."""
    moments = [base_time(briefing)]
    for _, item in briefing.iter_items():
        moments.append(parse_time(item.review.updated))
        moments.extend(parse_time(n.updated) for n in item.review.notes)
        if isinstance(item, OpenQuestion) and item.answer is not None:
            moments.append(parse_time(item.answer.created))
    return latest(*moments)


def iso(moment: datetime) -> str:
    """``2026-11-25T19:41:02Z`` (seconds precision, UTC)."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def human_time(value: str | None) -> str:
    """``2026-11-25 19:41 UTC`` for readers; the raw value when it does not parse."""
    moment = parse_time(value)
    if moment is None:
        return value or "unknown time"
    if len(value or "") == 10:  # a bare date stays a date
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%d %H:%M UTC")


# -- ids -------------------------------------------------------------------------------


def briefing_key(briefing: Briefing) -> str:
    """What identifies a briefing across exports: the source's sha256, url or file name.

    The same source text gives the same key wherever the file lives, so a re-export updates
    the objects a platform already holds instead of duplicating them.
    """
    src = briefing.source
    if src.sha256:
        return f"sha256:{src.sha256}"
    if src.url:
        return f"url:{src.url}"
    name = src.path.replace("\\", "/").rsplit("/", 1)[-1]
    return f"path:{name or src.title or 'briefing'}"


def derived_uuid(*parts: str) -> str:
    """A UUIDv5 (in :data:`ID_NAMESPACE`) of the parts joined by ``|``."""
    return str(uuid.uuid5(ID_NAMESPACE, "|".join(parts)))


# -- wording ---------------------------------------------------------------------------


def grading_text(grading: str | None) -> str | None:
    """``B2 (source usually reliable; information probably true)``."""
    if not grading:
        return None
    reliability = RELIABILITY_MEANING.get(grading[:1])
    credibility = CREDIBILITY_MEANING.get(grading[1:2])
    if reliability is None or credibility is None:
        return grading
    return f"{grading} (source {reliability}; information {credibility})"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# -- the report's view (shared by Markdown and HTML) -----------------------------------


@dataclass
class NoteView:
    """A note as a report shows it."""

    author: str
    when: str
    text: str
    edited: str | None = None


@dataclass
class ItemView:
    """One item as a report shows it, whatever its kind."""

    id: str
    title: str
    kind: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    status: str = "unreviewed"
    review: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    notes: list[NoteView] = field(default_factory=list)


@dataclass
class SectionView:
    """A titled list of items (key points, actors, ...)."""

    key: str
    title: str
    items: list[ItemView] = field(default_factory=list)


@dataclass
class ReportView:
    """Everything a report shows, in order; rejected items are collected apart."""

    title: str
    header: list[tuple[str, str]]
    summary: str
    sections: list[SectionView]
    rejected: list[ItemView]
    only: str | None


def _note_views(item: Any) -> list[NoteView]:
    out = []
    for note in item.review.notes:
        edited = human_time(note.updated) if note.updated and note.updated != note.created else None
        out.append(NoteView(author=note.author, when=human_time(note.created), text=note.text, edited=edited))
    return out


def _review_facts(item: Any) -> list[tuple[str, str]]:
    review = item.review
    facts: list[tuple[str, str]] = []
    if review.confidence:
        facts.append(("confidence", f"{review.confidence} (ICD 203)"))
    graded = grading_text(review.grading)
    if graded:
        facts.append(("grading", graded))
    if review.tags:
        facts.append(("tags", ", ".join(review.tags)))
    if review.updated_by or review.updated:
        who = review.updated_by or "unknown"
        facts.append(("last reviewed", f"{who}, {human_time(review.updated)}" if review.updated else who))
    return facts


def _facts(briefing: Briefing, item: Any) -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = []

    def put(label: str, value: Any) -> None:
        if value not in (None, "", []):
            facts.append((label, str(value)))

    if isinstance(item, Actor):
        put("kind", item.kind)
        put("aliases", ", ".join(item.aliases))
        put("role", item.role)
        put("affiliation", item.affiliation)
    elif isinstance(item, Asset):
        put("type", item.type)
        put("aliases", ", ".join(item.aliases))
        put("quantity", item.quantity)
        put("location", item.location)
        if item.owner:
            owner = briefing.find(item.owner)
            put("owner", owner[2].name if owner else item.owner)
        put("status", item.status)
    elif isinstance(item, OpenQuestion):
        put("question status", item.status)
        put("why open", item.why)
        put("cue", item.cue)
        if item.answer is not None:
            answer = item.answer
            words = [w for w in (answer.likelihood, f"{answer.confidence} confidence" if answer.confidence else None) if w]
            put("answer", answer.text)
            put("answered by", f"{answer.author}, {human_time(answer.created)}" + (f" ({'; '.join(words)})" if words else ""))
        put("dismissed because", item.dismissal)
    return facts


_SECTIONS: tuple[tuple[str, str], ...] = (
    ("key_points", "Key points"),
    ("actors", "Actors"),
    ("assets", "Assets"),
    ("open_questions", "Open questions"),
    ("places", "Places"),
)

_KIND = {KeyPoint: "key point", Actor: "actor", Asset: "asset", OpenQuestion: "open question", Place: "place"}


def item_view(briefing: Briefing, item: Any) -> ItemView:
    """The view of one item."""
    return ItemView(
        id=item.id,
        title=item.label,
        kind=_KIND.get(type(item), "item"),
        facts=_facts(briefing, item),
        status=item.review.status,
        review=_review_facts(item),
        evidence=list(item.evidence),
        notes=_note_views(item),
    )


def report_view(briefing: Briefing, only: str | None = None) -> ReportView:
    """What a Markdown or HTML report shows, with rejected items set apart at the end."""
    kept = filter_briefing(briefing, only)
    src = kept.source
    header: list[tuple[str, str]] = []
    if src.publisher:
        header.append(("publisher", src.publisher))
    if src.date:
        header.append(("date", src.date))
    header.append(("source", src.url or src.path))
    if src.url and src.path:
        header.append(("source file", src.path))
    gen = kept.generator
    made = " ".join(x for x in (gen.name, gen.version) if x)
    if gen.engine:
        made += f" ({gen.engine} engine)"
    if gen.generated:
        made += f", {human_time(gen.generated)}"
    header.append(("generated by", made))
    reviewed, total = briefing.progress()
    counts: dict[str, int] = {}
    for list_name, item in briefing.iter_items():
        if list_name != "places":
            counts[item.review.status] = counts.get(item.review.status, 0) + 1
    breakdown = ", ".join(f"{counts[s]} {s}" for s in ("accepted", "flagged", "rejected") if counts.get(s))
    header.append(("review", f"{reviewed} of {total} items reviewed" + (f" ({breakdown})" if breakdown else "")))
    header.append(("this report", "accepted items only" if only == "accepted" else "every item; rejected ones listed apart at the end"))

    sections: list[SectionView] = []
    rejected: list[ItemView] = []
    for list_name, title in _SECTIONS:
        section = SectionView(key=list_name, title=title)
        for item in kept.item_list(list_name):
            view = item_view(kept, item)
            (rejected if item.review.status == "rejected" else section.items).append(view)
        sections.append(section)
    return ReportView(
        title=kept.title,
        header=header,
        summary=kept.summary.text,
        sections=sections,
        rejected=rejected,
        only=only,
    )

