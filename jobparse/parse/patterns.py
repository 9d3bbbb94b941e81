"""Line- and sentence-level patterns the splitter and extractor share (value patterns live in values/)."""

from __future__ import annotations

import regex

from jobparse.lazyregex import lazy_compile

# "The closing date is 28 September 2025" / "The closing date for this job has now passed."
CLOSING_LINE = lazy_compile(
    r"^(?:the\s+)?closing\s+date\s+(?:is|was|will\s+be|for\s+(?:this|the)\s+(?:job|vacancy|post|role|advert)\s+(?:is|was|has))\b",
    regex.IGNORECASE,
)
CLOSED = lazy_compile(r"\b(?:has\s+now\s+passed|has\s+passed|is\s+now\s+closed|has\s+closed)\b", regex.I)

# Start dates in prose: "the start date for this post will be March 2026", "expected start
# date: 1 April 2026", "starting in March 2026", "to start in January 2026".
START_SENTENCE = lazy_compile(
    r"""
    \b(?:
        (?:anticipated|expected|proposed|planned|intended|indicative)?\s*start(?:ing)?\s+date
        (?:\s+(?:for|of)\s+(?:this|the)\s+(?:post|role|position|job|vacancy))?
        (?:\s+(?:will|would|is\s+likely\s+to)\s+be|\s+is|\s+of|:|\s+-)?
      | (?:to\s+)?start(?:ing)?\s+(?:in|from|on)
      | commenc(?:e|ing)\s+(?:in|from|on)
    )\s*
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# An organisation's name, for the employer display line above the title.
ORGANISATION = lazy_compile(
    r"\b(?:NHS|Trust|Board|Council|Foundation|Partnership|Hospitals?|Health(?:care)?|Practice|"
    r"Surgery|Group|University|Service|Services|CIC|Ltd|Limited|LLP|Hospice|Ambulance|ICB|Care)\b"
)
# Lines that close an advert on a copied NHS Jobs page, never a title or employer name.
TAIL_LINE = lazy_compile(r"privacy\s+notice|\(opens\s+in\s+a\s+new\s+tab\)|^apply\b", regex.IGNORECASE)
# Navigation and button text that copying a web page picks up around the title.
NAVIGATION = lazy_compile(
    r"^(?:skip\s+to\s+(?:main\s+)?content|back(?:\s+to\s+(?:search\s+)?results)?|save(?:\s+(?:this\s+)?job)?|"
    r"share(?:\s+this\s+job)?|print|apply(?:\s+(?:now|online|for\s+this\s+job))?|sign\s+in|log\s+in|menu|home|"
    r"jobs|search(?:\s+jobs)?|job\s+advert|vacancy|view\s+(?:the\s+)?job\s+description)$",
    regex.IGNORECASE,
)
OPENS_IN_NEW_TAB = lazy_compile(r"\s*\(opens\s+in\s+(?:a\s+)?new\s+(?:tab|window)\)", regex.IGNORECASE)
# A sentence, for picking the HCAS statement out of a paragraph.
SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z(])")
# A line of separator characters between adverts in a dump.
SEPARATOR = lazy_compile(r"^(?:[=\-_*#~]\s*){5,}$|^\f+$")
