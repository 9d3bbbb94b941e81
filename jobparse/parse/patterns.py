"""Line- and sentence-level patterns the splitter and extractor share (value patterns live in values/)."""

from __future__ import annotations

import regex

from jobparse.lazyregex import lazy_compile

OPENS_IN_NEW_TAB = lazy_compile(r"\s*\(opens\s+in\s+(?:a\s+)?new\s+(?:tab|window)\)", regex.IGNORECASE)
# A sentence, for picking the HCAS statement out of a paragraph.
SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z(])")
# A line of separator characters between adverts in a dump.
SEPARATOR = lazy_compile(r"^(?:[=\-_*#~]\s*){5,}$|^\f+$")
