"""The briefing as a STIX 2.1 bundle, built and checked by the ``stix2`` library.

One ``report`` stands for the briefing and refers to every other object. Actors become
``identity``, ``threat-actor`` or ``intrusion-set`` objects by their kind, assets
``infrastructure``, places ``location``; key points, open questions (labelled ``question``),
their answers and every analyst note become ``note`` objects pointing at what they annotate;
each review decision becomes an ``opinion`` (accepted -> agree, rejected -> disagree, flagged ->
neutral). Confidence comes from the ICD 203 level or the Admiralty grading through the STIX 2.1
Appendix B tables (:mod:`tui.export.scales`). The full mapping is in ``docs/export.md``.

Ids are UUIDv5 of the briefing's key (its source's sha256) and the item's id, and every
timestamp comes from the briefing (generator time, review and note times), so exporting the
same briefing twice gives the same bytes, and a platform such as OpenCTI updates the objects
of an earlier export instead of duplicating them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import stix2

from tui.core.model import Actor, Asset, Briefing, KeyPoint, OpenQuestion, Place

from . import scales
from .common import (
    EPOCH,
    ExportError,
    briefing_key,
    briefing_time,
    created_time,
    derived_uuid,
    filter_briefing,
    item_time,
    latest,
    parse_time,
)
from .countries import countries_in, country_code

#: Actor kinds (the format's open vocabulary, lowercased) that map to ``threat-actor``, with
#: the STIX threat-actor-type. Everything else is an ``identity`` unless it names an
#: intrusion set (below).
THREAT_ACTOR_KINDS: dict[str, str] = {
    "armed group": "unknown",
    "military": "nation-state",
    "military unit": "nation-state",
    "terrorist group": "terrorist",
    "criminal group": "crime-syndicate",
    "threat actor": "unknown",
}
#: Actor kinds that map to ``intrusion-set`` (cyber operations attributed as one set).
INTRUSION_SET_KINDS: frozenset[str] = frozenset({"intrusion set", "apt", "apt group", "cyber group", "hacker group"})
#: Identity class per actor kind (``identity_class`` vocabulary of STIX 2.1).
IDENTITY_CLASS: dict[str, str] = {
    "person": "individual",
    "state": "organization",
    "government": "organization",
    "organisation": "organization",
    "organization": "organization",
    "political party": "organization",
    "media": "organization",
    "source": "unknown",
    "other": "unknown",
}
#: Identity sectors per actor kind, where the kind says it.
IDENTITY_SECTORS: dict[str, list[str]] = {
    "state": ["government-national"],
    "government": ["government-national"],
    "media": ["communications"],
}
#: Review status -> opinion value.
OPINION: dict[str, str] = {"accepted": "agree", "rejected": "disagree", "flagged": "neutral"}


class _Builder:
    """Collects the STIX objects of one briefing in a fixed order."""

    def __init__(self, briefing: Briefing) -> None:
        self.b = briefing
        self.key = briefing_key(briefing)
        self.created = created_time(briefing)  # stable across regenerations: every object's `created`
        self.objects: list[Any] = []
        self.analysts: dict[str, Any] = {}
        self.report_id = self.sid("report", "briefing")
        self.sdo_of: dict[str, str] = {}  # item id -> STIX id

    # -- helpers -----------------------------------------------------------------------

    def sid(self, stix_type: str, *parts: str) -> str:
        """A deterministic STIX id: ``type--uuid5(key|type|parts)``."""
        return f"{stix_type}--{derived_uuid(self.key, stix_type, *parts)}"

    def analyst(self, name: str | None) -> str | None:
        """The identity of an analyst (created once; the same id in every briefing)."""
        if not name:
            return None
        if name not in self.analysts:
            self.analysts[name] = stix2.v21.Identity(
                id=f"identity--{derived_uuid('analyst', name)}",
                name=name,
                identity_class="individual",
                roles=["analyst"],
                # the same object in every briefing's export, so its times cannot be any
                # briefing's: STIX forbids one id with two different `created` values
                created=EPOCH,
                modified=EPOCH,
            )
        return self.analysts[name].id

    def common(self, item: Any, created: datetime | None = None) -> dict[str, Any]:
        """created/modified, labels (tags, grading) and confidence of an item's SDO."""
        created = created or self.created
        review = item.review
        labels = list(review.tags)
        if review.grading:
            labels.append(f"admiralty:{review.grading}")
        props: dict[str, Any] = {"created": created, "modified": latest(created, item_time(self.b, item))}
        if labels:
            props["labels"] = labels
        confidence = scales.item_confidence(review.confidence, review.grading)
        if confidence is not None:
            props["confidence"] = confidence
        return props

    @staticmethod
    def evidence_text(item: Any) -> str:
        return "\n".join(f"Evidence ({s.start}-{s.end}): “{s.quote}”" for s in item.evidence)

    def describe(self, *lines: str | None) -> str | None:
        text = "\n".join(line for line in lines if line)
        return text or None

    def add(self, obj: Any) -> Any:
        self.objects.append(obj)
        return obj

    # -- items -------------------------------------------------------------------------

    def actor(self, actor: Actor) -> None:
        kind = (actor.kind or "other").strip().lower()
        description = self.describe(
            f"Kind: {actor.kind}",
            f"Role: {actor.role}" if actor.role else None,
            f"Affiliation: {actor.affiliation}" if actor.affiliation else None,
            self.evidence_text(actor),
        )
        props = dict(name=actor.name, description=description, **self.common(actor))
        if kind in INTRUSION_SET_KINDS:
            obj = stix2.v21.IntrusionSet(id=self.sid("intrusion-set", actor.id), aliases=actor.aliases or None, **props)
        elif kind in THREAT_ACTOR_KINDS:
            obj = stix2.v21.ThreatActor(
                id=self.sid("threat-actor", actor.id),
                threat_actor_types=[THREAT_ACTOR_KINDS[kind]],
                aliases=actor.aliases or None,
                **props,
            )
        else:
            obj = stix2.v21.Identity(
                id=self.sid("identity", actor.id),
                identity_class=IDENTITY_CLASS.get(kind, "unknown"),
                sectors=IDENTITY_SECTORS.get(kind),
                roles=[actor.role] if actor.role else None,
                **props,
            )
        self.sdo_of[actor.id] = self.add(obj).id

    def asset(self, asset: Asset) -> None:
        description = self.describe(
            f"Type: {asset.type}",
            f"Quantity: {asset.quantity}" if asset.quantity is not None else None,
            f"Location: {asset.location}" if asset.location else None,
            f"Status: {asset.status}" if asset.status else None,
            self.evidence_text(asset),
        )
        common = self.common(asset)
        common["labels"] = [asset.type, *common.get("labels", [])] if asset.type else common.get("labels")
        obj = stix2.v21.Infrastructure(id=self.sid("infrastructure", asset.id), name=asset.name,
                                       aliases=asset.aliases or None, description=description, **common)
        self.sdo_of[asset.id] = self.add(obj).id

    def place_country(self, place: Place) -> tuple[str | None, bool]:
        """``(ISO code, inferred?)`` for a place: its own name, an asset's location, else the briefing's."""
        code = country_code(place.name)
        if code:
            return code, False
        for asset in self.b.assets:
            if asset.location and place.name.lower() in asset.location.lower():
                found = [c for c in countries_in(asset.location) if c]
                if found:
                    return found[0], False
        theatre = [country_code(p.name) for p in self.b.places if country_code(p.name)]
        if theatre:
            return max(theatre, key=theatre.count), True
        return None, True

    def place(self, place: Place) -> None:
        code, inferred = self.place_country(place)
        common = self.common(place)
        props: dict[str, Any] = {}
        if code:
            props["country"] = code
        else:  # STIX needs a country, region or coordinates; say plainly that none is known
            props["region"] = "unknown"
        if inferred:
            common["labels"] = [*common.get("labels", []), "country-inferred" if code else "location-unresolved"]
        obj = stix2.v21.Location(
            id=self.sid("location", place.id),
            name=place.name,
            description=self.describe(self.evidence_text(place)),
            **props,
            **common,
        )
        self.sdo_of[place.id] = self.add(obj).id

    def key_point(self, point: KeyPoint) -> None:
        obj = stix2.v21.Note(
            id=self.sid("note", point.id),
            abstract="Key point",
            content=self.describe(point.text, self.evidence_text(point)),
            object_refs=[self.report_id],
            **self._with_label(point, "key-point"),
        )
        self.sdo_of[point.id] = self.add(obj).id

    def _with_label(self, item: Any, label: str, *more: str) -> dict[str, Any]:
        props = self.common(item)
        props["labels"] = [label, *more, *props.get("labels", [])]
        return props

    def question(self, question: OpenQuestion) -> None:
        content = self.describe(
            question.question,
            f"Why it is open: {question.why}" if question.why else None,
            f"Cue: {question.cue}" if question.cue else None,
            f"Dismissed: {question.dismissal}" if question.status == "dismissed" and question.dismissal else None,
            self.evidence_text(question),
        )
        obj = stix2.v21.Note(
            id=self.sid("note", question.id),
            abstract=question.question,
            content=content,
            object_refs=[self.report_id],
            **self._with_label(question, "question", f"question-status:{question.status}"),
        )
        self.sdo_of[question.id] = self.add(obj).id
        answer = question.answer
        if answer is not None and question.status == "answered":
            # one answer object per question (a new answer updates it), so a stable `created`
            answered = latest(self.created, parse_time(answer.created))
            words = [w for w in (answer.likelihood, f"{answer.confidence} confidence" if answer.confidence else None) if w]
            props: dict[str, Any] = {}
            value = scales.answer_confidence(answer.likelihood, answer.confidence)
            if value is not None:
                props["confidence"] = value
            self.add(
                stix2.v21.Note(
                    id=self.sid("note", question.id, "answer"),
                    abstract=f"Answer: {question.question}",
                    content=answer.text + (f"\n({'; '.join(words)})" if words else ""),
                    authors=[answer.author],
                    created_by_ref=self.analyst(answer.author),
                    labels=["answer"],
                    object_refs=[obj.id],
                    created=self.created,
                    modified=answered,
                    **props,
                )
            )

    # -- annotations -------------------------------------------------------------------

    def notes_and_opinion(self, item: Any) -> None:
        target = self.sdo_of[item.id]
        for note in item.review.notes:
            created = parse_time(note.created) or self.created
            self.add(
                stix2.v21.Note(
                    id=self.sid("note", item.id, note.id),
                    abstract=next((line.strip()[:120] for line in note.text.splitlines() if line.strip()), None),
                    content=note.text,
                    authors=[note.author],
                    created_by_ref=self.analyst(note.author),
                    labels=["analyst-note"],
                    object_refs=[target],
                    created=created,
                    modified=latest(created, parse_time(note.updated)),
                )
            )
        review = item.review
        value = OPINION.get(review.status)
        if value is None:
            return
        when = item_time(self.b, item)
        details = [f"{review.status} by {review.updated_by or 'an analyst'}"]
        if review.confidence:
            details.append(f"confidence {review.confidence} (ICD 203)")
        if review.grading:
            details.append(f"grading {review.grading} (Admiralty)")
        self.add(
            stix2.v21.Opinion(
                id=self.sid("opinion", item.id),
                opinion=value,
                explanation="; ".join(details),
                authors=[review.updated_by] if review.updated_by else None,
                created_by_ref=self.analyst(review.updated_by),
                object_refs=[target],
                created=self.created,  # one opinion per item, updated as the decision changes
                modified=when,
            )
        )

    def relationships(self) -> None:
        """Asset owner -> ``owns`` / ``related-to``; asset at a known place -> ``located-at``."""
        for asset in self.b.assets:
            target = self.sdo_of[asset.id]
            when = item_time(self.b, asset)
            if asset.owner and asset.owner in self.sdo_of:
                source = self.sdo_of[asset.owner]
                # STIX defines "owns" from threat actors and intrusion sets to infrastructure only
                kind = "owns" if source.startswith(("threat-actor--", "intrusion-set--")) else "related-to"
                self.add(
                    stix2.v21.Relationship(
                        id=self.sid("relationship", kind, asset.owner, asset.id),
                        relationship_type=kind,
                        source_ref=source,
                        target_ref=target,
                        description="owner of the asset" if kind == "related-to" else None,
                        created=self.created,
                        modified=when,
                    )
                )
            place = self.place_of(asset)
            if place is not None:
                self.add(
                    stix2.v21.Relationship(
                        id=self.sid("relationship", "located-at", asset.id, place.id),
                        relationship_type="located-at",
                        source_ref=target,
                        target_ref=self.sdo_of[place.id],
                        created=self.created,
                        modified=when,
                    )
                )

    def place_of(self, asset: Asset) -> Place | None:
        """The most specific place whose name the asset's location mentions (longest name)."""
        if not asset.location:
            return None
        text = asset.location.lower()
        found = [p for p in self.b.places if p.name and p.name.lower() in text and p.id in self.sdo_of]
        return max(found, key=lambda p: len(p.name)) if found else None

    # -- the whole -----------------------------------------------------------------------

    def build(self) -> stix2.v21.Bundle:
        b = self.b
        for point in b.summary.points:
            self.key_point(point)
        for actor in b.actors:
            self.actor(actor)
        for asset in b.assets:
            self.asset(asset)
        for place in b.places:
            self.place(place)
        for question in b.open_questions:
            self.question(question)
        self.relationships()
        for _, item in b.iter_items():
            self.notes_and_opinion(item)
        src = b.source
        reference: dict[str, Any] = {
            "source_name": src.publisher or "source text",
            "description": f"{src.title or 'source text'} ({src.path})",
        }
        if src.url:
            reference["url"] = src.url
        if src.sha256:
            reference["hashes"] = {"SHA-256": src.sha256}
        updated = briefing_time(b)
        ordered = [*self.analysts.values(), *self.objects]
        report = stix2.v21.Report(
            id=self.report_id,
            name=b.title,
            description=b.summary.text or None,
            report_types=["threat-report"],
            published=updated,
            created=self.created,
            modified=updated,
            labels=["briefing"],
            external_references=[reference],
            object_refs=[o.id for o in ordered] or [self.report_id],
        )
        return stix2.v21.Bundle(
            id=f"bundle--{derived_uuid(self.key, 'bundle')}",
            objects=[report, *ordered],
        )


def build_bundle(briefing: Briefing, *, only: str | None = None) -> stix2.v21.Bundle:
    """The STIX 2.1 bundle of ``briefing`` (validated by ``stix2`` as it is built)."""
    try:
        return _Builder(filter_briefing(briefing, only)).build()
    except stix2.exceptions.STIXError as exc:  # a value the standard refuses
        raise ExportError(f"cannot build the STIX bundle: {exc}") from None


def render(briefing: Briefing, *, only: str | None = None, source_text: str | None = None) -> str:
    """The STIX 2.1 bundle as JSON text (``source_text`` is not needed and ignored)."""
    return build_bundle(briefing, only=only).serialize(pretty=True, ensure_ascii=False) + "\n"
