"""The briefing as one self-contained, printable HTML page.

The same report as the Markdown one (see :mod:`tui.export.markdown`: rejected items listed apart
at the end), in a single file with inline CSS: no scripts, no fonts, no images, nothing fetched,
so it opens offline, mails as one attachment and prints cleanly (``@media print`` drops the
colours that waste toner and keeps each item on one page where it fits). A Content Security
Policy forbids every external load and every script, as a second wall behind the escaping:
all text from the briefing goes through :func:`html.escape`.
"""

from __future__ import annotations

import html

from tui.core.model import Briefing

from .common import ItemView, ReportView, report_view

_CSS = """
:root { --ink: #1d232a; --muted: #5b6670; --line: #d5dbe1; --paper: #ffffff;
  --accepted: #1e7b34; --rejected: #b3261e; --flagged: #9a6700; --unreviewed: #5b6670; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem; color: var(--ink);
  background: var(--paper); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.02rem; margin: 0; }
dl.header { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem;
  color: var(--muted); }
dl.header dt { font-weight: 600; }
dl.header dd { margin: 0; overflow-wrap: anywhere; }
.summary p { margin: .4rem 0; }
article { border: 1px solid var(--line); border-left: 4px solid var(--unreviewed); border-radius: 4px;
  padding: .6rem .9rem; margin: 0 0 .8rem; break-inside: avoid; }
article.accepted { border-left-color: var(--accepted); }
article.rejected { border-left-color: var(--rejected); }
article.flagged { border-left-color: var(--flagged); }
.head { display: flex; gap: .6rem; align-items: baseline; flex-wrap: wrap; }
.badge { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  padding: .05rem .45rem; border-radius: 3px; color: #fff; background: var(--unreviewed); }
.badge.accepted { background: var(--accepted); }
.badge.rejected { background: var(--rejected); }
.badge.flagged { background: var(--flagged); }
.id { font: .78rem ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--muted); }
.kind { color: var(--muted); font-size: .85rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .05rem .9rem; margin: .5rem 0 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
blockquote { margin: .5rem 0 0; padding: .2rem .8rem; border-left: 3px solid var(--line); color: #333;
  font-style: italic; }
blockquote .where { font-style: normal; color: var(--muted); font-size: .8rem; }
ul.notes { margin: .5rem 0 0; padding-left: 1.1rem; }
ul.notes li { margin: .2rem 0; }
.who { font-weight: 600; }
.when { color: var(--muted); font-size: .85rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
nav { margin: 0 0 1rem; font-size: .9rem; }
nav a { color: #0b5cad; text-decoration: none; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .badge { color: var(--ink); background: none !important; border: 1px solid var(--ink); }
  article { border-left-width: 3px; }
  h2 { break-after: avoid; }
  nav { display: none; }
}
""".strip()


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _facts(pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return ""
    rows = "".join(f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>" for label, value in pairs)
    return f'<dl class="facts">{rows}</dl>'


def _item(view: ItemView) -> str:
    parts = [
        f'<article class="{_e(view.status)}" id="{_e(view.id)}">',
        '<div class="head">',
        f"<h3>{_e(view.title)}</h3>",
        f'<span class="badge {_e(view.status)}">{_e(view.status)}</span>',
        f'<span class="kind">{_e(view.kind)}</span>',
        f'<span class="id">{_e(view.id)}</span>',
        "</div>",
        _facts(view.facts + view.review),
    ]
    for span in view.evidence:
        parts.append(
            f"<blockquote>“{_e(span.quote)}” "
            f'<span class="where">(characters {span.start}–{span.end})</span></blockquote>'
        )
    if view.notes:
        parts.append('<ul class="notes">')
        for note in view.notes:
            edited = f", edited {_e(note.edited)}" if note.edited else ""
            parts.append(
                f'<li><span class="who">{_e(note.author)}</span> '
                f'<span class="when">{_e(note.when)}{edited}</span>'
                f'<div class="text">{_e(note.text)}</div></li>'
            )
        parts.append("</ul>")
    parts.append("</article>")
    return "\n".join(p for p in parts if p)


def render_view(view: ReportView) -> str:
    """The HTML page of a report view."""
    header = "".join(f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>" for label, value in view.header)
    body = [f"<h1>{_e(view.title)}</h1>", f'<dl class="header">{header}</dl>']
    links = [(f"section-{s.key}", f"{s.title} ({len(s.items)})") for s in view.sections if s.items]
    if view.rejected:
        links.append(("section-rejected", f"Rejected items ({len(view.rejected)})"))
    if links:
        body.append('<nav>' + " · ".join(f'<a href="#{_e(a)}">{_e(t)}</a>' for a, t in links) + "</nav>")
    if view.summary.strip():
        paragraphs = "".join(f"<p>{_e(p)}</p>" for p in view.summary.strip().splitlines() if p.strip())
        body.append(f'<section class="summary"><h2>Summary</h2>{paragraphs}</section>')
    for section in view.sections:
        if not section.items:
            continue
        body.append(
            f'<section class="{_e(section.key)}" id="section-{_e(section.key)}">'
            f"<h2>{_e(section.title)} ({len(section.items)})</h2>"
        )
        body.extend(_item(item) for item in section.items)
        body.append("</section>")
    if view.rejected:
        body.append(f'<section class="rejected" id="section-rejected"><h2>Rejected items ({len(view.rejected)})</h2>')
        body.append("<p>Rejected by the reviewers and kept here for the record; not findings.</p>")
        body.extend(_item(item) for item in view.rejected)
        body.append("</section>")
    body.append("<footer>Exported by briefing-tui.</footer>")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(view.title)}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def render(briefing: Briefing, *, only: str | None = None, source_text: str | None = None) -> str:
    """The HTML report of ``briefing`` (``source_text`` is not needed and ignored)."""
    return render_view(report_view(briefing, only))
