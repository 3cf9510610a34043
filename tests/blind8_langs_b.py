"""Language data of the eighth blind harness (tests/generalisation_blind8.py), part B: Finnish, Czech, Romanian,
Swedish, Danish, Croatian. Written for the harness, not copied; each language has its own invented story."""

LANGS_B = {
    "fi": dict(
        title="Kuopion uimahalli suljetaan puoleksi vuodeksi remontin vuoksi",
        site="Savon Viesti",
        paras=["Kuopion keskustan uimahalli suljetaan tammikuun alussa, kun rakennuksen ilmanvaihto ja altaat "
               "uusitaan. Töiden arvioidaan kestävän kesäkuun loppuun.",
               "”Halli on palvellut kaupunkilaisia vuodesta 1974, eikä putkistoa ole koskaan vaihdettu kokonaan”, "
               "kertoo liikuntapalvelujen johtaja Heikki Turunen.",
               "Remontin hinnaksi on arvioitu 14,6 miljoonaa euroa.",
               "Siilinjärven ja Leppävirran uimahallit ovat luvanneet lisätä vuoroja koululaisille kevään ajaksi.",
               "Mihin seurat siirtävät harjoituksensa? Uimaseura Kuopion Vesiveikot kertoo etsivänsä yhä ratoja."],
        related=["Bussilippujen hinnat nousevat vuodenvaihteessa", "Kallaveden jää kantaa jo kävelijän",
                 "Kaupunginvaltuusto hyväksyi ensi vuoden talousarvion"],
        names=["Uimari_77", "Marjatta H.", "Kuopiolainen"],
        comments=["Koko kevät ilman uintia, aika rankka juttu lapsiperheille.", "Oli jo korkea aika, suihkut ovat olleet "
                  "surkeassa kunnossa.", "Toivottavasti uusi allas on edes 50 metriä."],
        stamps=["4.12.2026 klo 21.14", "pe 5.12. klo 7.02", "3 tuntia sitten"],
        dateline="KUOPIO (STT)", agency_tail="(STT)", photo="Kuva", caption="Kuopion uimahallin allas tyhjennetään tammikuussa",
        comments_head="Kommentit ({n})", wrote="{name} kirjoitti:", reply="Vastaa",
        subscribe="Tilaa Savon Viesti nyt: ensimmäinen kuukausi 1 €.", app="Lataa Savon Viestin sovellus App Storesta ja "
        "Google Playsta", follow="Seuraa meitä Facebookissa ja Instagramissa", whatsapp="Liity WhatsApp-kanavallemme",
        push="Haluatko sallia ilmoitukset? Salli / Ei nyt", appeal="Paikallisjournalismi tarvitsee tukeasi.",
        member="Ryhdy tukijäseneksi", month="kk", copyright="© Savon Viesti 2026. Kaikki oikeudet pidätetään.",
        reproduction="Sisällön kopioiminen ilman lupaa on kielletty.", affiliate="Artikkeli sisältää kumppanilinkkejä, "
        "joista saatamme saada palkkion.", ai="Tämä tiivistelmä on tehty tekoälyn avulla ja toimittajan tarkistama.",
        correction="Oikaisu: jutun aiemmassa versiossa remontin hinta oli virheellinen.", related_head="Lue myös",
        published="Julkaistu", minutes="Lukuaika {n} min",
    ),
    "cs": dict(
        title="V Olomouci otevřeli nové dětské oddělení nemocnice",
        site="Hanácký deník",
        paras=["Fakultní nemocnice Olomouc ve čtvrtek slavnostně otevřela nové dětské oddělení, které nahradí "
               "pavilon z roku 1962. Stavba trvala necelé dva roky.",
               "„Konečně máme pokoje, kde mohou rodiče zůstat s dětmi přes noc,“ řekla primářka Jana Dvořáková. "
               "Oddělení má 48 lůžek a vlastní jednotku intenzivní péče.",
               "Přerov a Prostějov budou do Olomouce posílat děti s vážnějšími diagnózami.",
               "Náklady dosáhly 612 milionů korun, z toho 410 milionů pokryly evropské fondy.",
               "Kdy se uvolní starý pavilon? Podle vedení nemocnice na jaře 2027."],
        related=["Kraj chystá nové spoje regionálních autobusů", "Na Svatém Kopečku začala rekonstrukce poutní cesty",
                 "Olomoucká zoo hlásí rekordní návštěvnost"],
        names=["Petra_M", "Honza z Hané", "dědeček Karel"],
        comments=["Skvělá zpráva, ten starý pavilon byl opravdu hrozný.", "Hlavně aby bylo dost sester, budova sama "
                  "neléčí.", "Byli jsme tam minulý týden, personál je úžasný."],
        stamps=["4. 12. 2026 21:14", "pá 5. prosince 2026, 7:02", "před 3 hodinami"],
        dateline="Olomouc 3. prosince (ČTK) -", agency_tail="/ČTK/", photo="Foto", caption="Nový pavilon dětského "
        "oddělení Fakultní nemocnice Olomouc", comments_head="Diskuse ({n} příspěvků)", wrote="{name} napsal(a):",
        reply="Odpovědět", subscribe="Předplaťte si Hanácký deník za 49 Kč měsíčně.",
        app="Stáhněte si naši aplikaci z App Store a Google Play", follow="Sledujte nás na Facebooku a Instagramu",
        whatsapp="Přidejte se k našemu kanálu na WhatsAppu", push="Chcete dostávat upozornění na nové články? "
        "Povolit / Teď ne", appeal="Podpořte nezávislou regionální žurnalistiku.", member="Staňte se členem klubu",
        month="měsíc", copyright="© 2026 Hanácký deník, všechna práva vyhrazena.",
        reproduction="Jakékoli užití obsahu bez písemného souhlasu vydavatele je zakázáno.",
        affiliate="Článek obsahuje affiliate odkazy, z nákupů můžeme získat provizi.",
        ai="Toto shrnutí vytvořila umělá inteligence, text zkontroloval redaktor.",
        correction="Oprava: v předchozí verzi článku byl uveden chybný počet lůžek.", related_head="Mohlo by vás zajímat",
        published="Publikováno", minutes="Čtení na {n} minut",
    ),
    "ro": dict(
        title="Primăria Clujului extinde rețeaua de piste pentru biciclete",
        site="Gazeta Transilvană",
        paras=["Consiliul Local Cluj-Napoca a aprobat marți extinderea rețelei de piste pentru biciclete cu încă "
               "27 de kilometri, până la sfârșitul anului 2027.",
               "„Vrem ca fiecare cartier să fie legat de centru printr-un traseu sigur”, a declarat viceprimarul "
               "Andrei Mureșan, precizând că investiția se ridică la 94 de milioane de lei.",
               "Floreşti, comuna vecină, a cerut să fie inclusă în proiect.",
               "Lucrările vor începe în martie pe strada Observatorului și pe malul Someșului.",
               "Vor renunța clujenii la mașină? Un sondaj al primăriei arată că doar 8% merg zilnic cu bicicleta."],
        related=["Prețul abonamentului de autobuz rămâne neschimbat", "Târgul de Crăciun se deschide vineri",
                 "Noul pod peste Someș intră în reparații"],
        names=["biciclist_cj", "Ioana P.", "Mihai D."],
        comments=["Era și timpul, pe Horea e imposibil să mergi cu bicicleta.", "Și iarna ce facem? Pistele nu le "
                  "curăță nimeni.", "Frumos pe hârtie, să vedem în realitate."],
        stamps=["04.12.2026, ora 21:14", "5 decembrie 2026, 07:02", "acum 3 ore"],
        dateline="Cluj-Napoca, 3 dec /Agerpres/ -", agency_tail="(Agerpres)", photo="Foto", caption="Pistă de "
        "biciclete pe malul Someșului", comments_head="Comentarii ({n})", wrote="{name} a scris:", reply="Răspunde",
        subscribe="Abonează-te la newsletterul nostru zilnic.", app="Descarcă aplicația Gazeta Transilvană din App "
        "Store și Google Play", follow="Urmărește-ne pe Facebook și Instagram", whatsapp="Intră pe canalul nostru de "
        "WhatsApp", push="Vrei să primești notificări? Permite / Nu acum", appeal="Susține jurnalismul local independent.",
        member="Devino membru", month="lună", copyright="© 2026 Gazeta Transilvană. Toate drepturile rezervate.",
        reproduction="Preluarea integrală a materialelor este interzisă fără acordul redacției.",
        affiliate="Articolul conține linkuri de afiliere.", ai="Acest rezumat a fost generat cu ajutorul inteligenței "
        "artificiale.", correction="Erată: într-o versiune anterioară, lungimea pistelor a fost greșit menționată.",
        related_head="Citește și", published="Publicat", minutes="Timp de citire: {n} minute",
    ),
    "sv": dict(
        title="Gotlands färjor får ny tidtabell efter klagomål",
        site="Östersjöposten",
        paras=["Trafikverket presenterade på onsdagen en ny tidtabell för färjorna mellan Visby och fastlandet, "
               "efter ett år av klagomål från öns företagare.",
               "– Vi har lyssnat på dem som pendlar och lagt till en tidig avgång från Nynäshamn klockan 05.30, säger "
               "upphandlingschefen Eva Lindqvist.",
               "Visby hamn räknar med 1,9 miljoner resenärer nästa år.",
               "Den nya tidtabellen gäller från den 15 januari 2027 och ska utvärderas efter sommaren.",
               "Men räcker det? Företagarna vill också ha lägre frakttaxor för lastbilar."],
        related=["Ny vindkraftspark utanför Fårö stoppas", "Bensinpriset sjunker inför julen",
                 "Regionen söker fler sjuksköterskor till Visby lasarett"],
        names=["Gutefar", "Anna-Karin L", "pendlaren"],
        comments=["Äntligen en tidig båt, det har vi väntat på i åratal.", "Priset är fortfarande för högt för en "
                  "barnfamilj.", "Varför inte fler avgångar från Oskarshamn?"],
        stamps=["4 dec. 2026 kl. 21:14", "fre 5 dec 07.02", "för 3 timmar sedan"],
        dateline="VISBY (TT)", agency_tail="(TT)", photo="Foto", caption="Färjan lägger till i Visby hamn en blåsig morgon",
        comments_head="Kommentarer ({n})", wrote="{name} skrev:", reply="Svara",
        subscribe="Prenumerera på Östersjöposten – första månaden för 1 krona.", app="Ladda ner vår app från App "
        "Store och Google Play", follow="Följ oss på Facebook och Instagram", whatsapp="Gå med i vår WhatsApp-kanal",
        push="Vill du få pushnotiser om nyheter? Tillåt / Inte nu", appeal="Lokal journalistik behöver ditt stöd.",
        member="Bli medlem", month="mån", copyright="© 2026 Östersjöposten AB. Alla rättigheter förbehållna.",
        reproduction="Materialet får inte återges utan tillstånd.", affiliate="Artikeln innehåller annonslänkar.",
        ai="Sammanfattningen är skapad med hjälp av AI och granskad av en redaktör.",
        correction="Rättelse: I en tidigare version angavs fel avgångstid.", related_head="Läs också",
        published="Publicerad", minutes="Lästid {n} min",
    ),
    "da": dict(
        title="Aarhus åbner sin første vinterbadeplads ved havnen",
        site="Jyllands Nyhedsblad",
        paras=["Aarhus Kommune indvier lørdag en ny vinterbadeplads på Aarhus Ø med sauna, omklædning og plads til "
               "120 badende ad gangen.",
               "»Vi har haft flere hundrede på venteliste i foreningen, så det her er en kæmpe dag for os,« siger "
               "formand for Vinterbaderne Østjylland, Lene Kjær.",
               "Anlægget har kostet 11,5 millioner kroner og er delvist betalt af en privat fond.",
               "Randers og Silkeborg overvejer lignende projekter.",
               "Hvor koldt er vandet egentlig? Ifølge kommunen ligger temperaturen i havnen omkring fire grader i januar."],
        related=["Letbanen kører med færre afgange i julen", "Ny cykelbro over åen åbner i foråret",
                 "Musikhuset får nyt tag til 40 millioner"],
        names=["IsbjørnenAarhus", "Mette F.", "Bent 64"],
        comments=["Fantastisk! Jeg har ventet på det her i tre år.", "Husk at tjekke vandkvaliteten efter regnvejr.",
                  "Dejligt, men 40 kroner for en sauna er lige i overkanten."],
        stamps=["4. dec. 2026 kl. 21.14", "fredag den 5. december 2026", "for 3 timer siden"],
        dateline="AARHUS (Ritzau) –", agency_tail="/ritzau/", photo="Foto", caption="Vinterbadere ved den nye badeplads "
        "på Aarhus Ø", comments_head="Kommentarer ({n})", wrote="{name} skrev:", reply="Svar",
        subscribe="Køb abonnement og læs alt for 1 kr. den første måned.", app="Hent vores app i App Store og Google "
        "Play", follow="Følg os på Facebook og Instagram", whatsapp="Følg vores kanal på WhatsApp",
        push="Vil du modtage notifikationer? Tillad / Ikke nu", appeal="Støt uafhængig lokaljournalistik.",
        member="Bliv medlem", month="md.", copyright="© 2026 Jyllands Nyhedsblad. Alle rettigheder forbeholdes.",
        reproduction="Gengivelse uden skriftlig tilladelse er ikke tilladt.", affiliate="Artiklen indeholder "
        "affiliatelinks.", ai="Resuméet er lavet med hjælp fra kunstig intelligens og tjekket af en journalist.",
        correction="Rettelse: En tidligere version af artiklen nævnte en forkert pris.", related_head="Læs også",
        published="Publiceret", minutes="{n} min. læsning",
    ),
    "hr": dict(
        title="Split dobiva novu tržnicu na mjestu stare ribarnice",
        site="Dalmatinski vjesnik",
        paras=["Gradsko vijeće Splita u utorak je izglasalo izgradnju nove tržnice na mjestu stare ribarnice, "
               "čija je obnova odgađana više od deset godina.",
               "„Ribari i prodavači zaslužuju uvjete 21. stoljeća“, rekao je gradonačelnik nakon sjednice. "
               "Projekt je vrijedan 38 milijuna eura.",
               "Trogir i Kaštela već su zatražili dio štandova za svoje proizvođače.",
               "Radovi bi trebali početi u rujnu 2027. i trajati dvije godine.",
               "Gdje će se riba prodavati do tada? Grad predlaže privremeni šator na Obali."],
        related=["Trajektne linije do Brača pojačane za blagdane", "Nove cijene parkiranja u centru grada",
                 "Hajduk otvara obnovljeni stadion u proljeće"],
        names=["Splićanin", "Marija K.", "ribar_ante"],
        comments=["Konačno, ribarnica je bila sramota grada.", "38 milijuna? Nadam se da neće biti duplo više na kraju.",
                  "Samo da ostanu mali prodavači, a ne trgovački lanci."],
        stamps=["04.12.2026. u 21:14", "5. prosinca 2026. 7:02", "prije 3 sata"],
        dateline="SPLIT, 3. prosinca (Hina) -", agency_tail="(Hina)", photo="Foto", caption="Stara splitska ribarnica "
        "u jutarnjim satima", comments_head="Komentari ({n})", wrote="{name} je napisao:", reply="Odgovori",
        subscribe="Pretplatite se na Dalmatinski vjesnik i čitajte bez ograničenja.", app="Preuzmite našu aplikaciju s "
        "App Storea i Google Playa", follow="Pratite nas na Facebooku i Instagramu", whatsapp="Pridružite se našem "
        "WhatsApp kanalu", push="Želite li primati obavijesti? Dopusti / Ne sada", appeal="Podržite neovisno novinarstvo.",
        member="Postanite član", month="mj.", copyright="© 2026 Dalmatinski vjesnik. Sva prava pridržana.",
        reproduction="Zabranjeno preuzimanje sadržaja bez dopuštenja uredništva.", affiliate="Članak sadrži "
        "partnerske poveznice.", ai="Ovaj sažetak izradila je umjetna inteligencija uz provjeru urednika.",
        correction="Ispravak: u ranijoj verziji članka pogrešno je naveden iznos.", related_head="Pročitajte i",
        published="Objavljeno", minutes="Vrijeme čitanja: {n} min",
    ),
}
