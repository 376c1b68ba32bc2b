"""Content checks. Each returns findings; `check_kit` runs them all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import LANGUAGES
from .content import NOT_PARTICIPATORY, STAGES, Module, ModuleMeta, Page, load_modules
from .findings import Finding
from .markup import CITE, TERM, refs
from .notebooks import check_notebooks
from .numbers import figures, sentences
from .register import Register, load_register
from .siteconfig import check_navigation
from .workshops import check_plans, load_plans


@dataclass
class Kit:
    root: Path
    register: Register
    modules: list[Module]


def load_kit(root: Path) -> tuple[Kit, list[Finding]]:
    reg, findings = load_register(root)
    modules, more = load_modules(root)
    return Kit(root, reg, modules), findings + more


def check_register_refs(reg: Register) -> list[Finding]:
    out = []

    def need(kind: str, item_id: str, target: str, table: dict, what: str) -> None:
        target_kind = "sources" if what == "source" else "facts"
        if target not in table and not reg.reported(target_kind, target):
            path, line = reg.where(kind, item_id)
            out.append(Finding(path, line, "REF003" if what == "source" else "REF001",
                               f"{item_id}: unknown {what} '{target}'",
                               f"add it to seeds/{'sources' if what == 'source' else 'facts'}.yml or fix the id"))

    for f in reg.facts.values():
        need("facts", f.id, f.source, reg.sources, "source")
    for t in reg.glossary.values():
        if t.source:
            need("glossary", t.id, t.source, reg.sources, "source")
    for o in reg.organizations.values():
        need("organizations", o.id, o.source, reg.sources, "source")
    for e in reg.timeline.values():
        need("timeline", e.id, e.source, reg.sources, "source")
        for fid in e.facts:
            need("timeline", e.id, fid, reg.facts, "fact")
    return out


def check_agenda(module: Module) -> list[Finding]:
    """Timing and spiral checks on the English agenda (LANG001 keeps the others in its shape); headings in all."""
    out = []
    for lang, meta in module.meta.items():
        page = module.pages[(lang, "facilitator")]
        raw = module.meta_lines[lang]
        line = _agenda_line(raw)
        if lang != LANGUAGES[0] and LANGUAGES[0] in module.meta:
            out += _step_headings(page, meta, raw, line)
            continue
        total = sum(s.minutes for s in meta.agenda)
        if total != meta.duration:
            out.append(Finding(page.shown, line, "AGENDA001",
                               f"agenda minutes add up to {total}, but duration is {meta.duration}",
                               "change a step's minutes or the duration so they match"))
        short = sum(s.short_minutes for s in meta.agenda)
        if short != meta.short_duration:
            out.append(Finding(page.shown, line, "AGENDA002",
                               f"short-version minutes add up to {short}, but short_duration is {meta.short_duration}",
                               "adjust short_minutes (0 drops a step from the short version)"))
        active = sum(s.minutes for s in meta.agenda if s.method not in NOT_PARTICIPATORY)
        if active * 2 < total:
            out.append(Finding(page.shown, line, "AGENDA003",
                               f"only {active} of {total} minutes are participatory",
                               "at least half of the minutes must be activities, not talks or reading"))
        missing = [s for s in STAGES if s not in {step.stage for step in meta.agenda}]
        if missing:
            out.append(Finding(page.shown, line, "AGENDA004",
                               f"the spiral stage(s) {', '.join(missing)} never appear in the agenda",
                               "every module moves through experience, patterns, new-information, practice, action"))
        out += _step_headings(page, meta, raw, line)
    return out


def _agenda_line(raw: dict) -> int:
    """The line of 'agenda:' in a guide's front matter (one above its first step)."""
    agenda = raw.get("agenda")
    if isinstance(agenda, list) and agenda and isinstance(agenda[0], dict):
        return agenda[0].get("__line__", 2) - 1
    return raw.get("__line__", 1)


def _step_headings(page: Page, meta: ModuleMeta, raw: dict, line: int) -> list[Finding]:
    headings = {m.group(1).strip() for m in re.finditer(r"^###\s+(.+)$", page.body, re.MULTILINE)}
    return [Finding(page.shown, raw["agenda"][i].get("__line__", line), "AGENDA005",
                    f"agenda step '{step.step}' has no '### {step.step}' section in the guide",
                    "each step needs its own section with purpose, materials and instructions")
            for i, step in enumerate(meta.agenda) if step.step not in headings]


def check_languages(module: Module) -> list[Finding]:
    if not all(lang in module.meta for lang in LANGUAGES):
        return []
    base, out = module.meta[LANGUAGES[0]], []
    for lang in LANGUAGES[1:]:
        meta, page = module.meta[lang], module.pages[(lang, "facilitator")]
        shape = [(s.minutes, s.short_minutes, s.method, s.stage, s.interpretation) for s in meta.agenda]
        if shape != [(s.minutes, s.short_minutes, s.method, s.stage, s.interpretation) for s in base.agenda]:
            out.append(Finding(page.shown, _agenda_line(module.meta_lines[lang]), "LANG001",
                               f"the '{lang}' agenda differs from the English one in minutes, methods, "
                               "stages or interpretation",
                               "keep the same steps in the same order; only the step titles are translated"))
        for key, code in (("facts", "LANG002"), ("key_terms", "LANG003"), ("sources", "LANG003")):
            mine, theirs = set(getattr(meta, key)), set(getattr(base, key))
            if mine != theirs:
                diff = sorted(mine ^ theirs)
                out.append(Finding(page.shown, 1, code,
                                   f"'{key}' differs from the English guide: {', '.join(diff)}",
                                   "both languages use the same register ids"))
    return out


