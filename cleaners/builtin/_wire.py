"""Wire-service datelines opening a story: a place, maybe a date, and a news agency before a dash
("PARIS (AFP) -", "MADRID, 3 mar (EFE).-", "Berlin (dpa) -", "(ANSA) - ROMA, 3 MAR -",
"Olomouc 3. prosince (ČTK) -", "Szeged, 2026. december 3., szerda (MTI) –", "Cluj-Napoca, 3 dec /Agerpres/ -",
a place in capitals and its agency before the lead's first word: "VISBY (TT) Färjan ...",
"МОСКВА, 3 марта. /ТАСС/.", "МОСКВА, 3 мар — РИА Новости."), an agency alone before a dash
("(AFP) —"), an agency and a place making the whole line ("(dpa) - Porto"), or a place in capitals and its region before a dash ("MANILA, Philippines - The ...";
a place in capitals and a dash alone on its line: "LONDON —"). A word in capitals before a dash
opening a sentence stays: it may be an acronym ("AFAIK – I am not aware ...").

`wire_prefix(text)` gives the end of such a dateline at the start of ``text``, or None. The agency
must be one of `AGENCIES` (names, the same in every language), so a name and a party before a
dash ("Merkel (CDU) - die Kanzlerin ...") is no dateline.

An agency not in the list is read by its shape (`_UNLISTED`): after a place, a comma and a date ("POKHARA, 4 Dec
(RSS) –", "Kutaisi, 3 December /Sakinform/.", with a date's slash and the Ethiopic comma and colon: "ባሕር ዳር፣ ኅዳር
24/2019 (ኢዜአ)፦"), a single word of `MAX_AGENCY_CHARS` letters at most in brackets or slashes, opening with a capital
or a letter of a script without case; after a place in capitals of four letters or more (maybe with its region:
"KANO, Nigeria (NAN) -"), an acronym in capitals; after a place, or two parted by a slash, a German desk's agency
codes in lower case ("Oberbrunnbach/Freiburg (lsw) –", "(kna/epd)"). Then the agency's dispatch in Chinese
("新华社重庆12月4日电": the agency and the place before the date and "电"), and a place with a listed agency between
dashes ("شیراز - ایرنا -"). A place in capitals of four letters or more and a name of one to three
words in brackets before a dash and a capital ("IFAKARA (Mwananchi) – Wakulima", "PORT AVERY (Coastal Press) – The"); a Chinese
place before a listed agency in brackets ("东风 (新华社) –"); a place, a comma and a date before a name between
slashes and the lead's first word ("Lindental, 14.12. /Lindentaler Bote/ Die …"); a place and an agency of one to
three words parted by a dash, before a field's bar ("IFAKARA — Mwananchi | …", "หาดใหญ่ — สำนักข่าวไทย | …"); an
agency (listed, an acronym, or words of a script without case) and its place parted by a dash in round or square
brackets before the lead ("(ANTARA - Bekasi) – Kementerian …", "[STT – Rovaniemi] Lapin …"; "(Update - Monday)"
stays); a listed agency, a comma and its place (maybe a date) before a colon or a dash and the lead's first word
("Reuters, Berlin: Die …", "AFP, París: El …", "Синьхуа, Пекин: …"; "Reuters, AP: Both …" and "AFP, París: el …"
stay); a place (maybe its agency) in the brackets of Japanese and Chinese wires before the lead ("【東京】",
"【ワシントン共同】", "〔北京時事〕"), and a Korean place, "=" and an agency in brackets, maybe with the reporter
("(서울=연합뉴스) 김철수 기자 ="). An agency no list holds after a place in mixed case ("Berlin (XYZ) – Die …") is not read: it
has the shape of a name and its party ("Merkel (CDU) – Die …"), place and surname, agency and party alike. A name and
its party ("Merkel (CDU) -", "Brno 4. března (ODS) -": no comma before the date), "Paris, 3 March (translated) –" and
"EU (UE) –" stay.
"""
from __future__ import annotations

import re

from .. import lazy_re
from ..lines import CAPITAL, LOWER, MARKS, UNCASED

