"""The parsed-styles cache (issue 8): a second start parses no CSS, and gets the same rules.

Each test runs with its own data folder (tests/conftest.py), so the cache starts empty.
"""

from __future__ import annotations

import textual.css.stylesheet as textual_stylesheet
from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet

from tui.app import styles_cache
from tui.app.screens.review import ReviewScreen
from tui.app.styles_cache import CachedStylesheet

from .conftest import make_app


def _run_to_first_frame(path) -> CachedStylesheet:  # type: ignore[no-untyped-def]
    """Start the app headless on ``path``, exit at the review screen's first frame."""
    app = make_app(path)
    shown: list[bool] = []
    real_display = app._display

    def display(screen, renderable):  # type: ignore[no-untyped-def]
        real_display(screen, renderable)
        if renderable is not None and isinstance(screen, ReviewScreen) and not shown:
            shown.append(True)
            app.exit()

    app._display = display  # type: ignore[method-assign]
    app.run(headless=True, size=(100, 30))
    assert shown == [True], "the review screen was never drawn"
    stylesheet = app.stylesheet
    assert isinstance(stylesheet, CachedStylesheet)
    return stylesheet


def _rules_css(stylesheet: Stylesheet) -> list[tuple]:
    return _described(stylesheet.rules)


def _described(rules: list[RuleSet]) -> list[tuple]:
    """Every rule as comparable values: selectors, declarations, and where it stands."""
    return [
        (
            [RuleSet._selector_to_css(selectors.selectors) for selectors in rule.selector_set],
            [(selectors.specificity) for selectors in rule.selector_set],
            {name: repr(value) for name, value in rule.styles.get_rules().items()},
            rule.is_default_rules,
            rule.tie_breaker,
            sorted(rule.selector_names),
            sorted(rule.pseudo_classes),
        )
        for rule in rules
    ]


def test_a_second_start_reads_the_parsed_styles_and_parses_nothing(briefing_file, monkeypatch):
    first = _run_to_first_frame(briefing_file)
    assert first.hits == 0
    assert styles_cache.store_path().is_file()

    def no_parsing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("CSS was parsed although the cache holds it")

    monkeypatch.setattr(textual_stylesheet, "parse", no_parsing)
    second = _run_to_first_frame(briefing_file)
    assert second.hits > 10  # app.tcss and the DEFAULT_CSS of every widget class on screen
    assert _rules_css(second) == _rules_css(first)


def test_rules_read_back_equal_a_fresh_parse_by_textual(briefing_file):
    first = _run_to_first_frame(briefing_file)
    variables, stored = styles_cache._read(styles_cache.store_path())
    assert variables == first._variables
    assert len(stored) > 10
    for key, rules in stored.items():
        fresh = Stylesheet(variables=dict(variables))._parse_rules(*key)
        assert _described(rules) == _described(fresh), key[1]


def test_other_css_variables_miss(briefing_file):
    _run_to_first_frame(briefing_file)
    stored_variables, stored = styles_cache._read(styles_cache.store_path())
    assert stored and stored_variables
    stylesheet = CachedStylesheet(variables={**stored_variables, "primary": "#123456"})
    key = next(iter(stored))
    stylesheet._parse_rules(*key)
    assert stylesheet.hits == 0


def test_a_corrupt_or_foreign_file_is_a_miss_and_is_rewritten(briefing_file):
    path = styles_cache.store_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"briefing-tui styles cache\n\x80\x05garbage")
    first = _run_to_first_frame(briefing_file)
    assert first.hits == 0
    assert _run_to_first_frame(briefing_file).hits > 0  # written back whole at the first exit

    path.write_bytes(b"not ours at all")
    assert _run_to_first_frame(briefing_file).hits == 0


def test_a_stale_build_stamp_is_a_miss(briefing_file, monkeypatch):
    _run_to_first_frame(briefing_file)
    monkeypatch.setattr(styles_cache, "LAYOUT", styles_cache.LAYOUT + 1)
    assert _run_to_first_frame(briefing_file).hits == 0


def test_no_cache_when_the_user_turns_caching_off(briefing_file, monkeypatch):
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    _run_to_first_frame(briefing_file)
    assert not styles_cache.store_path().exists()


def test_an_unwritable_cache_folder_is_no_error(briefing_file, tmp_path, monkeypatch):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(blocker))  # cache folder cannot be made
    stylesheet = _run_to_first_frame(briefing_file)
    assert stylesheet.hits == 0
    assert stylesheet.save() is False
