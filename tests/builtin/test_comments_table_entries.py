"""Rule `table-entries` (`comments/table_entries.py`): guestbook entries laid out as one small table
each, a name beside a date over the message. Pages written here."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments

from ._html import page, run
from ._html_comments import ARTICLE, cleaned

ENTRIES = [("Henk de Vries", "12-05-2004 21:14", "Mooie site, ik kom hier graag terug voor de foto's van de haven."),
           ("Anouk", "3 dagen geleden", "Groeten uit Zwolle! Leuk om de oude verhalen over de veerpont te lezen."),
           ("J. Bakker", "02-05-2004 09:40", "Weet iemand nog wanneer de markt op zaterdag werd verplaatst?")]


def _entry(n: int, name: str, date: str, text: str) -> str:
    return (f"<table class='gb-row' width='100%' border='0'><tr bgcolor='#ccccff'><td width='20%'><b>{n}.</b></td>"
            f"<td><b>{name}</b> <small>({date})</small></td></tr><tr><td><img src='/icons/mail.gif'></td>"
            f"<td>{text}</td></tr></table><br>")


def test_guestbook_tables_are_comments_by_their_writers():
    entries = "".join(_entry(len(ENTRIES) - k, *e) for k, e in enumerate(ENTRIES))
    doc, left = run(HtmlComments(), page(ARTICLE + f"<div class='gb'><p><b>Gastenboek</b></p>{entries}</div>"), language="nl")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in ENTRIES]
    assert "veerpont" not in left and "Henk de Vries" not in left


def test_tables_of_specifications_are_no_entries():
    specs = "".join(f"<table class='spec'><tr><td><b>{a}</b></td><td>{b}</td></tr><tr><td>Opmerking</td><td>{c}</td></tr></table>"
                    for a, b, c in (("Gewicht", "12 kg", "Gemeten zonder accu en zonder bagagedrager."),
                                    ("Accu", "500 Wh", "Laadtijd ongeveer vijf uur aan een gewoon stopcontact."),
                                    ("Garantie", "2 jaar", "Op het frame geldt een garantie van tien jaar.")))
    doc, left = cleaned(ARTICLE + specs)
    assert doc.comments == () and "Laadtijd" in left


def test_tables_of_one_label_with_dates_are_no_entries():
    rows = "".join(f"<table class='trip'><tr><td><b>Extra veerdienst</b> ({d})</td></tr><tr><td>{t}</td></tr></table>"
                   for d, t in (("12-05-2004 10:00", "Vertrek vanaf de oostkade, fietsen mogen mee."),
                                ("19-05-2004 10:00", "Vertrek vanaf de westkade wegens werkzaamheden.")))
    doc, left = cleaned(ARTICLE + rows)
    assert doc.comments == () and "oostkade" in left


def test_a_definition_list_of_stamped_entries_is_comments():
    dl = "".join(f"<dt>{n} - {d}</dt><dd>{t}</dd>" for n, d, t in ENTRIES if ":" in d)
    doc, left = cleaned(ARTICLE + f"<div class='gbook'><p>Gastenboek</p><dl>{dl}</dl></div>")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, d, t in ENTRIES if ":" in d]
    assert "veerpont" not in " ".join(c.text for c in doc.comments) and "de haven" not in left


def test_a_timeline_dated_to_the_day_is_no_guestbook():
    events = (("12 May 2004", "Opening", "The mayor opened the bridge to cyclists and walkers."),
              ("3 June 2005", "Repairs", "The deck was closed for two weeks after a storm."),
              ("9 July 2009", "Extension", "A second lane was added on the eastern side."))
    for fmt in ("<dt>{d} – {n}</dt>", "<dt>{n} ({d})</dt>"):
        dl = "".join(fmt.format(d=d, n=n) + f"<dd>{t}</dd>" for d, n, t in events)
        tables = "".join(f"<table class='ev'><tr><td><b>{n}</b> ({d})</td></tr><tr><td>{t}</td></tr></table>" for d, n, t in events)
        for body in (f"<h3>Timeline</h3><dl>{dl}</dl>", f"<h3>Timeline</h3>{tables}"):
            doc, left = cleaned(ARTICLE + body)
            assert doc.comments == () and "second lane" in left, body
