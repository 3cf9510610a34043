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
    "nb": dict(
        plea=["Uavhengig journalistikk koster penger. Støtt oss med et valgfritt beløp, allerede femti kroner i måneden gjør en forskjell.",
              "Denne saken er gratis for alle takket være dem som støtter oss. Bli fast giver du også."],
        button=["Støtt oss", "Vipps et beløp", "Annet beløp"],
        calls=["Meld deg på nyhetsbrevet vårt og få de viktigste nyhetene i innboksen hver morgen.",
               "Last ned den gratis appen vår", "Følg oss på Instagram og Facebook"],
        cookie="Vi bruker informasjonskapsler for å gi deg en bedre opplevelse. Ved å fortsette å bruke nettstedet godtar du dette.",
        legal=["© 2026 Vestlandsmedia AS. Alle rettigheter forbeholdt. Innholdet kan ikke gjengis uten skriftlig tillatelse.",
               "Meningene i teksten er skribentens egne og deles ikke nødvendigvis av redaksjonen."],
        ai="Innholdet kan ikke brukes til å trene kunstig intelligens eller til tekst- og datautvinning uten skriftlig tillatelse.",
        reply="Svar", like="Lik", ago=["for 3 timer siden", "i går", "for 2 dager siden"], says="skriver:", share="Del",
        comments_head=["{n} kommentarer", "Skriv en kommentar"], report="Rapporter",
        related=["Les også", "Relaterte saker", "Mest lest"],
        by="Tekst:", photo="Foto", staff="Redaksjonen", updated="Oppdatert", published="Publisert",
        caption=["Brannmannskaper på stedet tirsdag kveld", "Den nye tribunen sett fra vest"],
        tags="Stikkord", share_row="Del: Facebook | X | E-post"),
}
