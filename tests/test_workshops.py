from pathlib import Path

from conftest import PROJECT
from solidarity_kit.content import load_modules
from solidarity_kit.workshops import consecutive_time, load_plans


def test_minimal_plan_loads_and_adds_up(minimal_kit: Path):
    (plan,), findings = load_plans(minimal_kit)
    assert findings == []
    assert plan.plan.length == 75 and plan.plan.interpretation == "consecutive"
    assert plan.plan.sessions[0].items[1].minutes == 15  # `break: 15` reads as a 15-minute break


def test_consecutive_interpretation_adds_time_and_names_cuts(minimal_kit: Path):
    (plan,), _ = load_plans(minimal_kit)
    (module,), _ = load_modules(minimal_kit)
    time = consecutive_time(plan.plan, {"demo": module.meta["en"]})
    # go-round 10×0.75 + small groups by language 15×0.25×0.4 + talk 10×1 + role play by language 15×0.5×0.4
    # + pairs 10×0.25 (consecutive-ok: the whole room)
    assert time.extra == round(7.5 + 1.5 + 10 + 3 + 2.5)
    assert time.saved >= time.extra
    assert [c.step for c in time.cuts][:2] == ["Role play", "Opening round"]  # biggest saving first, then in order


def test_standard_plans_exist_and_match_their_length():
    plans, findings = load_plans(PROJECT)
    assert findings == []
    lengths = {lp.plan.id: lp.plan.length for lp in plans}
    assert lengths == {"introduction": 90, "half-day": 210, "full-day": 390, "study-circle": 480}
    assert len(next(lp for lp in plans if lp.plan.id == "study-circle").plan.sessions) == 4
