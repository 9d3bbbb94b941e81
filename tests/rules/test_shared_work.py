"""Work several rules share for one advert is done once, and never reused for another advert."""

from __future__ import annotations

from jobparse import parse
from jobparse.payscales import load
from jobparse.rules import RuleContext, folded_text
from jobparse.validator import validate
from tests.rules.helpers import CLEAN, TODAY


def test_shared_work_is_done_once_per_advert() -> None:
    ctx = RuleContext(TODAY, "england", load("england"))
    first, second = parse(CLEAN), parse(CLEAN.replace("Staff Nurse", "Ward Sister"))
    calls: list[str] = []

    def work(name: str) -> str:
        calls.append(name)
        return name

    assert ctx.shared(first, "x", lambda: work("first")) == "first"
    assert ctx.shared(first, "x", lambda: work("again")) == "first"
    assert ctx.shared(second, "x", lambda: work("second")) == "second"
    assert calls == ["first", "second"]
    assert folded_text(second, ctx) == second.source_text.lower()
    assert "ward sister" in folded_text(second, ctx) and "ward sister" not in folded_text(first, ctx)


def test_one_context_over_many_adverts_gives_each_its_own_findings() -> None:
    ctx = RuleContext(TODAY, "england", load("england"))
    wrong_band = parse(CLEAN.replace("Band 5", "Band 7"))
    clean = parse(CLEAN)
    with_shared = [validate(advert, ctx=ctx) for advert in (wrong_band, clean, wrong_band)]
    alone = [
        validate(advert, ctx=RuleContext(TODAY, "england", load("england")))
        for advert in (wrong_band, clean, wrong_band)
    ]
    assert with_shared == alone
    assert any(problem.code == "JP105" for problem in with_shared[0]) and not with_shared[1]
