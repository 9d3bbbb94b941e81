"""The clean advert the rule tests start from really has no findings, under every rule."""

from tests.rules.helpers import CLEAN, problems


def test_clean_advert_has_no_findings() -> None:
    found = problems(CLEAN)
    assert found == [], [(p.code, p.message) for p in found]
