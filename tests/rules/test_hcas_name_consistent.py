"""JP406 hcas-name-consistent."""

from tests.rules.helpers import CLEAN, codes, problems, variant


def _about(sentences: str) -> str:
    return variant(("About us\n", f"About us\n{sentences}\n"))


def test_pass() -> None:
    assert codes(CLEAN, "JP406") == []


def test_pass_one_name_with_its_abbreviation_and_sentence_case() -> None:
    text = _about(
        "The salary includes the High Cost Area Supplement (HCAS). High cost area supplement is paid monthly."
    )
    assert codes(text, "JP406") == []


def test_fail_three_names_each_reported_once() -> None:
    text = _about(
        "Pay includes High Cost Area allowance. The High Cost Area Supplement is 5%. "
        "The High-Cost Area Allowance is pro rata. Our High Cost Area Supplement is reviewed yearly."
    )
    found = problems(text, "JP406")
    assert [p.message.split("'")[1] for p in found] == ["High Cost Area Supplement", "High-Cost Area Allowance"]
    assert all(p.line == 11 and str(p.severity) == "warning" for p in found)


def test_names_found_where_high_is_written_are_those_a_sweep_finds() -> None:
    from bench.corpus import adverts
    from jobparse.rules.hcas_name_consistent import NAMES, names

    texts = [
        *adverts(200, seed=9),
        _about("High cost area supplement; HIGH COST AREA ALLOWANCE. high-cost areas payment"),
    ]
    found = 0
    for text in texts:
        swept = [m.span() for m in NAMES.finditer(text)]
        assert [m.span() for m in names(text, 0, len(text))] == swept
        found += len(swept)
    assert found > 20
