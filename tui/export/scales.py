"""Analytic scales -> STIX 2.1 ``confidence`` (0-100), per Appendix B of the STIX 2.1 spec.

The tables are written out here rather than taken from the ``stix2`` library's helpers on
purpose: the reference library disagrees with the specification on at least one value (it gives
30 for the WEP term "probably not", the spec 20), so the tests check these tables against the
specification's (see ``docs/export.md``), not against the library.
"""

from __future__ import annotations

#: ICD 203 confidence levels, through the spec's "None / Low / Med / High" scale
#: (None 0, Low 15, Med 50, High 85). ICD 203 says "moderate" where STIX says "medium".
CONFIDENCE_TO_STIX: dict[str, int] = {"low": 15, "moderate": 50, "high": 85}

#: Admiralty credibility digit -> STIX value. 6 ("truth cannot be judged") has none.
ADMIRALTY_CREDIBILITY_TO_STIX: dict[str, int] = {"1": 90, "2": 70, "3": 50, "4": 30, "5": 10}

#: ICD 203 likelihood terms (the spec's "DNI scale"), lowest band first.
LIKELIHOOD_TO_STIX: dict[str, int] = {
    "almost no chance": 5,
    "very unlikely": 15,
    "unlikely": 30,
    "roughly even chance": 50,
    "likely": 70,
    "very likely": 85,
    "almost certain": 95,
}


def from_confidence(level: str | None) -> int | None:
    """STIX confidence of an ICD 203 confidence level (low / moderate / high)."""
    return CONFIDENCE_TO_STIX.get(level or "")


def from_grading(grading: str | None) -> int | None:
    """STIX confidence of an Admiralty grading (``B2`` -> credibility 2 -> 70); None for 6."""
    if not grading or len(grading) != 2:
        return None
    return ADMIRALTY_CREDIBILITY_TO_STIX.get(grading[1])


def from_likelihood(term: str | None) -> int | None:
    """STIX confidence of an ICD 203 likelihood term (``likely`` -> 70)."""
    return LIKELIHOOD_TO_STIX.get(term or "")


def item_confidence(confidence: str | None, grading: str | None) -> int | None:
    """An item's STIX confidence: the analyst's ICD 203 level, else the grading's credibility.

    The confidence level is the analyst's judgment of the item itself, so it wins; the
    Admiralty credibility digit rates the information and is the fallback. The full grading
    (with the source's reliability letter, which no STIX number carries) goes in a label.
    """
    value = from_confidence(confidence)
    return value if value is not None else from_grading(grading)


def answer_confidence(likelihood: str | None, confidence: str | None) -> int | None:
    """An answer's STIX confidence: its ICD 203 likelihood term, else its confidence level."""
    value = from_likelihood(likelihood)
    return value if value is not None else from_confidence(confidence)
