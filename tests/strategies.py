"""Hypothesis strategies: arbitrary text, and advert-shaped text built from fixture lines and noise."""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st

from tests.conftest import advert_fixtures


@cache
def fixture_lines() -> tuple[str, ...]:
    lines: set[str] = set()
    for path in advert_fixtures():
        lines.update(path.read_bytes().decode("utf-8", errors="replace").splitlines())
    return tuple(sorted(lines))


STRUCTURE = ["", " ", "Job summary", "Details", "Salary", "Band", "Job locations", "Main duties of the job",
             "Employer details", "Employer contact details", "- ", "The closing date is", "£", "Band 5 to",
             "Closing: 31/02/2026", "Salary: £", "==========", "Date posted", "\t"]  # fmt: skip

line = st.one_of(
    st.sampled_from(fixture_lines()),
    st.sampled_from(STRUCTURE),
    st.text(max_size=60),
    st.text(alphabet="£0123456789,.- /abBandtoyear", max_size=40),
)
advert_texts = st.lists(line, max_size=80).map("\n".join)
line_endings = st.sampled_from(["\n", "\r\n", "\r"])
any_text = st.one_of(st.text(max_size=2000), advert_texts)
