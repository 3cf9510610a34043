"""php_dump: Xdebug's var_dump, in HTML or with its tags gone (xdebug-dump); its stories go to metadata.related."""
import pytest

from cleaners.builtin.php_dump import PhpDump

from ..conftest import run_cleaner
from . import cuts, texts

STORIES = {
    "it": (["Il comune approva il bilancio", "Nuova pista ciclabile in centro"],
           "Il sindaco ha detto che i lavori inizieranno a marzo."),
    "tr": (["Belediye yeni bütçeyi onayladı", "Şehir merkezine yeni bisiklet yolu"],
           "Belediye başkanı çalışmaların martta başlayacağını söyledi."),
    "ja": (["市議会が予算案を可決", "中心部に新しい自転車道"], "市長は工事が三月に始まると述べた。"),
}


def _html(titles: list[str]) -> str:
    rows = ["<pre class='xdebug-var-dump' dir='ltr'>", "<small>/srv/www/box/teasers.php:88:</small>",
            f"<b>array</b> <i>(size={len(titles)})</i>"]
    for n, t in enumerate(titles):
        rows += [f"  {n} <font color='#888a85'>=&gt;</font> ", "    <b>array</b> <i>(size=2)</i>",
                 f"      'title' <font color='#888a85'>=&gt;</font> <small>string</small> <font color='#cc0000'>'{t}'"
                 f"</font> <i>(length={len(t.encode())})</i>",
                 f"      'id' <font color='#888a85'>=&gt;</font> <small>int</small> <font color='#4e9a06'>{n + 40}</font>"]
    return "\n".join(rows + ["</pre>"])


def _plain(titles: list[str]) -> str:
    rows = ["/srv/www/box/teasers.php:88:", f"array (size={len(titles)})"]
    for n, t in enumerate(titles):
        rows += [f"  {n} => ", f"    object(Teaser)[1{n}]", f"      public 'title' => string '{t}' (length={len(t.encode())})",
                 f"      protected 'id' => int {n + 40}"]
    return "\n".join(rows)


@pytest.mark.parametrize("code", sorted(STORIES))
@pytest.mark.parametrize("shape", [_html, _plain])
def test_an_xdebug_dump_goes_and_its_stories_go_to_related(code, shape):
    titles, para = STORIES[code]
    doc = run_cleaner(PhpDump, f"{para}\n\n{shape(titles)}\n\n{para} 2\n\n{para} 3")
    assert texts(doc) == [para, f"{para} 2", f"{para} 3"]
    assert {rule for rule, _ in cuts(doc, "php_dump")} == {"xdebug-dump"}
    assert [(s["title"], s["id"]) for s in doc.metadata["related"]] == [(t, str(n + 40)) for n, t in enumerate(titles)]


def test_an_xdebug_dump_cut_short_ends_where_its_lines_end():
    dump = "\n".join(_html(STORIES["it"][0]).splitlines()[:7])       # no </pre>, cut inside the second item
    para = "Il progetto costa 4 milioni (size=3 lotti) e durerà due anni."
    doc = run_cleaner(PhpDump, f"{dump}\n\n{para}\n\n'Virgolette' => una citazione nel testo.")
    assert texts(doc) == [para, "'Virgolette' => una citazione nel testo."]
    assert [s["title"] for s in doc.metadata["related"]] == ["Il comune approva il bilancio"]


def test_prose_and_code_quoting_xdebug_output_stay():
    text = ("Xdebug prints array (size=3) before the items, then 'title' => string 'x' (length=1) for each.\n\n"
            "```\narray (size=1)\n  0 => int 1\n```\n\nThe file config.php:12: holds the setting.")
    doc = run_cleaner(PhpDump, text)
    assert len(texts(doc)) == 3
    assert doc.removed == ()
