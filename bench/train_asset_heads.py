#!/usr/bin/env python3
"""Count asset head words in hand-labelled texts and write tui/generate/asset_heads.py.

    python bench/train_asset_heads.py                          # the labelled texts in the repo
    python bench/train_asset_heads.py --set ../eval/test --set ../eval/test2 ...   # and outside sets

For every lowercase word of every text that ends its phrase (no content word follows it: the
"artillery" of "artillery fire" is not counted, unless a labelled form ends there): how often
it occurs, and how often it is the last word of a labelled asset form (a gold entry's `match`
form found in the text; required and optional entries counted apart). Also the lowercase
words that modify labelled asset forms ("cargo" in "cargo ship") and, per head, the type the
labels gave it most often. The output is sorted, so the same texts give the same file. See
tui/generate/asset_learned.py for how it is used.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.extraction import pairs  # noqa: E402
from tui.generate.asset_learned import _STOP, _WORD, lemma  # noqa: E402
from tui.generate.asset_prior import OBJECTS  # noqa: E402
from tui.generate.scoring import load_gold  # noqa: E402

OUT = ROOT / "tui" / "generate" / "asset_heads.py"
#: the lowercase word after a word: a content word there makes the first a modifier, not a head
_NEXT_WORD = re.compile(r" ([a-z][a-z\-]*)\b")


def _form_ends(text: str, gold: dict) -> dict[int, str]:
    """Offset of the last word of every asset form found in ``text`` -> 'required' | 'optional'."""
    low = text.lower()
    out: dict[int, str] = {}
    for entry in gold.get("assets") or []:
        tag = "optional" if entry.get("optional") else "required"
        for form in entry.get("match") or []:
            f = str(form).lower()
            f = f[4:] if f.startswith("the ") else f
            if not f:
                continue
            for m in re.finditer(r"(?<![A-Za-z])" + re.escape(f) + r"(?![A-Za-z])", low):
                words = list(_WORD.finditer(text, m.start(), m.end()))
                if words and out.get(words[-1].start()) != "required":
                    out[words[-1].start()] = tag
    return out


def count(folders: list[Path | None]) -> tuple[dict[str, tuple[int, int, int, str]], list[str], int]:
    """(head counts with their type, modifiers, number of texts) over the labelled texts."""
    seen: Counter[str] = Counter()
    required: Counter[str] = Counter()
    optional: Counter[str] = Counter()
    types: dict[str, Counter[str]] = {}
    modifiers: Counter[str] = Counter()
    texts = 0
    for folder in folders:
        for text_path, gold_path in pairs(folder):
            texts += 1
            text = text_path.read_text(encoding="utf-8")
            gold = load_gold(gold_path)
            ends = _form_ends(text, gold)
            for m in _WORD.finditer(text):
                word = m.group()
                if not word[0].islower():
                    continue
                after = _NEXT_WORD.match(text, m.end())
                if after and after.group(1) not in _STOP and not after.group(1).endswith(("ed", "ing")) and m.start() not in ends:
                    continue  # not at the end of its phrase ("artillery fire", "drone attack"): no head here
                head = lemma(word)
                seen[head] += 1
                tag = ends.get(m.start())
                if tag == "required":
                    required[head] += 1
                elif tag == "optional":
                    optional[head] += 1
            for entry in gold.get("assets") or []:
                for form in entry.get("match") or []:
                    words = str(form).split()
                    if words and _WORD.fullmatch(words[-1]) and words[-1][0].islower() and entry.get("type"):
                        types.setdefault(lemma(words[-1]), Counter())[str(entry["type"])] += 1
                    for word in words[:-1]:
                        if word[:1].islower() and _WORD.fullmatch(word) and word.lower() not in _STOP:
                            modifiers[word.lower()] += 1
    heads = {}
    # the words the labels named, and the prior lexicon's words the texts used: a prior word never
    # labelled ("parliament", seen 40 times) must not keep its prior rate as if never seen
    for head in sorted(set(required) | set(optional) | (OBJECTS & set(seen))):
        kinds = types.get(head)
        kind = min(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0] if kinds else "equipment"
        heads[head] = (seen[head], required[head], optional[head], kind)
    return heads, sorted(modifiers), texts


def render(heads: dict[str, tuple[int, int, int, str]], modifiers: list[str], sources: list[str]) -> str:
    """The Python module holding the counts."""
    lines = [
        '"""Asset head words counted in hand-labelled texts. Written by bench/train_asset_heads.py: do not edit.',
        "",
        *textwrap.wrap("Counted in: " + "; ".join(sources) + ".", 100),
        '"""',
        "",
        "#: head -> (times seen as a lowercase word, times the last word of a required labelled asset form,",
        "#: of an optional one, the type the labels gave it most often)",
        "HEADS: dict[str, tuple[int, int, int, str]] = {",
    ]
    lines += _packed(f"{head!r}: {counts!r}," for head, counts in heads.items())
    lines += ["}", "", "#: lowercase words seen modifying a labelled asset form (\"cargo\" in \"cargo ship\")", "MODIFIERS = frozenset({"]
    lines += _packed(f"{word!r}," for word in modifiers)
    lines += ["})", ""]
    return "\n".join(lines)


def _packed(items, width: int = 116) -> list[str]:
    """Items several to a line, as a formatter would wrap them."""
    lines: list[str] = []
    line = ""
    for item in items:
        if line and len(line) + 1 + len(item) > width:
            lines.append(line)
            line = ""
        line = f"{line} {item}" if line else f"    {item}"
    if line:
        lines.append(line)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, action="append", default=[], metavar="DIR",
                        help="also count DIR/texts/*.txt with DIR/gold/*.gold.yaml (repeatable)")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    folders: list[Path | None] = [None, *args.set]
    sources = [f"{'the repository (seed and tests/data)' if f is None else f.name} ({len(pairs(f))} texts)" for f in folders]
    heads, modifiers, total = count(folders)
    args.output.write_text(render(heads, modifiers, sources), encoding="utf-8")
    print(f"{args.output}: {len(heads)} heads, {len(modifiers)} modifiers, from {total} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
