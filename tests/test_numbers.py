from solidarity_kit.numbers import figures, sentences


def values(text: str) -> list[float]:
    return [f.value for f in figures(text, 1)]


def test_figures_with_separators_currency_scale_and_decimals():
    assert values("In 1992 they met; $600,000 a year; 5 percent; 18.2 million; 50 millones.") == [
        1992, 600000, 5, 18200000, 50000000]


def test_numbers_that_need_no_source():
    assert values("Spend 10 minutes on step 3, then card 4 and page 2, from 9:00 to 9:10.") == []
    assert values("Members of UE Locals 506, 610 and 618 work there; la Sección 22 también.") == []
    assert values("Ids and links are not prose: [@fact-2019] [[term-1]] [x](page-2.md) `code 7`.") == []


def test_sentences_skip_titles_code_and_split_table_cells():
    body = "# The alliance, 1992 to today\n\nIt began in 1992. It grew.\n\n```\nx = 5\n```\n| 16 | 14 |\n"
    assert [(s.strip(), line) for s, line in sentences(body)] == [
        ("It began in 1992.", 3), ("It grew.", 3), ("16", 8), ("14", 8)]
