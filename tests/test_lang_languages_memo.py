"""`lang.languages` keeps what it made for each code, and makes it again when the language files change."""
from __future__ import annotations

from cleaners import lang


def _made_afresh(primary):
    codes = lang.available()
    code = lang.ALIASES.get(primary or "", primary)
    return tuple(dict.fromkeys(c for c in (code, primary, lang.FALLBACK) if c and (c in codes or lang.dated(c))))


def test_languages_kept_are_the_ones_made():
    for primary in ("en", "fr", "no", "bs", "sh", "tr", "cs", "zz", "", None):
        first = lang.languages(primary)
        assert first == _made_afresh(primary)
        assert lang.languages(primary) is first


def test_a_new_language_file_is_read_after_the_files_change(tmp_path, monkeypatch):
    (tmp_path / "en.toml").write_text((lang.DIRECTORY / "en.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "xq.toml").write_text('language = "xq"\ndonate = ["give now"]\n', encoding="utf-8")
    assert lang.languages("xq") == ("en",)
    monkeypatch.setattr(lang, "DIRECTORY", tmp_path)
    lang.available.cache_clear()
    try:
        assert lang.languages("xq") == ("xq", "en")
    finally:
        monkeypatch.undo()
        lang.available.cache_clear()
    assert lang.languages("xq") == ("en",)


def test_many_codes_asked_keep_a_bounded_table():
    for i in range(lang.MAX_MADE + 10):
        lang.languages(f"q{i}")
    assert len(lang._made[1]) <= lang.MAX_MADE
    assert lang.languages("fr") == ("fr", "en")
