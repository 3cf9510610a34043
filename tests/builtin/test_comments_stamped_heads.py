"""A list with no heading and no names in its markup whose every item opens "Name — stamp" and goes on with a
text is a thread (rules `stamped-heads`, `separated-age`); a list of people dated to the day, a timeline and a
list of quotes are not. Pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

ARTICLE = ("<article><h1>Nowa linia tramwajowa na Ursynów</h1><p>Miasto ogłosiło przetarg na budowę linii "
           "tramwajowej, która połączy Ursynów z centrum w ciągu dwudziestu minut.</p><p>Prace mają ruszyć "
           "wiosną przyszłego roku i potrwać około trzech lat.</p></article>")
TEXTS = ["Wreszcie, czekamy na ten tramwaj od dwudziestu lat.",
         "Trzy lata budowy to dla mieszkańców ogromne utrudnienie.",
         "Czy przystanki będą dostosowane do wózków dziecięcych?",
         "Ciekawe, czy zdążą przed następnymi wyborami samorządowymi."]


def _comments(items: str, lang: str = "pl") -> tuple:
    html = f"<html lang='{lang}'><body><main>{ARTICLE}<ul>{items}</ul></main></body></html>"
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    return HtmlComments().clean_html(doc).comments


def test_items_headed_by_a_name_and_an_age_or_a_time_are_comments():
    heads = [("Anna Kowalska", "3 godz. temu"), ("Piotr Nowak", "12.03.2024 14:22"), ("Ewa Lis", "5 godz. temu"),
             ("Marek Zając", "2024-03-11")]
    got = _comments("".join(f"<li><b>{n}</b> — {s}<br>{t}</li>" for (n, s), t in zip(heads, TEXTS)))
    assert [(c.author, c.text) for c in got] == [(n, t) for (n, _), t in zip(heads, TEXTS)]


def test_people_dated_to_the_day_a_timeline_and_quotes_are_no_thread():
    names = ["Anna Kowalska", "Piotr Nowak", "Ewa Lis", "Marek Zając"]
    days = ["12.03.1931", "04.11.1942", "27.01.1950", "09.06.1938"]
    assert not _comments("".join(f"<li>{n} — {d}<br>{t}</li>" for n, d, t in zip(names, days, TEXTS)))
    assert not _comments("".join(f"<li>{d} — {n}<br>{t}</li>" for n, d, t in zip(names, days, TEXTS)))
    assert not _comments("".join(f"<li>„{t}” — {n}</li>" for n, t in zip(names, TEXTS)))


def test_items_after_the_article_dated_to_the_day_within_a_year_are_comments():
    names = ["Anna Kowalska", "Piotr Nowak", "Ewa Lis", "Marek Zając"]
    days = ["12.03.2024", "2024-04-02", "27.05.2024", "2024-06-09"]     # (rule stamped-after-main)
    got = _comments("".join(f"<li>{n} — {d}<br>{t}</li>" for n, d, t in zip(names, days, TEXTS)))
    assert [(c.author, c.text) for c in got] == list(zip(names, TEXTS))


def test_the_same_days_inside_the_articles_container_are_its_text():
    names = ["Anna Kowalska", "Piotr Nowak", "Ewa Lis", "Marek Zając"]
    days = ["12.03.2024", "2024-04-02", "27.05.2024", "2024-06-09"]
    items = "".join(f"<li>{n} — {d}<br>{t}</li>" for n, d, t in zip(names, days, TEXTS))
    html = f"<html lang='pl'><body><main>{ARTICLE.replace('</article>', f'<ul>{items}</ul></article>')}</main></body></html>"
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    assert not HtmlComments().clean_html(doc).comments


def test_ages_no_file_reads_in_the_same_words_and_a_list_whose_items_hold_no_read_stamp():
    # (rules unread-age and marked-list: "8 awr yn ôl" is Welsh, which has no file; two items hold a read stamp)
    names = ["Siân Roberts", "Dafydd Evans", "Gwenllian Huws", "Rhodri Jones"]
    stamps = ["8 awr yn ôl", "12.03.2024 14:22", "3 awr yn ôl", "2024-03-12 09:10"]
    got = _comments("".join(f"<li>{n} — {s}<br>{t}</li>" for n, s, t in zip(names, stamps, TEXTS)), lang="cy")
    assert [c.author for c in got] == names
    roles = ["3 hen gyfrol", "12.03.2024 14:22", "2 ddrama newydd", "2024-03-12 09:10"]    # (words that differ)
    assert not _comments("".join(f"<li>{n} — {s}<br>{t}</li>" for n, s, t in zip(names, roles, TEXTS)), lang="cy")


JA_ARTICLE = ("<article><h1>駅前広場の再整備計画を可決</h1><p>市議会は二十日の本会議で、駅前広場を歩行者中心に作り替える"
              "再整備計画を賛成多数で可決した。</p><p>市は来年春に着工し、二年後の完成を目指すとしている。</p></article>")
JA = [("山田花子", "08.06.2024 12:48", "やっと決まりましたね。雨の日のバス待ちが本当につらかったです。"),
      ("佐藤健一", "2024-12-19", "屋根付きの休憩スペースは高齢者にとってありがたいと思います。"),
      ("鈴木美咲", "2024-09-05", "工事中の迂回路がどうなるのか、もう少し詳しく知りたいです。")]


def _ja_comments(items: str) -> tuple:
    html = f"<html lang='ja'><body><main>{JA_ARTICLE}<ul>{items}</ul></main></body></html>"
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    return HtmlComments().clean_html(doc).comments


def test_items_headed_by_a_name_and_a_time_with_an_unspaced_text_are_comments():
    """Rule `unspaced-text`: a Japanese comment's text is one spaced "word"; its letters tell it is a text."""
    got = _ja_comments("".join(f"<li>{n} — {s}<br>{t}</li>" for n, s, t in JA))
    assert [(c.author, c.text) for c in got] == [(n, t) for n, _, t in JA]


def test_items_with_a_word_or_two_after_the_head_are_no_thread():
    assert not _ja_comments("".join(f"<li>{n} — {s}<br>{t[:4]}</li>" for n, s, t in JA))


def test_a_head_whose_stamp_was_left_empty_among_stamped_heads_is_a_comment():
    # (rule empty-stamp: "Piotr Nowak – " is the template's head with its date left out)
    names = ["Anna Kowalska", "Piotr Nowak", "Ewa Lis", "Marek Zając"]
    stamps = ["3 godz. temu", "", "12.03.2024 14:22", "5 godz. temu"]
    got = _comments("".join(f"<li>{n} – {s}<br>{t}</li>" for n, s, t in zip(names, stamps, TEXTS)))
    assert [(c.author, c.text) for c in got] == list(zip(names, TEXTS))


def test_heads_most_of_whose_stamps_are_empty_are_no_thread():
    names = ["Anna Kowalska", "Piotr Nowak", "Ewa Lis", "Marek Zając"]
    stamps = ["12.03.2024 14:22", "", "13.03.2024 09:10", ""]     # (two to the minute: half the heads)
    assert not _comments("".join(f"<li>{n} – {s}<br>{t}</li>" for n, s, t in zip(names, stamps, TEXTS)))
