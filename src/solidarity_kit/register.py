"""The source register: sources, facts, timeline, glossary and organizations, loaded from seeds/*.yml."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .findings import Finding, relpath
from .yamlio import LINE_KEY, line_of, load_yaml, strip_lines

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(Model):
    en: str = Field(min_length=1)
    es: str = Field(min_length=1)

    def __getitem__(self, lang: str) -> str:
        return getattr(self, lang)


class Source(Model):
    id: str = Field(pattern=ID_PATTERN)
    short: Bilingual  # how a citation shows it: "Martínez and Alexander 2024" / "Martínez y Alexander 2024"
    title: str
    authors: list[str] = Field(min_length=1)
    interviewer: str | None = None
    publisher: str
    date: str = Field(pattern=DATE_PATTERN)
    kind: Literal["article", "interview", "report", "resolution", "working-paper"]
    file: str | None = None
    covers: Bilingual
    summary: Bilingual


class Fact(Model):
    id: str = Field(pattern=ID_PATTERN)
    source: str
    locator: str = Field(min_length=3)
    as_of: str = Field(pattern=DATE_PATTERN)
    value: float | int | None = None
    unit: str | None = None
    statement: Bilingual
    discrepancy: Bilingual | None = None
    background: bool = False

    @field_validator("unit")
    @classmethod
    def _unit_needs_value(cls, unit: str | None, info: Any) -> str | None:
        if unit is not None and info.data.get("value") is None:
            raise ValueError("a unit needs a value")
        return unit


class Term(Model):
    id: str = Field(pattern=ID_PATTERN)
    term: Bilingual
    definition: Bilingual
    source: str | None = None
    background: bool = False


class Organization(Model):
    id: str = Field(pattern=ID_PATTERN)
    acronym: str | None = None
    name_original: str
    name_en: str
    country: str
    kind: Literal["union", "federation", "network", "agency", "research", "ngo", "employer", "party",
                  "foundation", "government", "court", "intergovernmental"]
    description: Bilingual
    source: str


class Event(Model):
    id: str = Field(pattern=ID_PATTERN)
    date: str = Field(pattern=DATE_PATTERN)
    category: Literal["alliance", "trade", "migration", "reform", "action", "meeting", "organizing",
                      "complaint", "court", "policy"]
    title: Bilingual
    source: str
    facts: list[str] = Field(default_factory=list)

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        return ("year", "month", "day")[self.date.count("-")]


KINDS: dict[str, type[Model]] = {
    "sources": Source,
    "facts": Fact,
    "glossary": Term,
    "organizations": Organization,
    "timeline": Event,
}


@dataclass
class Register:
    sources: dict[str, Source] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    glossary: dict[str, Term] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    timeline: dict[str, Event] = field(default_factory=dict)
    lines: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)  # (kind, id) -> (path, line)
    unreadable: set[str] = field(default_factory=set)  # kinds whose file could not be read at all
    invalid: set[tuple[str, str]] = field(default_factory=set)  # (kind, id) of entries that failed validation

    def reported(self, kind: str, item_id: str) -> bool:
        """True when a missing id is already explained by a finding about the register itself."""
        return kind in self.unreadable or (kind, item_id) in self.invalid

    def where(self, kind: str, item_id: str) -> tuple[str, int]:
        return self.lines.get((kind, item_id), (f"seeds/{kind}.yml", 1))


def _error_line(item: dict[str, Any], loc: tuple[Any, ...]) -> int:
    """The line of the innermost mapping the error location reaches."""
    line, node = line_of(item), item
    for part in loc:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            node = None
        if isinstance(node, dict) and LINE_KEY in node:
            line = node[LINE_KEY]
    return line


def _describe(err: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in err["loc"])
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        msg = "unknown field"
    elif err["type"] == "missing":
        msg = "missing field"
    return f"{where}: {msg}" if where else msg


def _load_part(reg: Register, kind: str, model: type[Model], path: Path, shown: str) -> list[Finding]:
    """One register file (seeds/<kind>.yml, or a file of the folder seeds/<kind>/) into the register."""
    data, findings = load_yaml(path, shown)
    if findings:
        reg.unreadable.add(kind)
        return findings
    if data is None:
        data = []
    if not isinstance(data, list):
        return [Finding(shown, line_of(data), "REG002", f"{shown} must be a YAML list",
                        "start each entry with '- id: ...'")]
    table: dict[str, Any] = getattr(reg, kind)
    for raw in data:
        line = line_of(raw)
        if not isinstance(raw, dict):
            findings.append(Finding(shown, line, "REG002", "each entry must be a mapping", "start with '- id:'"))
            continue
        try:
            item = model.model_validate(strip_lines(raw))
        except ValidationError as exc:
            reg.invalid.add((kind, str(raw.get("id"))))
            findings += [Finding(shown, _error_line(raw, err["loc"]), "SCHEMA001",
                                 f"{raw.get('id', '?')}: {_describe(err)}",
                                 "see the register format in CONTRIBUTING.md")
                         for err in exc.errors()]
            continue
        if item.id in table:
            first_path, first = reg.lines[(kind, item.id)]
            findings.append(Finding(shown, line, "REG003", f"duplicate id '{item.id}' (first at {first_path}:{first})",
                                    "ids must be unique within a kind of register entry"))
            continue
        table[item.id] = item
        reg.lines[(kind, item.id)] = (shown, line)
    return findings


def load_register(root: Path) -> tuple[Register, list[Finding]]:
    reg, findings = Register(), []
    for kind, model in KINDS.items():
        path = root / "seeds" / f"{kind}.yml"
        if not path.is_file():
            reg.unreadable.add(kind)
            findings.append(Finding(relpath(path, root), 1, "REG001", f"register file {kind}.yml is missing",
                                    f"create seeds/{kind}.yml as a YAML list (see CONTRIBUTING.md)"))
            continue
        extra = sorted((root / "seeds" / kind).glob("*.yml")) if (root / "seeds" / kind).is_dir() else []
        for part in [path, *extra]:
            findings += _load_part(reg, kind, model, part, relpath(part, root))
    return reg, findings
