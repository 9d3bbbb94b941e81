"""JP306 employer-name-consistent."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP306") == []


def test_fail_and_written_as_ampersand() -> None:
    text = variant(
        ("Employer name\nRiverside Health NHS Foundation Trust", "Employer name\nKent and Medway NHS Trust"),
        ("Riverside Health NHS Foundation Trust serves", "Kent & Medway NHS Trust serves"),
    )
    (problem,) = problems(text, "JP306")
    assert (problem.line, problem.column, str(problem.severity)) == (11, 1, "warning")
    assert "'Kent & Medway NHS Trust'" in problem.message


def _with_display(line: str, name: str = "Riverside Health NHS Foundation Trust") -> str:
    return variant(
        ("Staff Nurse - Acute Medical Unit\n", f"{line}\nStaff Nurse - Acute Medical Unit\n"),
        ("Employer name\nRiverside Health NHS Foundation Trust", f"Employer name\n{name}"),
        ("Riverside Health NHS Foundation Trust serves", "The trust serves"),
    )


def test_pass_short_form_above_the_title() -> None:
    assert codes(_with_display("Riverside Health NHSFT"), "JP306") == []


def test_fail_former_name_above_the_title() -> None:
    text = _with_display("Riverside & Lowbridge Community NHS Trust")
    (problem,) = problems(text, "JP306")
    assert (problem.line, str(problem.severity)) == (1, "warning")
    assert "another name than" in problem.message and "'Riverside Health NHS Foundation Trust'" in problem.message


def test_fail_misspelt_name_above_the_title() -> None:
    (problem,) = problems(_with_display("Riversyde Health NHS Foundation Trust"), "JP306")
    assert "a misspelling of" in problem.message


def test_fail_former_name_in_the_text() -> None:
    text = variant(
        ("Riverside Health NHS Foundation Trust serves", "At Riverside District Hospitals NHS Trust we serve")
    )
    (problem,) = problems(text, "JP306")
    assert (problem.line, problem.column) == (11, 4)
    assert "'Riverside District Hospitals NHS Trust' here" in problem.message


def test_pass_short_name_of_the_same_kind_and_partner_bodies() -> None:
    text = variant(
        (
            "Riverside Health NHS Foundation Trust serves",
            "Riverside Health NHSFT works with Riverside Community NHS Trust and serves",
        )
    )
    assert codes(text, "JP306") == []


def test_pass_capitals_are_styling_not_another_name() -> None:
    text = variant(("Riverside Health NHS Foundation Trust serves", "RIVERSIDE HEALTH NHS FOUNDATION TRUST serves"))
    assert codes(text, "JP306") == []


def test_windows_find_what_a_sweep_of_the_whole_text_finds() -> None:
    from bench.corpus import adverts
    from jobparse import parse_many
    from jobparse.rules.employer_name_consistent import ORGANISATION, _before_body_words

    texts = [
        *adverts(40, seed=3, long=True),
        variant(("Riverside Health NHS Foundation Trust serves", "At Riverside District Hospitals NHS Trust we serve")),
    ]
    names = 0
    for advert in parse_many("\n".join(texts), "x.txt"):
        windows = _before_body_words(advert.text, advert.span.start, advert.span.end)
        swept = [m.span() for m in ORGANISATION.finditer(advert.text, advert.span.start, advert.span.end)]
        found = [m.span() for start, end in windows for m in ORGANISATION.finditer(advert.text, start, end)]
        assert found == swept
        names += len(swept)
    assert names > 40
