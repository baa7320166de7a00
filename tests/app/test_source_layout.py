"""The source pane's geometry (tui/app/widgets/source_layout.py): lines split as Python splits
them, rows wrapped at spaces within the width, and offsets that survive the round trip."""

from __future__ import annotations

import random

from rich.cells import cell_len

from tui.app.widgets.source_layout import DISPLAY, SourceLayout, wrap_points

from .conftest import DATA


def rows_text(layout: SourceLayout) -> list[str]:
    return [layout.lines[line][start:end] for line, start, end in layout.rows]


def test_rows_break_after_a_space_and_fit_the_width():
    layout = SourceLayout("the quick brown fox jumps over the lazy dog\n\nend")
    layout.wrap(10)
    assert rows_text(layout) == ["the quick ", "brown fox ", "jumps ", "over the ", "lazy dog", "", "end"]
    # The rows of a line put back together are the line: no character is lost or repeated.
    assert "".join(rows_text(layout)[:5]) == "the quick brown fox jumps over the lazy dog"


def test_a_word_longer_than_the_row_is_cut_hard_and_wide_characters_count_double():
    assert wrap_points("x" * 25, 10) == [0, 10, 20]
    assert wrap_points("漢字漢字漢字 ab", 5) == [0, 2, 4, 7]  # 2 cells each; the space ends a row
    assert wrap_points("anything", 0) == [0]


def test_every_row_fits_and_every_offset_maps_back():
    text = (DATA / "source.txt").read_text(encoding="utf-8")
    text += "\n\ttabbed\tline\r\nwide 漢字漢字漢字漢字漢字漢字漢字漢字漢字 chars\x1b[2J\n\nlast\n"
    layout = SourceLayout(text)
    for width in (7, 23, 80):
        layout.wrap(width)
        assert all(cell_len(row.translate(DISPLAY)) <= width for row in rows_text(layout))
        # Rows cover the text in order: each starts where the text says.
        for (line, start, _), row_start in zip(layout.rows, layout.row_starts):
            assert layout.line_starts[line] + start == row_start
        rng = random.Random(width)
        for offset in rng.sample(range(len(text) + 1), 200):
            assert layout.offset(layout.location(offset)) == offset
            row = layout.row_of(offset)
            line, start, end = layout.rows[row]
            assert layout.location(offset)[0] == line
            assert start <= offset - layout.line_starts[line] <= max(end, layout.body_lengths[line])


def test_lines_are_split_as_python_splits_them_with_a_last_empty_line_after_a_break():
    layout = SourceLayout("a\r\nb\x0cc\n")
    assert layout.lines == ["a\r\n", "b\x0c", "c\n", ""]
    assert layout.body_lengths == [1, 1, 1, 0]
    assert layout.location(len("a\r\nb\x0cc\n")) == (3, 0)


def test_a_click_past_the_end_of_a_row_lands_on_its_last_place():
    layout = SourceLayout("the quick brown fox\nend")
    layout.wrap(10)  # "the quick " | "brown fox" | "end"
    assert layout.offset_in_row(0, 99) == 9  # on the space: column 10 is the next row's start
    assert layout.offset_in_row(1, 99) == len("the quick brown fox")  # after the last character
    assert layout.offset_in_row(2, 1) == len("the quick brown fox\n") + 1
    wide = SourceLayout("漢字漢字")
    wide.wrap(80)
    assert wide.offset_in_row(0, 3) == 1  # the second character starts at cell 2


def test_narrow_non_ascii_lines_wrap_like_ascii_and_wide_ones_by_cells():
    quoted = "“strategic political defeat” in Syria, say café owners"
    assert wrap_points(quoted, 20) == wrap_points(quoted.replace("“", '"').replace("”", '"').replace("é", "e"), 20)
    # A wide character next to a control one is not "narrow" even if the cell total matches.
    assert wrap_points("漢\x1bab", 3) == [0, 2]


def _reference_points(body: str, width: int) -> list[int]:
    """The rule in plain Python: break after the last space that fits, else inside the word."""
    if len(body) <= width:
        return [0]
    starts, pos = [0], 0
    while len(body) - pos > width:
        cut = body.rfind(" ", pos + 1, pos + width)
        pos = cut + 1 if cut > pos else pos + width
        starts.append(pos)
    return starts


def test_the_fast_wrap_agrees_with_the_plain_rule_on_random_text():
    rng = random.Random(3)
    words = ["a", "an", "the", "Khmeimim", "S-400", "x" * 30, "", "  ", "evidence,", "“quoted”"]
    for _ in range(400):
        body = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        for width in (1, 2, 5, 13, 40):
            assert wrap_points(body, width) == _reference_points(body, width), (body, width)
