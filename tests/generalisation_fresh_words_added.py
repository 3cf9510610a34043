"""Wordings of the fresh text harness (tests/generalisation_fresh_words.W) in Finnish, written after
that language's file, by the same hand."""
from __future__ import annotations

W_ADDED = {
    "fi": dict(
        plea=["Riippumaton journalismi maksaa. Tue meitä haluamallasi summalla, jo viisi euroa kuussa auttaa meitä jatkamaan.",
              "Tämä juttu on kaikkien luettavissa tukijoidemme ansiosta. Ryhdy tukijaksi ja auta meitä tekemään lisää."],
        button=["Lahjoita", "Tue meitä", "Muu summa"],
        calls=["Tilaa uutiskirjeemme, niin saat joka aamu päivän tärkeimmät uutiset sähköpostiisi.",
               "Lataa ilmainen sovelluksemme", "Seuraa meitä Instagramissa ja Facebookissa"],
        cookie="Käytämme evästeitä parantaaksemme käyttökokemustasi. Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.",
        legal=["© 2026 Pohjanmaan Media Oy. Kaikki oikeudet pidätetään. Sisällön kopiointi ilman kirjallista lupaa on kielletty.",
               "Kolumnissa esitetyt näkemykset ovat kirjoittajan omia eivätkä välttämättä edusta toimituksen kantaa."],
        ai="Sisällön käyttö tekoälyn kouluttamiseen sekä tekstin- ja tiedonlouhintaan on kielletty ilman kirjallista lupaa.",
        reply="Vastaa", like="Tykkää", ago=["3 tuntia sitten", "eilen", "2 päivää sitten"], says="kirjoitti:", share="Jaa",
        comments_head=["Kommentit ({n})", "Jätä kommentti"], report="Ilmoita asiattomasta",
        related=["Lue myös", "Aiheesta lisää", "Luetuimmat"],
        by="Teksti:", photo="Kuva", staff="Toimitus", updated="Päivitetty", published="Julkaistu",
        caption=["Palomiehet paikalla tiistai-iltana", "Stadionin uusi katsomo lännestä kuvattuna"],
        tags="Avainsanat", share_row="Jaa: Facebook | X | WhatsApp"),
}
