"""Splitting dumps that hold several adverts, and telling text with no advert apart."""

from __future__ import annotations

from jobparse import parse, parse_many

ONE = "Porter\nThe closing date is 5 October 2025\nJob summary\nMove patients.\nDetails\nBand\nBand 2\n"
TWO = "Cleaner\nThe closing date is 6 October 2025\nJob summary\nClean wards.\nDetails\nBand\nBand 2\n"


def test_single_advert() -> None:
    assert len(parse_many(ONE)) == 1


def test_back_to_back_adverts() -> None:
    adverts = parse_many(ONE + TWO)
    assert [a.title.value for a in adverts if a.title] == ["Porter", "Cleaner"]
    assert [a.index for a in adverts] == [0, 1]
    # Positions stay relative to the whole dump.
    second = adverts[1]
    assert second.title is not None and second.position(second.title.span)["line"] == 8


def test_separator_lines() -> None:
    adverts = parse_many(ONE + "\n----------\n" + TWO)
    assert len(adverts) == 2


def test_employer_line_goes_with_the_next_advert() -> None:
    dump = ONE + "Beacon Hospitals NHS Trust\n" + TWO
    adverts = parse_many(dump)
    assert len(adverts) == 2
    employer = adverts[1].employer
    assert employer is not None and employer.display_name is not None
    assert employer.display_name.value == "Beacon Hospitals NHS Trust"


def test_text_without_an_advert() -> None:
    assert parse_many("Dear colleague,\nthank you for your letter.\n") == []


def test_parse_never_splits() -> None:
    advert = parse(ONE + TWO)
    assert advert.title is not None and advert.title.value == "Porter"


def test_mixed_layouts_back_to_back() -> None:
    """Trac, Find-a-Job, Scotland and NHS Jobs adverts in one dump: one record each, in order."""
    from tests.conftest import FIXTURES

    names = ["trac_key_facts", "findajob_table", "scotland_band_salary_one_line", "nhsjobs_basic",
             "dates_ordinal_and_abbreviated", "trac_dash_prefixed_labels", "findajob_table"]  # fmt: skip
    texts = [(FIXTURES / "adverts" / f"{name}.txt").read_text(encoding="utf-8") for name in names]
    singles = [parse_many(text)[0] for text in texts]
    together = parse_many("\n".join(texts))
    assert len(together) == len(names)
    for alone, joined in zip(singles, together, strict=True):
        assert joined.title is not None and alone.title is not None and joined.reference is not None
        assert (joined.title.value, joined.reference.value) == (alone.title.value, alone.reference.value)


def test_a_summary_over_key_facts_begins_an_advert_but_a_quoted_one_does_not() -> None:
    """A Trac page starting at "Job summary" after a Find a Job advert's Summary is a second advert;
    a Find a Job Summary that quotes an NHS Jobs text ("Job summary" and prose) is still one."""
    from tests.conftest import FIXTURES

    findajob = (FIXTURES / "adverts" / "findajob_table.txt").read_text(encoding="utf-8")
    trac = (FIXTURES / "adverts" / "trac_key_facts.txt").read_text(encoding="utf-8")
    assert [a.layout.name for a in parse_many(findajob + trac) if a.layout] == ["find-a-job", "trac"]
    quoting = findajob + "Job summary\nWe are looking for a caring healthcare assistant to join us.\n"
    assert len(parse_many(quoting)) == 1


def test_a_dump_read_in_blocks_gives_the_records_of_a_whole_read() -> None:
    # iter_adverts tokenizes and splits a large dump a block at a time (memory stays flat); the
    # records must be those of one pass over the whole text, whatever the block size.
    from bench.corpus import adverts
    from jobparse.parse import iter_adverts
    from tests.conftest import advert_fixtures

    dumps = [
        "\n".join(adverts(120, seed=4)),
        "\n".join(adverts(30, seed=5, long=True)),
        "\n\n".join(path.read_bytes().decode("utf-8", "replace") for path in advert_fixtures()),
    ]
    for text in dumps:
        whole = [advert.to_dict() for advert in iter_adverts(text, "dump.txt", block=len(text) + 1)]
        for block in (1_000, 7_919, 40_000):
            assert [advert.to_dict() for advert in iter_adverts(text, "dump.txt", block=block)] == whole
