"""The last pass over a generated question's wording, once the whole text has been read.

:mod:`.questions` phrases a question from the hedged clause alone; this pass fixes what only the
rest of the text can tell or what the clause dragged along, so the analyst reads a question and
not a pasted sentence:

- a dateline ("BERLIN, May 3 - ", "TOKYO and SEOUL -- ") or a leading "According to X, " goes;
- the clause's first word loses its capital when it is an ordinary word ("Is it confirmed that
  volunteers have raised ...") and keeps it when the text capitalises it mid-sentence too
  (a name: "Rosneft", "Western") or it is a known name;
- a dangling end ("..., Japan and?", "..., medical and security sources?") is cut back;
- a very long clause loses its trailing participle or relative phrase;
- "Will whether they stay?" becomes "Will they stay?";
- a question left with almost no words ("Is it true that now?") is rebuilt from its sentence.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

#: The yes/no frames of :func:`.questions.phrase`, whose body is a clause of the text.
_FRAME = re.compile(r"^(Is it confirmed that|Is it true that|Is it true, as .{1,120}? said, that|Is it the case that) (.+)\?$", re.S)
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?: and [A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z ]{2,20}\))?\s*(?:--|—|–|-)\s+"
)
_ACCORDING = re.compile(r"^[Aa]ccording to [^,]{1,80}, ")
#: A clause cut off after a conjunction or an article ("..., Japan and"); a final preposition
#: may be the sentence's own ("which cartel the gunmen belong to"), so it stays.
_DANGLING_END = re.compile(r"(?:,[^,]{0,60})? (?:and|or|but|nor|the|a|an)$")
_ATTRIBUTION_END = re.compile(
    r",(?: [\w’'\-]+){0,4} (?:sources|officials|media|reports|agencies|spokesm[ae]n|spokespeople)$"
)
_TRAILING_PHRASE = re.compile(
    r", (?:which|who|where|whose|suggesting|saying|calling|warning|adding|cutting|including|"
    r"in a development|in an attempt|as well as|amid|after|while|with|prompting|raising)\b"
)
_AUX_WHETHER = re.compile(r"^(Will|Would|Could|Can|Might|May|Is|Are|Was|Were|Did|Does|Do|Has|Have|Had) (?:whether|if) ")
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
#: Words that carry no question on their own ("Is it true that now?", "What is if any?").
_EMPTY = frozenset("now then so this that it if any yes no here there too also".split())
#: Question words and auxiliaries: a question made of these and empty words asks nothing.
_ASKING = frozenset("what who which where when how why whom whose is are was were will would can could do does did".split())
LONG = 170


def capitalised_mid_sentence(text: str, sentence_starts: Iterable[int]) -> Callable[[str], bool]:
    """``seen(word)``: does the text write ``word`` (capitalised) where no sentence starts?

    Such a word is a name, in effect ("Rosneft", "Western"). Each word is looked up when first
    asked (only the first words of questions are), so a long text costs nothing up front.
    """
    starts = set(sentence_starts)
    known: dict[str, bool] = {}

    def seen(word: str) -> bool:
        if word not in known:
            known[word] = any(_mid_sentence(text, m.start(), starts) for m in re.finditer(rf"\b{re.escape(word)}\b", text))
        return known[word]

    return seen


def _mid_sentence(text: str, at: int, starts: set[int]) -> bool:
    if at == 0 or at in starts:
        return False
    before = text[max(0, at - 3) : at]
    return not re.search(r"[.!?:“\"‘']\s*$|\n\s*$", before)  # else a sentence or quotation starts


def polish(question: str, is_name: Callable[[str], bool], fallback: str = "") -> str:
    """The question with its wording mended (see the module's docstring).

    ``is_name(word)`` says whether a capitalised word is a name (so it keeps its capital);
    ``fallback`` is the evidence sentence, used when the question has nothing left to ask.
    """
    aux = _AUX_WHETHER.match(question)
    if aux:
        question = f"{aux.group(1)} {question[aux.end():]}"
    frame = _FRAME.match(question)
    if frame is None:
        content = [w for w in _WORD.findall(question.lower()) if w not in _EMPTY and w not in _ASKING]
        return question if content or not fallback else _rebuilt(fallback, is_name)
    prefix, body = frame.group(1), frame.group(2).strip()
    body = _tidy(body)
    words = [w.lower() for w in _WORD.findall(body)]
    if len(words) < 3 or all(w in _EMPTY for w in words):
        if not fallback:
            return question
        return _rebuilt(fallback, is_name)
    return f"{prefix} {_first_word_case(body, is_name)}?"


def _tidy(body: str) -> str:
    body = _DATELINE.sub("", body, count=1)
    body = _ACCORDING.sub("", body, count=1)
    for _ in range(3):  # "..., Japan and" -> "...": a cut may reveal another dangling end
        cut = _ATTRIBUTION_END.sub("", body)
        cut = _DANGLING_END.sub("", cut) if len(_WORD.findall(cut)) > 6 else cut
        if cut == body:
            break
        body = cut.rstrip(" ,;:")
    if len(body) > LONG:
        m = _TRAILING_PHRASE.search(body, 60)
        if m:
            body = body[: m.start()]
    return body.strip(" ,;:")


def _first_word_case(body: str, is_name: Callable[[str], bool]) -> str:
    m = _WORD.match(body)
    if m is None:
        return body
    word = m.group(0)
    if (
        word[0].isupper()
        and word[1:] == word[1:].lower()  # Title-case, not an acronym such as "NATO"
        and word not in ("I", "I'm", "I’m")
        and not is_name(word)
        and not re.match(r"[A-Z][\w’'\-]* [A-Z]", body)  # "Kim Jong Un", "Hamas Leader ...": a name
    ):
        return word[0].lower() + body[1:]
    return body


def _rebuilt(sentence: str, is_name: Callable[[str], bool]) -> str:
    body = re.sub(r"\s+", " ", re.sub(r"[“”\"]", "", sentence)).strip().rstrip(".!?;:, ")
    body = _tidy(body)
    return f"Is it confirmed that {_first_word_case(body, is_name)}?"
