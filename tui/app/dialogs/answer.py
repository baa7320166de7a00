"""Answering and dismissing open questions, in ICD 203 words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from tui.core.model import CONFIDENCE_LEVELS, LIKELIHOOD_TERMS

from .base import Dialog, error_line

#: ICD 203 confidence levels, with what each rests on.
CONFIDENCE_MEANING: dict[str, str] = {
    "low": "uncorroborated, many assumptions",
    "moderate": "partly corroborated sources",
    "high": "well corroborated, few assumptions",
}
#: ICD 203 likelihood terms with their probability bands.
LIKELIHOOD_BANDS: dict[str, str] = {
    "almost no chance": "1-5%",
    "very unlikely": "5-20%",
    "unlikely": "20-45%",
    "roughly even chance": "45-55%",
    "likely": "55-80%",
    "very likely": "80-95%",
    "almost certain": "95-99%",
}
_NONE = "(none)"


@dataclass(frozen=True, slots=True)
class AnswerResult:
    """What the answer dialog hands back."""

    text: str
    confidence: str | None = None
    likelihood: str | None = None


class AnswerDialog(Dialog[AnswerResult]):
    """Answer an open question: text, ICD 203 confidence and/or likelihood; Ctrl+S stores.

    The highlighted entry of each list is the choice; "(none)" leaves it out. ICD 203 asks for a
    likelihood *or* a confidence in one judgment, so the hint says so (both are allowed).
    """

    BINDINGS = [
        Binding("ctrl+s", "store", "Store answer", id="answer.store", priority=True),
        Binding("escape", "cancel", "Cancel", id="answer.cancel"),
    ]

    def __init__(self, question: str, *, text: str = "", confidence: str | None = None,
                 likelihood: str | None = None,
                 apply: Callable[[AnswerResult], Any] | None = None) -> None:
        super().__init__(apply=apply)
        self.question = question
        self.initial = AnswerResult(text, confidence, likelihood)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog answer-dialog"):
            yield Static("Answer the question", classes="dialog--title")
            yield Static(self.question, classes="dialog--context", markup=False)
            yield TextArea(self.initial.text, id="answer-text", soft_wrap=True, tab_behavior="focus")
            with Horizontal(classes="answer--scales"):
                with Vertical():
                    yield Static("Confidence (ICD 203)", classes="dialog--label")
                    yield OptionList(
                        Option(_NONE, id="none"),
                        *[Option(f"{k}: {v}", id=k) for k, v in CONFIDENCE_MEANING.items()],
                        id="confidence",
                    )
                with Vertical():
                    yield Static("Likelihood (ICD 203)", classes="dialog--label")
                    yield OptionList(
                        Option(_NONE, id="none"),
                        *[Option(f"{k} ({v})", id=k) for k, v in LIKELIHOOD_BANDS.items()],
                        id="likelihood",
                    )
            yield error_line()
            yield Static(
                "Tab: next field   Up/Down: choose   Ctrl+S: store   Esc: cancel   "
                "(ICD 203: give a likelihood or a confidence)",
                classes="dialog--hint",
            )

    def on_mount(self) -> None:
        conf = self.query_one("#confidence", OptionList)
        like = self.query_one("#likelihood", OptionList)
        conf.highlighted = 1 + CONFIDENCE_LEVELS.index(self.initial.confidence) if self.initial.confidence else 0
        like.highlighted = 1 + LIKELIHOOD_TERMS.index(self.initial.likelihood) if self.initial.likelihood else 0
        self.query_one("#answer-text", TextArea).focus()

    @staticmethod
    def _choice(option_list: OptionList) -> str | None:
        option = option_list.highlighted_option
        return None if option is None or option.id == "none" else option.id

    def result(self) -> AnswerResult:
        """The answer as the dialog shows it now."""
        return AnswerResult(
            self.query_one("#answer-text", TextArea).text.strip(),
            self._choice(self.query_one("#confidence", OptionList)),
            self._choice(self.query_one("#likelihood", OptionList)),
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        # Enter on a list means "this one, and done".
        event.stop()
        self.action_store()

    def action_store(self) -> None:
        """Answer with the text and the chosen terms."""
        self.submit(self.result())


class DismissDialog(Dialog[str]):
    """Dismiss an open question; answers the reason (Enter) or None (Esc)."""

    BINDINGS = [
        Binding("ctrl+s", "store", "Dismiss question", id="dismiss.store", priority=True),
        Binding("escape", "cancel", "Cancel", id="dismiss.cancel"),
    ]

    def __init__(self, question: str, *, reason: str = "",
                 apply: Callable[[str], Any] | None = None) -> None:
        super().__init__(apply=apply)
        self.question = question
        self.reason = reason

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dismiss-dialog"):
            yield Static("Dismiss the question", classes="dialog--title")
            yield Static(self.question, classes="dialog--context", markup=False)
            yield Input(self.reason, id="dismiss-reason", placeholder="why it no longer needs an answer")
            yield error_line()
            yield Static("Enter: dismiss   Esc: cancel", classes="dialog--hint")

    def on_mount(self) -> None:
        self.query_one("#dismiss-reason", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_store()

    def action_store(self) -> None:
        """Answer the reason typed."""
        self.submit(self.query_one("#dismiss-reason", Input).value.strip())
