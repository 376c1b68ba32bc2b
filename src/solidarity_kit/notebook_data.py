"""What the data notebooks import: the register's facts and events, and accessible chart and table output.

A notebook never types a figure: it asks the register by fact id. Charts come with alt text and a table of the
same numbers, so a screen reader and a printed page get them too.
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path
from typing import Any

from .register import Event, Fact, Register, load_register

_cache: dict[str, Register] = {}


def kit_root(start: Path | None = None) -> Path:
    """The folder holding seeds/: the notebook's folder or one of its parents."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "seeds" / "facts.yml").is_file():
            return folder
    raise FileNotFoundError("no seeds/facts.yml above this folder: run the notebook from inside the kit")


def register() -> Register:
    root = str(kit_root())
    if root not in _cache:
        reg, findings = load_register(Path(root))
        if findings:
            raise ValueError(f"the register has problems; run 'make check' ({findings[0].format()})")
        _cache[root] = reg
    return _cache[root]


def fact(fact_id: str) -> Fact:
    return register().facts[fact_id]


def value(fact_id: str) -> float:
    """A fact's number. Raises if the fact has none: a notebook must not chart a claim without a figure."""
    v = fact(fact_id).value
    if v is None:
        raise ValueError(f"fact '{fact_id}' has no value")
    return v


def statement(fact_id: str, lang: str) -> str:
    return fact(fact_id).statement[lang]


def source_label(fact_id: str, lang: str) -> str:
    return register().sources[fact(fact_id).source].short[lang]


def events() -> list[Event]:
    return sorted(register().timeline.values(), key=lambda e: (e.date, e.id))


def show_chart(fig: Any, alt: str) -> None:
    """Display a matplotlib figure as a PNG with alt text, then close it."""
    from IPython.display import HTML, display

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    data = base64.b64encode(buffer.getvalue()).decode()
    display(HTML(f'<figure class="nb-chart"><img src="data:image/png;base64,{data}" alt="{html.escape(alt)}">'
                 "</figure>"))
    import matplotlib.pyplot as plt

    plt.close(fig)


def show_table(headers: list[str], rows: list[list[Any]], caption: str) -> None:
    """Display the numbers behind a chart as an HTML table with a caption."""
    from IPython.display import HTML, display

    def cell(v: Any) -> str:
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return f"{v:,}" if isinstance(v, int) and not 1900 <= v <= 2100 else html.escape(str(v))

    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    display(HTML(f'<table class="nb-table"><caption>{html.escape(caption)}</caption><thead><tr>{head}</tr></thead>'
                 f"<tbody>{body}</tbody></table>"))


def bw_style() -> None:
    """Black-and-white friendly defaults: greys, hatches, a font that prints well."""
    import matplotlib as mpl

    mpl.rcParams.update({
        "figure.figsize": (7, 4), "axes.prop_cycle": mpl.cycler(color=["#222222", "#777777", "#aaaaaa", "#cccccc"]),
        "axes.spines.top": False, "axes.spines.right": False, "font.size": 11, "hatch.linewidth": 0.8,
        "svg.hashsalt": "kit", "axes.titleweight": "bold",
    })


HATCHES = ["", "//", "..", "xx", "\\\\", "--"]
