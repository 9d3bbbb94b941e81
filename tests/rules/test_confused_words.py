"""JP401 confused-words."""

import pytest

from tests.rules.helpers import assert_fixed, codes, fixed, problems, variant

LINE = "You will work in a multidisciplinary team caring for adults admitted as emergencies."


@pytest.mark.parametrize(
    "sentence",
    [
        "Develop your careers with our preceptorship programme.",
        "We follow the principle of least restraint.",
        "The principal pharmacist leads the team.",
        "We offer complementary therapies.",
        "Good clinical practice matters.",
        "You will practise safely and independently.",
        "The rota is dependent on service needs.",
    ],
)
def test_pass_real_uses(sentence: str) -> None:
    assert codes(variant((LINE, sentence)), "JP401") == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("You will work closely with family, friends and careers.", "careers", "carers"),
        ("Supporting patients and their careers at home.", "careers", "carers"),
        ("Reporting to the Principle Pharmacist.", "Principle", "principal"),
        ("We offer complimentary therapies to patients.", "complimentary", "complementary"),
        ("We promote best practise in infection control.", "practise", "practice"),
        ("You will be able to practice independently.", "practice", "practise"),
        ("Shifts are dependant on demand.", "dependant", "dependent"),
        ("Free parking and complementary refreshments.", "complementary", "complimentary"),
    ],
)
def test_fail(sentence: str, wrong: str, right: str) -> None:
    found = problems(variant((LINE, sentence)), "JP401")
    assert [(p.line, p.code) for p in found] == [(5, "JP401")]
    line = sentence
    assert line[found[0].column - 1 : found[0].end_column - 1] == wrong
    assert right in (found[0].hint or "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "You will work closely with family, friends and careers.",
            "You will work closely with family, friends and carers.",
        ),
        ("Reporting to the Principle Pharmacist.", "Reporting to the Principal Pharmacist."),
        ("UNPAID CAREERS are welcome.", "UNPAID CARERS are welcome."),
        ("Shifts are dependant on demand.", "Shifts are dependent on demand."),
    ],
)
def test_fix_is_unsafe_and_writes_the_right_word_in_its_case(sentence: str, expected: str) -> None:
    text = variant((LINE, sentence))
    (problem,) = problems(text, "JP401")
    assert problem.fix is not None and not problem.fix.safe
    assert fixed(text, "JP401") == text  # not without --unsafe-fixes
    assert_fixed(text, "JP401", variant((LINE, expected)), unsafe=True)


def test_an_inflected_word_has_no_fix() -> None:
    (problem,) = problems(variant((LINE, "The new roles compliments the existing team.")), "JP401")
    assert problem.fix is None and problem.hint == "write 'complement'"
