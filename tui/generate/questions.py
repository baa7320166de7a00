"""Open questions: sentences whose claims are hedged, disputed or left unresolved.

Each cue ("remain unclear", "too early to say", "possibly", "claimed", "denied" ...) belongs to
a category that says *why* the point is open; the question is phrased from the sentence itself
with a few templates, and the evidence is the whole sentence (so it quotes the source exactly).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import Sentence

# (category, regex) in order of strength: the first that matches a sentence gives its cue.
_CUES: list[tuple[str, str]] = [
    ("unresolved", r"remains? (?:unclear|uncertain|unknown|to be seen|unresolved|unexplained|a mystery)"),
    ("unresolved", r"(?:it is|it's|it was|is|was|it remains|are) (?:still |also )?(?:not (?:yet |immediately |entirely |fully )?(?:clear|known)|(?:still )?unclear|uncertain|unknown)"),
    ("unresolved", r"\b(?:was|is|were|are)n[’']t (?:yet |immediately |entirely |fully )?(?:clear|known)|\bwhereabouts\b"),
    ("unresolved", r"too early to (?:say|tell|know|judge|predict|speculate)"),
    ("unresolved", r"premature"),
    ("unresolved", r"raising questions|raises questions|questions (?:remain|linger)|open question"),
    ("unresolved", r"(?:could|can)(?: not|not)(?: be)? (?:independently )?(?:verified|verify|confirmed|confirm)"),
    ("unresolved", r"unverified|unconfirmed|not been (?:independently )?(?:verified|confirmed)|(?:gave|provided|offered|presented) no evidence|without (?:providing |offering )?(?:any )?evidence"),
    ("unresolved", r"(?:did|does|has|have|had) not (?:yet )?(?:officially |publicly |formally )?claim(?:ed)? responsibility|no (?:one|group) has (?:yet )?claimed"),
    ("unresolved", r"(?:did|does|would|could|has|have|had) not (?:yet )?(?:confirm(?:ed)?|den(?:y|ied)|sa(?:y|id)|disclose[d]?|explain(?:ed)?|reveal(?:ed)?|name[d]?|identif(?:y|ied)|specif(?:y|ied)|elaborate[d]?)|declined to (?:confirm|say|give|disclose|comment|name|identify)|refused to (?:confirm|say|disclose|comment)|without (?:specifying|naming|identifying|providing (?:details|further details|evidence|any details)|giving (?:details|further details|a reason))"),
    ("unresolved", r"(?:did|does|has|have|had) not (?:yet )?(?:immediately )?(?:respond(?:ed)?|repl(?:y|ied)|comment(?:ed)?|acknowledge[d]?)\b|\bno (?:immediate )?(?:comment|response|reaction|reply)\b|(?:was|were) not immediately available|could not (?:immediately )?be reached"),
    ("unresolved", r"\b(?:is|are|was|were) (?:yet |still )?to be (?:ratified|approved|signed|finali[sz]ed|voted on|decided|confirmed|adopted|agreed)\b|\b(?:are|were|is) (?:still )?discussing\b|\bneed to agree\b"),
    ("hedge", r"\b(?:is|are|was|were) (?:widely |also )?expected to\b|\b(?:real|good|slim|little|fair|some) chance\b|\bif (?:a|an|the) (?:deal|agreement|truce|ceasefire|accord) (?:is|was) (?:reached|struck|agreed|signed)|\bshould (?:a|an|the) (?:deal|agreement|truce|ceasefire|accord) be (?:reached|struck|agreed|signed)"),
    ("disputed", r"\b(?:differing|conflicting|contradictory) (?:accounts|reports|claims|figures|tolls|versions)\b|\baccus(?:ed|es|ing)\b"),
    ("unresolved", r"\bbeing (?:hammered out|negotiated|discussed|finali[sz]ed|drafted|worked out|considered)\b|\befforts? to (?:try to )?(?:revive|salvage|restore|broker|reach|end|stop|secure|halt|resolve|de-escalate|defuse|persuade)\b"),
    ("unresolved", r"\bfears? (?:grow|of|that|for|over|a|an)\b|\b(?:fear|feared|fearing) (?:that|a|an|the|ethnic|more|further|an?)\b|\b(?:rapidly|quickly|fast|steadily)[”\"]? approaching\b|\bclosing in on\b|\bon the verge of\b|\bedging closer\b|\bdivided (?:perceptions|views|opinions)\b"),
    ("disputed", r"\bden(?:ied|ies|ying)\b|\bdeny (?:that|any|all|it|the (?:claims?|reports?|allegations?|accusations?)|involvement|responsibility|reports?|claims?|allegations?)\b|\brejected (?:the )?(?:claims?|reports?|accusations?|allegations?)|\bdismissed (?:the )?(?:claims?|reports?|allegations?|accusations?)|\bunfounded\b|\bdisputed?\b(?! (?:[A-Z]\w+ )*(?:islands?|Islands?|territor\w+|regions?|borders?|waters|areas?|zones?|enclaves?|provinces?|lands?))|\brefuted\b|\ba claim (?:that )?(?:the )?\w+ (?:rejected|denied|disputed)\b|\bfalse\b|\bbaseless\b|\bfabricat"),
    ("disputed", r"\balthough\b[^.]{0,120}\bsaid\b"),
    ("claim", r"\b(?:claimed(?! by| responsibility| the lives| (?:\w+ )?lives)|claiming(?! responsibility)|(?<!laid )(?<!lay )(?<!lays )claims? (?:that|to|it|they|he|she)\b|alleged(?:ly)?|allegations?|purported(?:ly)?)\b"),
    ("unresolved", r"\bnot (?:yet )?(?:been )?(?:specified|disclosed|made public)\b|\bunspecified number\b|\b(?:almost|nearly|virtually) impossible\b"),
    ("report", r"\bsaid (?:to )?show(?:ed|s)?\b|\bpurportedly show|\breportedly\b|\bunnamed (?:officials?|sources?)\b|\bsources (?:said|say)\b|\breports said\b|\baccording to (?:local |state |media |unconfirmed )?(?:media )?reports\b|\b(?:local|state|social) media (?:reported|said|published)\b"),
    ("claim", r"\b(?:blamed|blames|blaming) (?:it )?on\b|\bpinned (?:it |the blame )?on\b"),
    ("unresolved", r"\b(?:call(?:ed|s|ing)? for|demand(?:ed|s|ing)?|urg(?:ed|es|ing)|press(?:ed|es|ing) for) (?:the |his |her |their |an? )?(?:immediate |unconditional |swift |safe )?release\b"
                   r"|\b(?:to|must|should) release\b|\b(?:is|are|remain|remains) (?:still |very |severely )?limited\b|\blimited (?:inventor(?:y|ies)|stocks?|stockpiles?|supplies|production)\b"),
    ("hedge", r"(?<![\w-])possible (?:further )?(?:military )?(?:sabotage|attacks?|involvement|links?|role|motives?|causes?|escalation|"
              r"retaliation|strikes?|action|breach(?:es)?|leaks?|contamination|casualties|collusion|interference|cover-?up|"
              r"war crimes?|violations?|espionage|spying|hacking|poisoning|assassination|coup|invasion|offensive)\b"),
    ("hedge", r"\bpossibly\b|\bperhaps\b|\bapparently\b|\bsuspect(?:s|ed)?\b|\bsuspicion\b|\b(?:believed|thought|understood|said|reported) to (?:be|have)\b|\bappear(?:s|ed)? to\b|\bseem(?:s|ed)? to\b|\blikely\b|\bprobably\b|\blooks? (?:like|as if)\b"),
    ("hedge", r"\b(?:could|may|might) (?:be|have|also|well|soon|eventually)\b|\bcould be used\b|\bwhich could\b|\b(?-i:may|might|could) (?!not\b)[a-z]+|\bwould be [a-z]+ed\b"),
    ("hedge", r"\bvow(?:ed|s)? to\b|\bthreaten(?:ed|s)? to\b|\bpreparing (?:for|to)\b|\b(?:no )?threat of\b|\brisk of\b|\bworr(?:ied|ies|y)\b|\bconcerns? (?:that|about|over)\b"),
    ("unresolved", r"would be needed|remains? to be decided|subject (?:of|for) (?:discussion|negotiation)|yet to be (?:decided|determined|agreed)|\bwhether\b"),
    ("unresolved", r"\binstability\b|\bvolatile\b|\buncertainty\b|\bspeculation\b"),
    ("hedge", r"\bestimated (?:at )?(?:\d|a |an |to |(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|some)\b)|\bindicators?\b|\bsigns? that\b|\bsetting conditions\b|\bsuggest(?:ed|s|ing)?\b|\bindicated\b"),
    ("unresolved", r"no date (?:has|had) (?:yet )?been (?:set|fixed)|(?:has|have|had) not (?:yet )?been (?:set|decided|scheduled|agreed)|no (?:casualty )?figures|gave no (?:timetable|date|details|figures|reason)|no timetable|no (?:final )?decision (?:has|had) (?:yet )?been (?:taken|made)|agreed in principle|(?:has|have) yet to (?:decide|confirm|sign|agree)|\buncertain\b"),
]
_CUE_RES = [(cat, re.compile(rx, re.IGNORECASE)) for cat, rx in _CUES]


def _lowered_cue(rx: str) -> re.Pattern[str] | None:
    """The cue as a case-sensitive regex over lower-cased text (about twice as fast as
    IGNORECASE); None for a cue that tells case apart itself (``(?-i:may)``, not the month)."""
    if "(?-i" in rx:
        return None
    return re.compile(rx.replace("[A-Z]", "[a-z]"))


#: (category, regex over the lower-cased sentence or None, regex over the sentence as written)
_CUE_FAST = [(cat, _lowered_cue(rx), regex) for (cat, rx), (_, regex) in zip(_CUES, _CUE_RES)]
#: Word stems one of which every cue contains: a sentence without any skips the cue regexes.
_CUE_STEMS = (
    "unclear", "uncertain", "unknown", "remain", "early", "premature", "question", "verif", "confirm", "den", "reject",
    "dismiss", "disput", "refut", "false", "baseless", "fabricat", "claim", "alleg", "purport", "report", "source",
    "possibl", "perhaps", "release", "estimated", "said show", "said to show", "purportedly", "limited", "specified", "disclosed", "made public", "impossible", "blam", "pinned", "apparent", "suspect", "believ", "thought", "appear", "seem", "likely", "probabl", "could",
    "may", "might", "needed", "decid", "subject", "whether", "instab", "volatil", "specul", "indicat", "sign",
    "setting", "suggest", "no date", "been", "yet", "gave no", "no timetable", "principle", "although", "evidence",
    "not clear", "not known", "not ", "declined", "refused", "no comment", "responsib", "no one", "no group",
    "unfounded", "accus", "figures", "uncertainty", "to be seen", "mystery", "unexplained", "unresolved", "unnamed",
    "without", "no immediate", "no response", "no reaction", "no reply", "immediately", "reached", "to be ", "discussing",
    "need to agree", "expected to", "chance", "if a", "if an", "if the", "should a", "should an", "should the", "fear",
    "approaching", "closing in", "verge", "edging", "divided", "n't", "n’t", "whereabouts", "reveal", "differing", "conflicting",
    "contradictory", "being ", "effort", "suspicion", "understood", "said to", "looks", "vow", "threat", "preparing", "risk",
    "worr", "concern",
)

_WHY = {
    "unresolved": "The source says this is not settled yet ({cue}).",
    "disputed": "The statement is disputed or denied ({cue}).",
    "claim": "An unverified claim ({cue}).",
    "report": "Reported, not confirmed ({cue}).",
    "hedge": "The source hedges ({cue}).",
}
_SPEAKER = r"[A-Z][\w’'\-]*(?: (?:of |for |the )?[A-Z][\w’'\-]*){0,5}"
# a trailing attribution: ", he said", "said the Institute for the Study of War" (names only,
# so that "said Russia and China might abstain" keeps what was said)
_ATTRIBUTION = re.compile(
    rf"(?:,\s*|\s+)(?:(?:he|she|it|they|officials?|{_SPEAKER})\s+)?(?:said|says|say|added|stressed|told \w+|wrote|warned|noted)"
    rf"(?:\s+(?:the\s+)?{_SPEAKER})?\.?$"
)
_WH = re.compile(r"\b(what|whether|if|how|when|who|why|where|which)\s+(.+)$", re.IGNORECASE)
_AUX = re.compile(r"^(?P<np>(?:the |a |an |its |their |his |her )?[\w’'\-]+(?: [\w’'\-]+){0,5}?) (?P<aux>would|will|could|can|is|are|was|were|has|have|had|should|might|may) (?P<rest>.+)$")


@dataclass(frozen=True, slots=True)
class Question:
    """One open question found in a sentence."""

    question: str
    cue: str
    category: str
    why: str
    sentence: Sentence


_QUOTES = re.compile(r"[“”\"]")
_LONE_APOSTROPHE = re.compile(r"(?<![A-Za-z])[‘’']|[‘’'](?![A-Za-z])")
_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    """Plain text for a question: no quotation marks (apostrophes inside words stay)."""
    text = _QUOTES.sub("", text)
    text = _LONE_APOSTROPHE.sub("", text)
    text = text.replace("’", "'")
    return _SPACES.sub(" ", text).strip().rstrip(".,;:!?").strip()


_REPORTING = re.compile(
    r"^(?:but |and |yet )?(?:(?:it|he|she|they|officials?|the \w+(?: \w+)?|(?:some |several |many |other )?(?:[A-Z][\w’'\-]*|diplomats|officials|analysts|experts|sources)(?: [A-Z][\w’'\-]*){0,2}) )?"
    r"(?:said|says|stressed|added|warned|noted|argued|believes?|thinks?) (?:that )?",
    re.IGNORECASE,
)
_TAIL = re.compile(r",”|”,? (?=(?:he|she|it|they|said|added)\b)|, (?:adding|saying|he|she|it|they|according)\b")


def _cut_tail(text: str) -> str:
    m = _TAIL.search(text)
    return text[: m.start()] if m else text


def _clause(text: str, cue_start: int, cue_end: int) -> str:
    """The clause of ``text`` around the cue (between strong punctuation), without attribution."""
    left = max(text.rfind(sep, 0, cue_start) for sep in (";", " but ", ": ", "—", " – "))
    left = 0 if left < 0 else left
    right_candidates = [i for i in (text.find(sep, cue_end) for sep in (";", " but ", "—", " – ")) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    clause = _cut_tail(text[left:right].lstrip(";:—– "))
    clause = re.sub(r"^(?:but|and|yet|so|or)\s+", "", clause.lstrip())
    clause = _ATTRIBUTION.sub("", _clean(clause))
    clause = re.sub(r",\s*(?:say|says|said|according to)\s+[\w’'\- ]{1,60}$", "", clause)
    return _REPORTING.sub("", clause)


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and not text.startswith(("I ", "I'")):
        first = text.split(" ", 1)[0]
        if first.lower() in ("the", "a", "an", "it", "this", "that", "these", "those", "there", "its", "their", "his", "her", "our",
                             "we", "they", "he", "she", "under", "after", "before", "during", "in", "on", "at", "for", "with",
                             "since", "despite", "amid", "while", "when", "if", "as", "some", "many", "most", "all", "no"):
            return text[0].lower() + text[1:]
    return text


def _wh_question(rest: str) -> str | None:
    """'what the future would hold for X' -> 'What would the future hold for X?'."""
    m = _WH.search(rest)
    if not m:
        return None
    wh, tail = m.group(1).lower(), m.group(2)
    adverb = re.match(r"((?:\w+ly|many|much|long|far|soon|big|large|often|quickly|badly)) (.+)$", tail) if wh == "how" else None
    if adverb:  # "how strictly the rules will be enforced"
        wh, tail = f"how {adverb.group(1)}", adverb.group(2)
        if adverb.group(1) in ("many", "much"):  # "how many aircraft were at Engels": the noun goes along
            noun = re.match(r"((?:[A-Za-z\-]+ ){0,1}[A-Za-z\-]+) (?=(?:were|was|are|is|will|would|could|had|have|has)\b)", tail)
            if noun:
                wh, tail = f"{wh} {noun.group(1)}", tail[noun.end():]
                return f"{wh[0].upper() + wh[1:]} {tail}?"
    if wh in ("whether", "if"):
        inner = _AUX.match(tail)
        if inner:
            return f"{inner.group('aux').capitalize()} {inner.group('np')} {inner.group('rest')}?"
        return f"Is it the case that {tail}?"
    inner = _AUX.match(tail)
    if inner and wh != "who":
        return f"{wh[0].upper() + wh[1:]} {inner.group('aux')} {inner.group('np')} {inner.group('rest')}?"
    return f"{wh.capitalize()} {tail}?"


def phrase(category: str, cue: str, sentence: str, cue_start: int, cue_end: int, previous: str = "") -> str:
    """A question that asks what the hedged or unresolved statement leaves open."""
    clause = _clause(sentence, cue_start, cue_end)
    cue_l = cue.lower()
    if "too early to" in cue_l:
        q = _wh_question(_cut_tail(sentence[cue_end:]).rstrip(".”\""))
        if q:
            return _clean(q) + "?"
    if cue_l.startswith("remain"):
        subject = _clean(sentence[:cue_start]).split(", ")[-1]
        subject = re.sub(r"^(?:but|and|while|although)\s+", "", subject)
        if subject.lower() in ("it", "this", "that", "what"):  # "It remains unclear how many ..."
            q = _wh_question(_cut_tail(sentence[cue_end:]))
            if q:
                return _clean(q) + "?"
        elif subject:
            verb = "are" if cue_l.startswith("remain ") or " and " in subject else "is"
            return f"What {verb} {_lower_first(subject)}?"
    if "unclear" in cue_l or "not clear" in cue_l or "not known" in cue_l or "unknown" in cue_l or "uncertain" in cue_l:
        q = _wh_question(_cut_tail(sentence[cue_end:]))
        if q:
            return _clean(q) + "?"
    if re.search(r"(?:verif|confirm|evidence)", cue_l) and re.match(r"(?:the|this|that|these|those|such) (?:claim|claims|report|reports|figure|figures|account|accounts|assertion)s?\b|it\b|this\b|they\b", clause, re.IGNORECASE):
        said = re.match(r"(?P<who>.+?) (?:said|says|claimed|claims|reported|told \w+)(?: that)? (?P<what>.+)$", _clean(previous))
        if said:
            return f"Is it true, as {_lower_first(said.group('who'))} said, that {said.group('what')}?"
        if previous:
            return f"Is it true that {_lower_first(_clean(previous))}?"
    if "premature" in cue_l:
        asked = re.search(r"\b[Aa]sked (?:about|whether|if) ([^,]+),", previous + " " + sentence)
        if asked:
            return f"What is {_lower_first(_clean(asked.group(1)))}?"
    if "raising questions" in cue_l or "raises questions" in cue_l:
        about = re.search(r"questions (?:about|over|on) (.+)$", clause)
        if about:
            return f"What will happen to {_lower_first(about.group(1))}?"
    if category in ("claim", "report", "disputed"):
        that = re.search(r"\b(?:claimed|claims|alleged|said|denied|denies|reported)\b(?: on [A-Z]\w+ \d+| on \w+day)? that (.+)$", clause)
        body = that.group(1) if that else re.sub(r"\b(?:reportedly|allegedly|purportedly)\s+", "", clause)
        return f"Is it true that {_lower_first(body)}?"
    possibly = re.search(r"\b(?:possibly|perhaps|probably|likely)\s+(as part of|in order to|to|for|because of|due to)\s+(.+)$", clause)
    if possibly:
        return f"Was this {possibly.group(1)} {possibly.group(2)}?"
    if "subject" in cue_l and "discussion" in cue_l:
        who = re.search(r"discussion with (.+)$", clause)
        if who:
            return f"Who are {_lower_first(who.group(1))}, and what will they decide?"
    if "instability" in cue_l or "volatile" in cue_l:
        return f"How will the instability be resolved: {_lower_first(clause)}?"
    body = re.sub(r"\b(?:possibly|perhaps|apparently|probably)\s+", "", clause)
    inner = _AUX.match(_lower_first(body))
    if (
        inner
        and inner.group("aux") in ("would", "will", "could", "can", "might", "may")
        and "," not in inner.group("np")
        and not inner.group("rest").startswith("not ")
        and not re.search(r"\b(?:to|of|that|which|who)$", inner.group("np"))
    ):
        # "a far bigger operation would be needed for X" -> "Would a far bigger operation be needed for X?"
        return f"{inner.group('aux').capitalize()} {inner.group('np')} {inner.group('rest')}?"
    return f"Is it confirmed that {_lower_first(body)}?"


def _first_cue(text: str, lowered: str) -> tuple[str, int, int] | None:
    """(category, start, end) of the strongest cue in ``text``, or None."""
    same_length = len(lowered) == len(text)  # lower() keeps offsets (not for every letter)
    for category, fast, regex in _CUE_FAST:
        m = fast.search(lowered) if fast is not None and same_length else regex.search(text)
        if m:
            return category, m.start(), m.end()
    return None


def find(sentences: list[Sentence]) -> list[Question]:
    """One question per sentence that carries a cue, in text order."""
    out = []
    previous = ""
    for sentence in sentences:
        # the first cue in order of strength that the sentence carries (separate small regexes
        # are faster here than one big case-insensitive alternation)
        lowered = sentence.text.lower()
        if not any(stem in lowered for stem in _CUE_STEMS):
            previous = sentence.text
            continue
        best = _first_cue(sentence.text, lowered)
        if best is not None:
            category, start, end = best
            cue = sentence.text[start:end]
            question = phrase(category, cue, sentence.text, start, end, previous)
            question = re.sub(r"\s+", " ", question).replace("??", "?")
            question = question[0].upper() + question[1:]
            out.append(Question(question, cue, category, _WHY[category].format(cue=f"“{cue}”"), sentence))
        previous = sentence.text
    return out
