"""The briefing as a Markdown report (CommonMark; renders on GitHub, GitLab, wikis).

Layout: title, a header list (source, date, generator, review progress), the summary, then one
section per kind of item (key points, actors, assets, open questions, places). Each item shows
its review status, its facts, confidence, grading, tags, the evidence quoted from the source
(with character offsets) and its notes with author and time. Rejected items are not mixed with
the rest: they are listed apart in a last section, "Rejected items", so a reader sees what the
analysts threw out and why (their notes) without mistaking it for a finding. ``--only
accepted`` leaves them out altogether.

Text from the briefing is escaped, so a name such as ``*_[x](y)`` prints as written and never
becomes markup or a link.
"""

from __future__ import annotations

import re

from tui.core.model import Briefing

from .common import ItemView, NoteView, ReportView, report_view

# Characters that start inline markup anywhere in a line.
_INLINE = re.compile(r"([\\`*{}\[\]<>|#~!&])")
# An underscore only makes emphasis at a word's edge ("snake_case" stays as it is).
_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
# What makes a line a list item, heading, quote or rule when it starts the line.
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])")


def escape(text: str) -> str:
    """Escape Markdown in one line of briefing text so it prints literally."""
    text = text.replace("\r", " ").replace("\n", " ")
    text = _INLINE.sub(r"\\\1", text)
    text = _UNDERSCORE.sub(r"\\_", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def escape_block(text: str, indent: str) -> str:
    """Escape multi-line text, keeping its lines (hard breaks), each indented by ``indent``."""
    lines = [escape(line) for line in text.splitlines()] or [""]
    return ("  \n" + indent).join(lines)


def _status(status: str) -> str:
    return {"accepted": "✅ accepted", "rejected": "❌ rejected", "flagged": "🚩 flagged"}.get(status, "◻ unreviewed")


def _evidence_lines(view: ItemView) -> list[str]:
    out = []
    for span in view.evidence:
        out.append(f"> “{escape(span.quote)}” (characters {span.start}–{span.end})")
        out.append(">")
    if out:
        out.pop()  # no empty quote line after the last span
    return out


def _note_lines(notes: list[NoteView]) -> list[str]:
    out = []
    for note in notes:
        edited = f", edited {note.edited}" if note.edited else ""
        out.append(f"- **{escape(note.author)}**, {note.when}{edited}:  ")
        out.append("  " + escape_block(note.text, "  "))
    return out


def _item(view: ItemView, level: str = "###") -> list[str]:
    lines = [f"{level} {escape(view.title)}", ""]
    lines.append(f"`{view.id}` · {view.kind} · **{_status(view.status)}**")
    lines.append("")
    facts = view.facts + view.review
    for label, value in facts:
        lines.append(f"- **{label}:** {escape(value)}")
    if facts:
        lines.append("")
    evidence = _evidence_lines(view)
    if evidence:
        lines.extend(["Evidence:", "", *evidence, ""])
    if view.notes:
        lines.extend(["Notes:", "", *_note_lines(view.notes), ""])
    return lines


def _rejected(view: ItemView) -> list[str]:
    lines = [f"- ~~{escape(view.title)}~~ ({view.kind}, `{view.id}`)"]
    # the item's own facts are not findings any more; only a recorded reason stays
    reasons = [(label, value) for label, value in view.facts if label == "dismissed because"]
    for label, value in reasons + view.review:
        lines.append(f"  - {label}: {escape(value)}")
    for span in view.evidence:
        lines.append(f"  - evidence: “{escape(span.quote)}” (characters {span.start}–{span.end})")
    for note in view.notes:
        lines.append(f"  - note by **{escape(note.author)}**, {note.when}: {escape_block(note.text, '    ')}")
    return lines


def render_view(view: ReportView) -> str:
    """The Markdown text of a report view."""
    lines = [f"# {escape(view.title)}", ""]
    for label, value in view.header:
        lines.append(f"- **{label}:** {escape(value)}")
    lines.append("")
    if view.summary.strip():
        lines.extend(["## Summary", "", escape_block(view.summary.strip(), ""), ""])
    for section in view.sections:
        if not section.items:
            continue
        lines.extend([f"## {section.title} ({len(section.items)})", ""])
        for item in section.items:
            lines.extend(_item(item))
    if view.rejected:
        lines.extend(
            [
                f"## Rejected items ({len(view.rejected)})",
                "",
                "Rejected by the reviewers and kept here for the record; not findings.",
                "",
            ]
        )
        for item in view.rejected:
            lines.extend(_rejected(item))
        lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def render(briefing: Briefing, *, only: str | None = None, source_text: str | None = None) -> str:
    """The Markdown report of ``briefing`` (``source_text`` is not needed and ignored)."""
    return render_view(report_view(briefing, only))
