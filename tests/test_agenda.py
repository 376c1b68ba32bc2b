from pathlib import Path

from solidarity_kit.agenda import agenda_markdown, clock, participatory_minutes
from solidarity_kit.content import load_modules


def test_clock():
    assert clock(0) == "0:00"
    assert clock(95) == "1:35"


def test_agenda_table_runs_the_clock(minimal_kit: Path):
    (module,), _ = load_modules(minimal_kit)
    table = agenda_markdown(module.meta["en"], "en", start=9 * 60)
    rows = table.splitlines()[2:-2]
    assert rows[0].startswith("| Time | Min. | Step |")
    assert rows[2].startswith("| 9:00–9:10 | 10 | Opening round | go-round |")
    assert rows[-2].startswith("| 9:50–10:00 | 10 | Next step |")
    assert "**60**" in rows[-1] and "50 participatory minutes" in rows[-1]
    assert participatory_minutes(module.meta["en"]) == 50


def test_agenda_table_speaks_spanish(minimal_kit: Path):
    (module,), _ = load_modules(minimal_kit)
    table = agenda_markdown(module.meta["es"], "es")
    assert table.splitlines()[2].startswith("| Hora | Min. | Paso | Método | Etapa |")
    assert "charla breve" in table and "nuestra experiencia" in table
