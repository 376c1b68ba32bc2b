from solidarity_kit.labels import INTERPRETATION, LABELS, METHODS, STAGE_NAMES


def test_every_label_exists_in_both_languages():
    assert set(LABELS["en"]) == set(LABELS["es"])
    for table in (METHODS, STAGE_NAMES, INTERPRETATION):
        assert all(set(words) == {"en", "es"} for words in table.values())
