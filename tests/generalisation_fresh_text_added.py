"""Article and look-alike paragraphs of the fresh text harness (tests/generalisation_fresh_text) in
Finnish, written after that language's file, by the same hand."""
from __future__ import annotations

ARTICLE_ADDED = {
    "fi": [
        "Pirkanmaan käräjäoikeus tuomitsi torstaina kaupungin liikelaitoksen entisen talousjohtajan neljän vuoden vankeuteen törkeästä kavalluksesta.",
        "Syyttäjän mukaan mies hyväksyi kolmen vuoden ajan olemattoman konsulttiyrityksen laskuja ja siirsi rahat veljensä tilille.",
        "Kotijoukkue meni johtoon jo kymmenennellä minuutilla, mutta vieraat tasoittivat ennen taukoa ja ratkaisivat ottelun jatkoajalla vapaapotkusta.",
        "Helsingin yliopiston tutkijat löysivät Lapin tunturijärven pohjasedimentistä tuntemattoman bakteerikannan, joka on todennäköisesti yli kymmenentuhatta vuotta vanha.",
        "Kaupunginvaltuusto hyväksyi pitkän keskustelun jälkeen uuden uimahallin rakentamisen rautatieaseman viereen, ja työt alkavat syksyllä.",
        "Meteorologit varoittavat, että Pohjois-Suomeen on luvassa runsasta lumisadetta ja kovaa tuulta viikonloppuna, ja kehottavat autoilijoita lykkäämään matkojaan.",
        "Konepajayhtiön liikevaihto kasvoi kolmannella neljänneksellä kaksitoista prosenttia etenkin Saksasta ja Puolasta saatujen suurten tilausten ansiosta.",
    ],
}
LOOKALIKES_ADDED = {
    "fi": [
        "Naapureiden ottamissa kuvissa näkyy, miten varaston katto romahtaa vain muutama minuutti ensimmäisen paloauton saapumisen jälkeen.",
        "Kuukausilippu maksaa maaliskuusta alkaen 69 euroa, liikennöitsijä kertoi ja vetosi energian hintaan.",
        "Ensimmäistä juttuamme kommentoineet lukijat huomauttivat, että silta on ollut tänä talvena suljettuna jo kahdesti.",
    ],
}
