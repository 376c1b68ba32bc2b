"""Workshop plans (workshops/*.yml): modules, breaks and sessions; timing checks; the interpreted-room planner."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from .content import Module, ModuleMeta
from .findings import Finding, relpath
from .register import ID_PATTERN, Bilingual, Model, _describe, _error_line
from .yamlio import LINE_KEY, load_yaml, strip_lines

MAX_SESSION_MINUTES = 8 * 60
# How much of a step's time is talk that consecutive interpretation repeats (the rest is reading, writing,
# moving, or talk inside groups formed by language).
TALK_SHARE: dict[str, float] = {
    "mini-lecture": 1.0, "plenary": 0.75, "go-round": 0.75, "spectrum": 0.5, "role-play": 0.5,
    "case-study": 0.25, "small-group": 0.25, "pair-share": 0.25, "mapping": 0.25, "gallery-walk": 0.1, "reading": 0.0,
}
GROUPS_BY_LANGUAGE = 0.4  # a step marked bilingual-groups keeps this part of its talk share


class ModuleItem(Model):
    module: str
    version: Literal["full", "short"] = "full"


class PauseItem(Model):
    """A break, a meal, or a plain activity (welcome, evaluation) with its own title."""

    minutes: int = Field(gt=0)
    kind: Literal["break", "lunch", "activity"] = "break"
    title: Bilingual | None = None


class Session(Model):
    title: Bilingual | None = None
    start: str = Field(default="9:00", pattern=r"^([01]?\d|2[0-3]):[0-5]\d$")
    items: list[ModuleItem | PauseItem] = Field(min_length=1)


class Plan(Model):
    id: str = Field(pattern=ID_PATTERN)
    title: Bilingual
    summary: Bilingual
    length: int = Field(gt=0)  # the stated length in minutes, breaks included
    interpretation: Literal["none", "simultaneous", "consecutive"] = "none"
    sessions: list[Session] = Field(min_length=1)


@dataclass
class LoadedPlan:
    plan: Plan
    path: Path
    shown: str
    raw: dict


def item_minutes(item: ModuleItem | PauseItem, modules: dict[str, ModuleMeta]) -> int:
    if isinstance(item, PauseItem):
        return item.minutes
    meta = modules[item.module]  # what the steps add up to (the module's own checks compare it to its duration)
    return sum(s.minutes if item.version == "full" else s.short_minutes for s in meta.agenda)


def step_minutes(item: ModuleItem, meta: ModuleMeta) -> list[tuple[str, int, str, str, str]]:
    """(title, minutes, method, stage, interpretation) of each step as the plan runs it."""
    steps = []
    for s in meta.agenda:
        minutes = s.minutes if item.version == "full" else s.short_minutes
        if minutes:
            steps.append((s.step, minutes, s.method, s.stage, s.interpretation))
    return steps


def load_plans(root: Path) -> tuple[list[LoadedPlan], list[Finding]]:
    plans, findings = [], []
    for path in sorted((root / "workshops").glob("*.yml")):
        shown = relpath(path, root)
        data, errs = load_yaml(path, shown)
        if errs:
            findings += errs
            continue
        if not isinstance(data, dict):
            findings.append(Finding(shown, 1, "PLAN004", "a workshop plan is a mapping of fields",
                                    "start with 'id:', 'title:', 'length:' and 'sessions:'"))
            continue
        for item in (i for s in data.get("sessions") or [] if isinstance(s, dict) for i in s.get("items") or []):
            if isinstance(item, dict) and "break" in item:  # `- break: 15` reads better than `minutes: 15`
                item["minutes"] = item.pop("break")
        try:
            plan = Plan.model_validate(strip_lines(data))
        except ValidationError as exc:
            findings += [Finding(shown, _error_line(data, err["loc"]), "SCHEMA003", _describe(err),
                                 "see workshops/README.md for the fields of a plan") for err in exc.errors()]
            continue
        if plan.id != path.stem:
            findings.append(Finding(shown, data.get(LINE_KEY, 1), "PLAN004",
                                    f"id '{plan.id}' differs from the file name '{path.stem}'",
                                    "a plan's id is its file name"))
        plans.append(LoadedPlan(plan, path, shown, data))
    return plans, findings


def check_plans(plans: list[LoadedPlan], modules: list[Module]) -> list[Finding]:
    known = {m.id: m.meta["en"] for m in modules if "en" in m.meta}
    out: list[Finding] = []
    for lp in plans:
        total, unknown = 0, False
        for si, session in enumerate(lp.plan.sessions):
            raw_items = lp.raw["sessions"][si]["items"]
            minutes = 0
            for ii, item in enumerate(session.items):
                line = raw_items[ii].get(LINE_KEY, 1)
                if isinstance(item, ModuleItem) and item.module not in known:
                    out.append(Finding(lp.shown, line, "PLAN001", f"unknown module '{item.module}'",
                                       f"use a module id from docs/en/modules/: {', '.join(sorted(known))}"))
                    unknown = True
                    continue
                minutes += item_minutes(item, known)
            start_h, start_m = (int(x) for x in session.start.split(":"))
            if minutes > MAX_SESSION_MINUTES or start_h * 60 + start_m + minutes > 24 * 60:
                out.append(Finding(lp.shown, lp.raw["sessions"][si].get(LINE_KEY, 1), "PLAN003",
                                   f"session {si + 1} runs {minutes} minutes from {session.start}: no room can "
                                   "keep that going", "split it into sessions, or use short versions of modules"))
            total += minutes
        if not unknown and total != lp.plan.length:
            out.append(Finding(lp.shown, _line(lp.path, "length:"), "PLAN002",
                               f"the plan adds up to {total} minutes, but its length is {lp.plan.length}",
                               "change the length, a break, or a module's version (full or short)"))
    return out


def _line(path: Path, prefix: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(prefix):
            return i
    return 1


@dataclass
class Cut:
    module: str
    step: str
    minutes: int
    short_minutes: int


@dataclass
class InterpretedTime:
    extra: int  # minutes consecutive interpretation adds
    cuts: list[Cut]  # steps to bring to their short-version minutes, biggest saving first
    saved: int


def consecutive_time(plan: Plan, modules: dict[str, ModuleMeta]) -> InterpretedTime:
    """How much longer a consecutive-interpreted room runs, and which steps to shorten to keep to time.

    modules holds the guides' front matter in the language of the report."""
    extra, candidates = 0.0, []
    for session in plan.sessions:
        for item in session.items:
            if not isinstance(item, ModuleItem) or item.module not in modules:
                continue
            meta = modules[item.module]
            for s in meta.agenda:
                minutes = s.minutes if item.version == "full" else s.short_minutes
                share = TALK_SHARE.get(s.method, 0.5)
                if s.interpretation == "bilingual-groups":
                    share *= GROUPS_BY_LANGUAGE
                extra += minutes * share
                if item.version == "full" and s.short_minutes < s.minutes:
                    candidates.append(Cut(meta.title, s.step, s.minutes, s.short_minutes))
    need, cuts, saved = round(extra), [], 0
    for cut in sorted(candidates, key=lambda c: c.short_minutes - c.minutes):
        if saved >= need:
            break
        cuts.append(cut)
        saved += cut.minutes - cut.short_minutes
    return InterpretedTime(need, cuts, saved)
