"""Solidarity Across Borders / Solidaridad sin Fronteras: the workshop kit's build and checks."""

LANGUAGES: tuple[str, ...] = ("en", "es")
