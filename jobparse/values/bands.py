"""Parse pay bands ("Band 6", "Band 8a", "Band 5 to 6", "B7 or 8a") and non-AfC grades."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.values import memo

AFC_BANDS = ("1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9")

# "Band 6", "band 8A", "B7", "NHS AfC: Band 6"; the first band must carry the word or a "B".
FIRST_BAND = lazy_compile(r"\b(?:band|b)\s*(?P<band>\d{1,2}(?:\s?[a-dA-D])?)(?![\w])", regex.IGNORECASE)
# Further bands after a separator: "/3", " to 6", " or 8a", " - Band 7", " & 8b", and a
# developmental post's "with progression to Band 3", "progressing to Band 6", "rising to 7".
NEXT_BAND = lazy_compile(
    r"(?<!\s)\s*+(?:/|-|–|—|\bto\b|\bor\b|\band\b|&|,"
    r"|(?:\bwith\s+)?\b(?:progression|progressing|rising|developing|moving|development)\s+(?:on\s+)?(?:to|into)\b)"
    r"\s*+(?:band\s*+|b\s*+)?(?P<band>\d{1,2}(?:\s?[a-dA-D])?)(?![\w])",
    regex.IGNORECASE,
)
AFC_WORD = lazy_compile(r"\bafc\b")
VSM_WORD = lazy_compile(r"\bvsm\b")
AFC_SCHEME = lazy_compile(r"\bafc\b|agenda\s+for\s+change|\bband\s*\d", regex.IGNORECASE)

# Non-AfC grades: (pattern, normalised name, scheme). Order matters: the first match wins, so
# "Locum Consultant" comes before "Consultant".
GRADES = tuple(
    (lazy_compile(pattern, regex.IGNORECASE), name, scheme)
    for pattern, name, scheme in (
        (r"\blocum\s+consultant\b", "Locum Consultant", "medical"),
        (r"\bconsultant\b", "Consultant", "medical"),
        (r"\bspecialty\s+doctor\b|\bspeciality\s+doctor\b", "Specialty Doctor", "medical"),
        (r"\bassociate\s+specialist\b", "Associate Specialist", "medical"),
        (r"\bspecialist\s+grade\b|\bspecialist\b(?=\s*\(?2021)", "Specialist", "medical"),
        (r"\blas\s+st\s?3\+?", "LAS ST3+", "medical"),
        (r"\b(?:nodal\s+point\s+(?P<np>\d)|\(?\bMT0?(?P<mt>\d)\)?)", "MT0{n}", "medical"),
        (r"\b(?:st|specialty\s+registrar\s+st?)\s?(?P<st>[1-8])\+?", "ST{n}", "medical"),
        (r"\bct\s?(?P<ct>[1-3])\b", "CT{n}", "medical"),
        (r"\bfy\s?(?P<fy>[12])\b|\bfoundation\s+year\s+(?P<fy2>[12])\b", "FY{n}", "medical"),
        (r"\bclinical\s+fellow\b", "Clinical Fellow", "medical"),
        (r"\bspecialty\s+registrar\b|\bregistrar\b", "Specialty Registrar", "medical"),
        (r"\bsalaried\s+gp\b|\bgeneral\s+practitioner\b", "Salaried GP", "medical"),
        (r"\bnon[\s\-]executive\b", "Non-executive", "other"),
        (r"\bvsm\b|\bvery\s+senior\s+manager\b|\bexecutives?\b", "Executive / VSM", "other"),
        (r"\bapprentice(?:ship)?\b", "Apprenticeship", "other"),
    )
)


@dataclass(frozen=True, slots=True)
class BandParse:
    """A band or grade: normalised value, the AfC bands named, and the pay scheme."""

    value: str | None
    bands: tuple[str, ...]
    scheme: str | None


def _norm_band(text: str) -> str:
    return text.replace(" ", "").casefold()


@memo
def parse_band(text: str) -> BandParse:
    """Read a band or grade string; value is None when nothing recognisable is there."""
    first = FIRST_BAND.search(text)
    if first is not None and _norm_band(first["band"]) in AFC_BANDS:
        bands = [_norm_band(first["band"])]
        pos = first.end()
        while (more := NEXT_BAND.match(text, pos)) is not None:
            band = _norm_band(more["band"])
            if band not in AFC_BANDS:
                break
            if band not in bands:
                bands.append(band)
            pos = more.end()
        bands.sort(key=AFC_BANDS.index)
        value = bands[0] if len(bands) == 1 else f"{bands[0]}-{bands[-1]}"
        return BandParse(value, tuple(bands), "afc")
    for pattern, name, scheme in GRADES:
        match = pattern.search(text)
        if match is not None:
            number = next((group for group in match.groups() if group), None)
            return BandParse(name.format(n=number) if "{n}" in name else name, (), scheme)
    if first is not None:  # "Band 10": band-shaped but not a band that exists
        return BandParse(None, (), "afc")
    return BandParse(None, (), None)


@memo
def parse_pay_scheme(text: str) -> str | None:
    """Normalised pay scheme slug ("agenda-for-change", "medical-and-dental", ...), or None."""
    folded = text.casefold()
    if "agenda for change" in folded or AFC_WORD.search(folded):
        return "agenda-for-change"
    if "medical" in folded or "dental" in folded:
        return "medical-and-dental"
    if "very senior" in folded or VSM_WORD.search(folded):
        return "very-senior-manager"
    if "other" in folded:
        return "other"
    return None