AGENCIES = (
    "AP", "Associated Press", "The Associated Press", "Canadian Press", "The Canadian Press", "Agence France-Presse",
    "Agence France Presse", "Deutsche Presse-Agentur", "Press Association", "United Press International", "Bloomberg",
    "Kyodo News", "AFP", "Reuters", "dpa", "EFE", "ANSA", "Lusa", "ANP", "TASS", "ТАСС", "PAP", "Europa Press", "ACN", "RIA Novosti",
    "РИА Новости", "Interfax", "Интерфакс", "Xinhua", "Kyodo", "Yonhap", "KNA", "epd", "APA", "SDA", "Keystone-SDA",
    "Belga", "AGI", "Adnkronos", "LaPresse", "Agência Brasil", "ČTK", "CTK", "MTI", "UPI", "PA", "PA Media", "IANS",
    "PTI", "Anadolu", "Ukrinform", "Укринформ", "Notimex", "Télam", "EPA", "AAP", "CP", "DW", "KAP", "STA", "HINA",
    "BTA", "БТА", "TASR", "Agerpres", "Tanjug", "Танјуг", "FoNet", "Фонет", "FENA", "ANA-MPA", "NTB", "TT", "Ritzau", "STT", "BNS", "LETA", "ELTA", "УНИАН", "БелТА",
    "УНІАН", "Укрінформ", "Інтерфакс-Україна", "Інтерфакс",
    "AA", "Anadolu Ajansı", "DHA", "İHA", "IHA", "ANKA", "Antara", "ANTARA", "TTXVN", "VNA",
    "新华社", "新華社", "中新社", "中央社", "共同", "共同通信", "時事", "時事通信", "韩联社", "韓聯社", "연합뉴스", "뉴시스", "뉴스1",
    "ΑΠΕ-ΜΠΕ", "ΑΠΕ", "ΚΥΠΕ",
    "רויטרס", "פלאש 90", "פלאש90",
    "ایرنا", "ایسنا", "ایلنا", "تسنیم", "خبرگزاری ایرنا", "خبرگزاری ایسنا", "خبرگزاری فارس", "خبرگزاری مهر", "خبرگزاری تسنیم",
    "رویترز", "فرانس پرس", "فرانسپرس", "آسوشیتدپرس", "آسوشیتد پرس",
    "ANI", "UNI", "पीटीआई", "एएनआई", "आईएएनएस", "यूएनआई",
    "واس", "وام", "كونا", "سانا", "رويترز", "فرانس برس", "أ ف ب", "الأناضول", "د ب أ", "شينخوا", "أسوشيتد برس",
    "Синьхуа", "Синхуа", "Рейтер", "Франс Пресс", "Ассошиэйтед Пресс",
)
_AGENCY = "(?:" + "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True)) + ")"
AGENCY = re.compile(rf"(?<!\w){_AGENCY}(?!\w)")     # an agency's name as a whole word
AGENCY_ALTERNATION = _AGENCY     # the same names as a regular-expression alternation, for other patterns
# a capital of the cased scripts (`lines.CAPITAL`: "ČESKÉ BUDĚJOVICE", "STARÁ ĽUBOVŇA", "ĆUPRIJA", "ЈАГОДИНА", "ЛЬВІВ",
# "İZMİR", "ΘΕΣΣΑΛΟΝΙΚΗ", "GYŐR", "ĐÀ NẴNG", "ŁÓDŹ", "ԵՐԵՎԱՆ"), or a letter of a script without case (`lines.UNCASED`:
# "חיפה (רויטרס) -", "الرياض (واس) -", "თბილისი (AFP) -")
_CAP = rf"[{CAPITAL}{UNCASED}]"
_PLACE = rf"{_CAP}[\w'’.-]*(?:[ -]{_CAP}[\w'’.-]*){{0,2}}"        # "Berlin", "Den Haag", "São Paulo"
_UPPER_PLACE = rf"{_CAP}{{2,}}(?:[ -]{_CAP}{{2,}}){{0,2}}"         # "PARIS", "DEN HAAG", "МОСКВА"
_WHEN = r"(?:,\s*[^()\n,/\u2013\u2014-]{1,25}?)?"                   # ", 3 mar", ", March 3"
# a date after the place without a comma, or with commas inside it, a digit in it: "Olomouc 3. prosince",
# "Szeged, 2026. december 3., szerda", opening with its digit (before an agency in brackets or slashes only)
_DATED = r"(?:,?\s+\d[^()\n/\u2013\u2014-]{0,34}?)"
_TAG = rf"(?:\((?i:{_AGENCY})\)|/(?i:{_AGENCY})/)"                  # "(ČTK)", "(Hina)", "/Agerpres/"
_DASH = r"\s*[-\u2013\u2014]"
_END = r"(?:\s+|$)"
_PATTERNS = [lazy_re.compile(p) for p in (
    rf"^{_PLACE}{_WHEN}\s*\({_AGENCY}\)(?:\.-|{_DASH}|\s*:|\.){_END}",              # PARIS (AFP) -, MADRID, 3 mar (EFE).-
    rf"^{_PLACE}(?:{_WHEN}|{_DATED})\s*{_TAG}(?:\.-|{_DASH}|\s*:|\.){_END}",        # Olomouc 3. prosince (ČTK) -
    rf"^{_UPPER_PLACE}{_WHEN}\s*{_TAG}\s+(?=[{CAPITAL}{UNCASED}\"“„«])",             # VISBY (TT) Färjan ...
    rf"^\({_AGENCY}\){_DASH}\s*{_UPPER_PLACE}{_WHEN}{_DASH}{_END}",                 # (ANSA) - ROMA, 3 MAR -
    rf"^{_UPPER_PLACE}{_WHEN}\.?\s*/{_AGENCY}/\.?{_END}",                           # МОСКВА, 3 марта. /ТАСС/.
    rf"^{_UPPER_PLACE}{_WHEN}{_DASH}\s*{_AGENCY}\.{_END}",                          # МОСКВА, 3 мар — РИА Новости.
    rf"^\({_AGENCY}\){_DASH}\s*{_PLACE}{_WHEN}$",                                  # (dpa) - Porto (the line alone)
    rf"^\({_AGENCY}\){_DASH}{_END}",                                                # (AFP) —
    rf"^{_UPPER_PLACE}{_DASH}$",                                                    # LONDON — (the line alone)
    rf"^{_UPPER_PLACE},\s+{_CAP}[\w.]*(?:\s{_CAP}[\w.]*)?{_DASH}(?:\s+(?={_CAP}|[\"“„«])|$)",  # MANILA, Philippines - The
)]
MAX_AGENCY_CHARS = 15
_COMMA = r"[,\u060c\u1363]"                                          # and the Arabic and Ethiopic commas
_SINGLE = rf"[{CAPITAL}{UNCASED}][\w{MARKS}.-]{{1,{MAX_AGENCY_CHARS - 1}}}"   # one word: "RSS", "Sakinform", "ኢዜአ"
_MPLACE = rf"{_CAP}[\w{MARKS}'’.-]*(?:[ -]{_CAP}[\w{MARKS}'’.-]*){{0,2}}"      # "पोखरा": vowel signs are marks
_ACRONYM = rf"[{CAPITAL}][{CAPITAL}&.-]{{1,7}}"                       # "NAN", "ČTK", "A.P."
_LOWER_CODES = r"[a-z]{2,4}(?:/[a-z]{2,4}){0,3}"                     # "lsw", "kna/epd"
# an agency's name no list holds: one to three words opening with a capital or a letter of a script without case,
# 25 characters at most ("Mwananchi", "Coastal Press", "וואלה")
_NAME = rf"(?=[^()/\n]{{2,25}}[)/]){_CAP}[\w{MARKS}'’.&-]*(?:\s{_CAP}[\w{MARKS}'’.&-]*){{0,2}}"
_HAN = r"[\u4e00-\u9fff]"     # a Chinese place's name before a listed agency ("东风 (新华社) –")
# a word of any script (Thai, Khmer, Han: no case), opening a place or an agency before a field's bar
_ANY = rf"(?:[^\W\d_][\w{MARKS}'’.-]*\s?)"
# a comma, then a date: a number, maybe after one word (a month's name), up to 25 characters: ", 3 December", "፣ ኅዳር
# 24/2019" ("Brno 4. března (ODS)", "Laut einem Bericht vom 3. Mai (dpa)": no comma, no date after a place)
_DATE = rf"(?:{_COMMA}\s*(?:[^\W\d_][\w{MARKS}.]*\s+)?\d[^()\n\u2013\u2014-]{{0,25}}?)"
_CLOSE = r"(?:\.-|\s*[-\u2013\u2014:\u1366]|\.)"                   # "-", "–", ":", ".-", ".", the Ethiopic "፦"
# an agency and its place parted by a dash inside round or square brackets: the agency listed, an acronym, or one to
# three words of a script without case ("(ANTARA - Bekasi)", "[STT – Rovaniemi]", "(بترا - عمّان)"; "(Update - Monday)"
# is no agency)
_UNCASED_NAME = rf"[{UNCASED}][\w{MARKS}'’.-]*(?:\s[{UNCASED}][\w{MARKS}'’.-]*){{0,2}}"
_BRACKETED = rf"\s*(?:{_AGENCY}|{_ACRONYM}|{_UNCASED_NAME}){_DASH}\s*{_MPLACE}\s*"
_UNLISTED = [lazy_re.compile(p) for p in (
    rf"^{_MPLACE}{_DATE}\s*(?:\((?:{_SINGLE}|{_LOWER_CODES})\)|/{_SINGLE}/){_CLOSE}{_END}",   # POKHARA, 4 Dec (RSS) –
    rf"^(?={_CAP}{{4}}){_UPPER_PLACE}(?:,\s+{_CAP}[\w.]*)?\s*(?:\({_ACRONYM}\)|/{_ACRONYM}/){_CLOSE}{_END}",  # KANO, Nigeria (NAN) -
    rf"^{_PLACE}(?:/{_PLACE})?\s*\({_LOWER_CODES}\){_DASH}{_END}",              # Oberbrunnbach/Freiburg (lsw) –
    r"^[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日[电電]",                          # 新华社重庆12月4日电
    rf"^{_MPLACE}{_DASH}\s*{_AGENCY}{_DASH}{_END}",                                # شیراز - ایرنا -
    rf"^(?=[{CAPITAL}]{{4}}){_UPPER_PLACE}\s*\({_NAME}\){_DASH}\s+(?=[{CAPITAL}\"“„«])",  # IFAKARA (Mwananchi) – Wakulima
    rf"^{_HAN}{{1,10}}\s*\({_AGENCY}\){_DASH}{_END}",                               # 东风 (新华社) –
    rf"^{_MPLACE}{_DATE}\.?\s*/(?:{_AGENCY}|{_NAME})/\s+(?=[{CAPITAL}{UNCASED}\"“„«])",  # Port Avery, 25.12. /Coastal Press/ The
    rf"^(?![{LOWER}]){_ANY}{{1,3}}{_DASH}\s*(?:{_AGENCY}|(?![{LOWER}]){_ANY}{{1,3}})\s*\|\s+",     # IFAKARA — Mwananchi | Wakulima
    # (ANTARA - Bekasi) – Kementerian
    rf"^(?:\({_BRACKETED}\)|\[{_BRACKETED}\])(?:{_DASH})?\s+(?=[{CAPITAL}{UNCASED}\"“„«])",
    # Reuters, Berlin: Die ...; AFP, París: El ...; Синьхуа, Пекин: ... (a listed agency first, then its place)
    rf"^{_AGENCY}{_COMMA}\s*(?!{_AGENCY}(?!\w)){_MPLACE}(?:{_COMMA}\s*[^()\n,:\u060c/\u2013\u2014-]{{1,25}}?)?"
    rf"(?:\s*:|{_DASH}|\.-)\s+(?=[{CAPITAL}{UNCASED}\"“„«])",
    # 【東京】, 【ワシントン共同】, 〔北京時事〕, 【环球时报报道】: a place (maybe an agency) in lenticular or tortoise-shell
    # brackets before the lead's first character
    r"^\s*(?:【[^【】\s]{1,15}】|〔[^〔〕\s]{1,15}〕)\s*(?=\S)",
    # (서울=연합뉴스) 김철수 기자 =, [서울=뉴시스]: a place, "=" and an agency, maybe the reporter and "=" after them
    r"^\s*[(\[]\s*[\uac00-\ud7a3]{1,10}\s*=\s*[^()\[\]\n=]{2,12}[)\]]\s*"
    r"(?:[\uac00-\ud7a3]{2,4}\s*(?:기자|특파원)\s*=\s*)?(?=\S)",
)]


MAX_DATELINE = 200     # characters a dateline may span: the patterns read no further


def wire_prefix(text: str) -> int | None:
    """The end of the wire dateline opening ``text`` (module docstring), or None. (The patterns compile on
    their first use, `lazy_re`: most runs meet no line that asks them.) They read the first `MAX_DATELINE`
    characters only (their words may be split many ways: a word of thousands of letters would take them hours),
    and a match reaching that end of a longer text is none (it was cut, not ended)."""
    head = text[:MAX_DATELINE]
    for pattern in (*_PATTERNS, *_UNLISTED):
        m = pattern.match(head)
        if m and (m.end() < len(head) or len(head) == len(text)):
            return m.end()
    return None
