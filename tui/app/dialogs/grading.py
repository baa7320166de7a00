"""The grading picker: Admiralty source reliability (A-F) x information credibility (1-6)."""

from __future__ import annotations

from typing import Any, Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.model import CREDIBILITY_GRADES, RELIABILITY_GRADES

from .base import Dialog, error_line

#: What each reliability letter means (NATO Admiralty system).
RELIABILITY_MEANING: dict[str, str] = {
    "A": "completely reliable: no doubt of authenticity, trustworthiness, competence",
    "B": "usually reliable: minor doubt; mostly valid information in the past",
    "C": "fairly reliable: doubt; has provided valid information in the past",
    "D": "not usually reliable: significant doubt",
    "E": "unreliable: history of invalid information",
    "F": "reliability cannot be judged: no basis to evaluate",
}
#: What each credibility digit means.
CREDIBILITY_MEANING: dict[str, str] = {
    "1": "confirmed by other independent sources, logical, consistent",
    "2": "probably true: not confirmed, logical, consistent with other information",
    "3": "possibly true: not confirmed, reasonably logical, agrees with some information",
    "4": "doubtful: not confirmed, possible but not logical, nothing else on it",
    "5": "improbable: not logical, contradicted by other information",
    "6": "truth cannot be judged",
}


#: The grade's name, as the lists show it (the full meaning shows under the lists).
RELIABILITY_NAME = {k: v.split(":")[0] for k, v in RELIABILITY_MEANING.items()}
CREDIBILITY_NAME = {k: v.split(":")[0] for k, v in CREDIBILITY_MEANING.items()}
CREDIBILITY_NAME["1"] = "confirmed"


def describe_grading(grading: str) -> str:
    """``"B2"`` -> ``"B2 - source: usually reliable; information: probably true"``."""
    return f"{grading} - source: {RELIABILITY_NAME[grading[0]]}; information: {CREDIBILITY_NAME[grading[1]]}"


class GradingPicker(Dialog[str]):
    """Pick a grading such as ``"B2"``; answers the code, ``""`` to clear it, None on Esc.

    Type the letter and the digit (``b`` ``2``) or move with the arrows and Tab; Enter on the
    credibility list (or Ctrl+S anywhere) confirms; Delete clears the grading.
    """

    BINDINGS = [
        *[
            Binding(letter.lower(), f"reliability('{letter}')", f"Reliability {letter}", show=False,
                    id=f"grading.reliability_{letter.lower()}")
            for letter in RELIABILITY_GRADES
        ],
        *[
            Binding(digit, f"credibility('{digit}')", f"Credibility {digit}", show=False,
                    id=f"grading.credibility_{digit}")
            for digit in CREDIBILITY_GRADES
        ],
        Binding("ctrl+s", "confirm", "Set grading", id="grading.confirm", priority=True),
        Binding("delete,backspace", "clear", "Clear grading", id="grading.clear"),
        Binding("escape", "cancel", "Cancel", id="grading.cancel"),
    ]

    def __init__(self, current: str | None = None, *, context: str = "",
                 apply: Callable[[str], Any] | None = None) -> None:
        super().__init__(apply=apply)
        self.current = current if current and len(current) == 2 else None
        self.context = context

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog grading-dialog"):
            yield Static("Grade the source (Admiralty)", classes="dialog--title")
            if self.context:
                yield Static(self.context, classes="dialog--context", markup=False)
            with Horizontal(classes="grading--lists"):
                with Vertical():
                    yield Static("Source reliability", classes="dialog--label")
                    yield OptionList(
                        *[Option(f"{k}  {v}", id=k) for k, v in RELIABILITY_NAME.items()],
                        id="reliability",
                    )
                with Vertical():
                    yield Static("Information credibility", classes="dialog--label")
                    yield OptionList(
                        *[Option(f"{k}  {v}", id=k) for k, v in CREDIBILITY_NAME.items()],
                        id="credibility",
                    )
            yield Static("", id="grading-preview", markup=False)
            yield Static("", id="grading-meaning", classes="dialog--context", markup=False)
            yield error_line()
            yield Static(
                "Type letter and digit (b 2)   Tab: switch list   Enter: set   Del: clear   Esc: cancel",
                classes="dialog--hint",
            )

    def on_mount(self) -> None:
        letter, digit = (self.current[0], self.current[1]) if self.current else ("F", "6")
        self._lists()[0].highlighted = RELIABILITY_GRADES.index(letter) if self.current else 0
        self._lists()[1].highlighted = CREDIBILITY_GRADES.index(digit) if self.current else 0
        self._lists()[0].focus()
        self._update_preview()

    def _lists(self) -> tuple[OptionList, OptionList]:
        return self.query_one("#reliability", OptionList), self.query_one("#credibility", OptionList)

    @property
    def grading(self) -> str:
        """The grading the two lists show now."""
        rel, cred = self._lists()
        return RELIABILITY_GRADES[rel.highlighted or 0] + CREDIBILITY_GRADES[cred.highlighted or 0]

    def _update_preview(self) -> None:
        grading = self.grading
        self.query_one("#grading-preview", Static).update(describe_grading(grading))
        self.query_one("#grading-meaning", Static).update(
            f"{grading[0]}: {RELIABILITY_MEANING[grading[0]]}\n{grading[1]}: {CREDIBILITY_MEANING[grading[1]]}"
        )

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._update_preview()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id == "reliability":
            self._lists()[1].focus()
        else:
            self.action_confirm()

    def action_reliability(self, letter: str) -> None:
        """Choose the reliability letter and move on to credibility."""
        rel, cred = self._lists()
        rel.highlighted = RELIABILITY_GRADES.index(letter)
        cred.focus()

    def action_credibility(self, digit: str) -> None:
        """Choose the credibility digit (Enter then confirms)."""
        self._lists()[1].highlighted = CREDIBILITY_GRADES.index(digit)
        self._lists()[1].focus()

    def action_confirm(self) -> None:
        """Answer the grading shown."""
        self.submit(self.grading)

    def action_clear(self) -> None:
        """Answer ``""``: the item has no grading."""
        self.submit("")
