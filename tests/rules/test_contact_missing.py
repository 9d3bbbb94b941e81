"""JP303 contact-missing."""

import pytest

from tests.rules.helpers import CLEAN, codes, variant

CONTACT = "Jo Bloggs\njo.bloggs@riversidehealth.example.nhs.uk\n"


def test_pass() -> None:
    assert codes(CLEAN, "JP303") == []


@pytest.mark.parametrize("contact", ["01234 567890\n", "jo@example.nhs.uk\n"])
def test_pass_phone_or_email(contact: str) -> None:
    assert codes(variant((CONTACT, contact)), "JP303") == []


def test_fail_heading_with_no_contact() -> None:
    assert codes(variant((CONTACT, "")), "JP303") == [(42, "JP303", "warning")]
