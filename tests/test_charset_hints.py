"""Pages that declare no charset: the page's language as a hint (cleaners/charset_hints.py, lang/charsets.toml),
and legacy CJK and Thai bytes that once passed for damaged UTF-8 (cleaners/decoding.py)."""
from __future__ import annotations

import codecs

import pytest

from cleaners.charset_hints import charsets_for, declared_language, language_charsets
from cleaners.decoding import decode_bytes

TEXTS = {
    "fr": "Le conseil municipal a voté mardi la rénovation de la halle aux grains, fermée depuis l'été dernier. "
          "Les travaux coûteront près de trois millions d'euros ; le maire espère une réouverture à Noël, "
          "après des années d'hésitations. « Ce lieu appartient à tous », a-t-il déclaré devant la presse.",
    "hu": "A városi közgyűlés kedden megszavazta a régi gabonacsarnok felújítását, amely tavaly nyár óta zárva van. "
          "A munkálatok csaknem hárommilliárd forintba kerülnek, a polgármester karácsonyra ígéri az újranyitást. "
          "Az épület mindenkié, mondta a sajtótájékoztatón, és hozzátette, hogy a tűzoltóság is jóváhagyta.",
    "ru": "Городской совет во вторник одобрил реконструкцию старого зернового рынка, закрытого с прошлого лета. "
          "Работы обойдутся почти в три миллиона, мэр надеется открыть здание к Рождеству после долгих споров.",
    "ja": "市議会は火曜日、昨年夏から閉鎖されている旧穀物市場の改修を可決した。工事費は約三億円で、"
          "市長は年末までの再開を目指している。建物は市民みんなのものだと記者会見で述べた。",
    "th": "สภาเมืองลงมติเมื่อวันอังคารให้ปรับปรุงตลาดธัญพืชเก่าซึ่งปิดมาตั้งแต่ฤดูร้อนปีที่แล้ว "
          "นายกเทศมนตรีหวังว่าจะเปิดได้อีกครั้งก่อนสิ้นปี และกล่าวว่าอาคารนี้เป็นของทุกคน",
    "cs": "Zastupitelé ve čtvrtek schválili opravu staré tržnice, která je zavřená už od loňského léta. Práce "
          "vyjdou skoro na tři miliony, starosta slibuje otevření do Vánoc. Šéf stavby řekl, že žádné další "
          "průtahy nečeká a že ťukání kladiv bude slyšet už příští týden.",
    "ar": "وافق المجلس البلدي يوم الثلاثاء على ترميم سوق الحبوب القديم المغلق منذ الصيف الماضي. "
          "وتبلغ تكلفة الأشغال نحو ثلاثة ملايين، ويأمل رئيس البلدية في إعادة افتتاحه قبل نهاية العام.",
}


def page(text: str, lang: str | None, head: str = "") -> str:
    attribute = f' lang="{lang}"' if lang else ""
    body = "".join(f"<p>{text} ({i})</p>" for i in range(4))
    return f"<html{attribute}><head>{head}<title>Halle</title></head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize("lang, charset", [("fr", "cp1252"), ("fr", "iso8859_15"), ("hu", "cp1250"),
                                           ("ar", "iso8859_6"), ("th", "cp874"), ("ru", "koi8_r")])
def test_the_pages_language_picks_among_readings_alike(lang, charset):
    decoded = decode_bytes(page(TEXTS[lang], lang).encode(charset), "p.html", html=True)
    assert TEXTS[lang] in decoded.text and decoded.errors == 0 and decoded.via == "detected"


@pytest.mark.parametrize("lang, charset", [("ja", "shift_jis"), ("ja", "euc_jp"), ("th", "tis_620")])
@pytest.mark.parametrize("with_lang", [True, False])
def test_legacy_multibyte_text_is_no_damaged_utf8(lang, charset, with_lang):
    """Pairs of these bytes form valid UTF-8 sequences often enough to pass for UTF-8 with damage; read as
    UTF-8 the page was refused as binary."""
    decoded = decode_bytes(page(TEXTS[lang], lang if with_lang else None).encode(charset), "p.html", html=True)
    assert TEXTS[lang] in decoded.text and decoded.errors == 0


@pytest.mark.parametrize("charset", ["iso8859_2", "cp1250"])
@pytest.mark.parametrize("named", [True, False])
def test_the_reading_spelling_the_languages_own_letters_wins_among_clean_ones(charset, named):
    """ISO-8859-2 Czech read as windows-1250 (listed first) is as clean, but spells "š" as "ą" and "ť" as "»";
    windows-1250 Czech read as ISO-8859-2 holds C1 controls: each page gets its own charset, whether it names its
    language (the letters of Czech) or not (the letters one language writes: none writes "ą" and "ř")."""
    decoded = decode_bytes(page(TEXTS["cs"], "cs" if named else None).encode(charset), "p.html", html=True)
    assert TEXTS["cs"] in decoded.text and decoded.encoding == codecs.lookup(charset).name


@pytest.mark.parametrize("lang, charset", [("hu", "cp1250"), ("fr", "cp1252"), ("ru", "cp1251"), ("ru", "koi8_r")])
def test_pages_naming_no_language_keep_their_readings(lang, charset):
    decoded = decode_bytes(page(TEXTS[lang], None).encode(charset), "p.html", html=True)
    assert TEXTS[lang] in decoded.text and decoded.errors == 0


def test_undeclared_iso2022_jp():
    decoded = decode_bytes(page(TEXTS["ja"], None).encode("iso2022_jp"), "p.html", html=True)
    assert TEXTS["ja"] in decoded.text and decoded.encoding == "iso2022_jp"


def test_a_language_the_bytes_belie_changes_nothing():
    """A template's lang="en" on a Russian page: windows-1252 reads it as a jumble, far from clean."""
    decoded = decode_bytes(page(TEXTS["ru"], "en").encode("cp1251"), "p.html", html=True)
    assert TEXTS["ru"] in decoded.text and decoded.encoding == "cp1251"


def test_a_declared_charset_is_not_second_guessed_by_the_language():
    html = page(TEXTS["fr"], "fr", head='<meta charset="windows-1257">')
    decoded = decode_bytes(html.encode("cp1252"), "p.html", html=True)
    assert decoded.encoding == "cp1257" and decoded.via == "meta"


def test_utf8_with_a_stray_byte_stays_utf8():
    raw = page(TEXTS["fr"], "fr").encode("utf-8").replace(b"presse", b"presse\x92", 1)
    decoded = decode_bytes(raw, "p.html", html=True)
    assert decoded.encoding == "utf-8" and decoded.errors == 1 and TEXTS["fr"][:80] in decoded.text


@pytest.mark.parametrize("html, expected", [
    (b'<!doctype html><html class="no-js" lang="de-AT">', "de-at"),
    (b'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pt_BR">', "pt-br"),
    (b'<html><head><meta http-equiv="Content-Language" content="hu">', "hu"),
    (b'<html><head><title>lang="fr"</title>', None),
    (b"<p>no page head</p>", None),
])
def test_declared_language(html, expected):
    assert declared_language(html) == expected


def test_a_region_is_looked_up_before_its_language():
    assert charsets_for("zh-tw")[0] == "big5" and charsets_for("zh-cn")[0] == "gb18030"
    assert charsets_for("de-ch") == charsets_for("de") and charsets_for("xx") == () and charsets_for(None) == ()


def test_every_listed_charset_is_a_known_codec():
    table = language_charsets()
    assert len(table) > 40 and all(names for names in table.values())