def check_module_refs(module: Module, reg: Register) -> list[Finding]:
    out = []
    for lang, meta in module.meta.items():
        page = module.pages[(lang, "facilitator")]
        raw = module.meta_lines[lang]
        for key, kind, code, what in (("facts", "facts", "REF001", "fact"),
                                      ("key_terms", "glossary", "REF002", "glossary term"),
                                      ("sources", "sources", "REF003", "source")):
            table = getattr(reg, kind)
            for item in getattr(meta, key):
                if item not in table and not reg.reported(kind, item):
                    out.append(Finding(page.shown, _key_line(page.path, key, raw), code,
                                       f"unknown {what} '{item}' in {key}",
                                       f"add '{item}' to seeds/ or correct the id"))
    for (lang, _kind), page in module.pages.items():
        cited: set[str] = set()
        for ref in refs(page.body):
            line = page.body_line + ref.line - 1
            if ref.kind == "fact":
                cited.add(ref.id)
                if ref.id not in reg.facts and not reg.reported("facts", ref.id):
                    out.append(Finding(page.shown, line, "REF001", f"unknown fact '{ref.id}'",
                                       "cite an id from seeds/facts.yml, or add the fact there with its source"))
            elif ref.id not in reg.glossary and not reg.reported("glossary", ref.id):
                out.append(Finding(page.shown, line, "REF002", f"unknown glossary term '{ref.id}'",
                                   "use an id from seeds/glossary.yml, or add the term in both languages"))
        meta = module.meta.get(lang)
        if meta:
            for fid in sorted(cited - set(meta.facts)):
                if fid in reg.facts:
                    out.append(Finding(page.shown, 1, "FACT001",
                                       f"cites '{fid}', which the facilitator guide's 'facts' list does not name",
                                       "add it to 'facts' in the front matter of facilitator.md"))
    return out


def check_numbers(module: Module, reg: Register) -> list[Finding]:
    """Every figure in prose sits in a sentence citing a fact that gives it: its value, a figure its statement
    states, or the year its source speaks as of."""
    if "facts" in reg.unreadable:
        return []  # the register's own finding explains it
    out = []
    for page in module.pages.values():
        for sentence, line in sentences(page.body):
            ids = CITE.findall(sentence)
            if any(reg.reported("facts", i) for i in ids):
                continue
            cited = [reg.facts[i] for i in ids if i in reg.facts]
            backed = {float(f.value) for f in cited if f.value is not None}
            backed |= {float(f.as_of[:4]) for f in cited}
            backed |= {fig.value for f in cited for lang in ("en", "es") for fig in figures(f.statement[lang], 0)}
            for fig in figures(sentence, line):
                if fig.value not in backed:
                    hint = ("cite the fact that gives this figure, e.g. [@fact-id], in the same sentence"
                            if not cited else "the facts cited here have other values: cite the one that gives it")
                    out.append(Finding(page.shown, page.body_line + line - 1, "NUM001",
                                       f"the figure '{fig.text}' is not backed by a cited fact", hint))
    return out


def check_terms_linked(module: Module) -> list[Finding]:
    """Each key term of a module is linked from its reading page, in each language."""
    out = []
    for lang, meta in module.meta.items():
        page = module.pages.get((lang, "index"))
        if not page:
            continue
        linked = set(TERM.findall(page.body))
        linked_ids = {term_id for term_id, _ in linked}
        for term in meta.key_terms:
            if term not in linked_ids:
                out.append(Finding(page.shown, 1, "TERM001", f"key term '{term}' is never linked on this page",
                                   f"link it at its first use with [[{term}]]"))
    return out


def check_register_use(kit: Kit) -> list[Finding]:
    """Every fact is cited by a page or a timeline event, or marked background: true."""
    used = {fid for e in kit.register.timeline.values() for fid in e.facts}
    for module in kit.modules:
        for page in module.pages.values():
            used |= {r.id for r in refs(page.body) if r.kind == "fact"}
    out = []
    for fact in kit.register.facts.values():
        if fact.id not in used and not fact.background:
            path, line = kit.register.where("facts", fact.id)
            out.append(Finding(path, line, "USE001", f"fact '{fact.id}' is used by no page and no timeline event",
                               "cite it where it helps, or mark it 'background: true'"))
    return out


def _key_line(path: Path, key: str, raw: dict) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(f"{key}:"):
            return i
    return raw.get("__line__", 1)


def check_kit(root: Path) -> tuple[Kit, list[Finding]]:
    kit, findings = load_kit(root)
    findings += check_register_refs(kit.register)
    for module in kit.modules:
        findings += check_agenda(module)
        findings += check_languages(module)
        findings += check_module_refs(module, kit.register)
        findings += check_numbers(module, kit.register)
        findings += check_terms_linked(module)
    findings += check_register_use(kit)
    findings += check_navigation(root)
    findings += check_notebooks(root)
    plans, plan_findings = load_plans(root)
    findings += plan_findings + check_plans(plans, kit.modules)
    return kit, sorted(set(findings))
