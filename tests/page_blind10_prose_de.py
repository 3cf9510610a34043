"""German prose and page words of the tenth blind page harness (written for it; three stories, furniture in German).

Each story: ``title``, ``paras`` (the article's paragraphs), ``heads`` (subheadings), ``facts`` (a fact box's
lines), ``comments`` (``(name, text)``). ``WORDS``: the page's furniture in German.
"""

STORIES = [
    {
        "title": "Stadtwerke stellen Fernwärmenetz bis 2035 auf Abwärme um",
        "paras": [
            "Die Stadtwerke wollen ihr Fernwärmenetz in den kommenden zwölf Jahren fast vollständig mit Abwärme aus "
            "Industriebetrieben und dem neuen Rechenzentrum am Hafen speisen. Das kündigte Geschäftsführerin Anke "
            "Borchert am Dienstag im Werksausschuss an.",
            "Bislang stammt mehr als die Hälfte der Wärme aus dem alten Gasheizkraftwerk im Süden der Stadt. Die "
            "Anlage soll schrittweise in eine Reserve überführt werden, die nur noch an besonders kalten Tagen "
            "zugeschaltet wird.",
            "Für den Umbau rechnet das Unternehmen mit Investitionen von rund 380 Millionen Euro. Ein Teil davon "
            "soll aus Förderprogrammen des Bundes kommen, den Rest wollen die Stadtwerke über Kredite und höhere "
            "Grundpreise finanzieren.",
            "Kritik kam aus der Opposition im Stadtrat. Die Pläne seien ehrgeizig, aber die Haushalte dürften nicht "
            "die Hauptlast tragen, sagte der Fraktionsvorsitzende der Freien Wähler. Er forderte einen Sozialtarif "
            "für Mieter mit geringem Einkommen.",
            "Das Rechenzentrum, das im Frühjahr in Betrieb gehen soll, gibt seine Wärme mit etwa dreißig Grad ab. "
            "Große Wärmepumpen sollen sie auf die im Netz nötige Temperatur heben, bevor sie in die Leitungen "
            "eingespeist wird.",
            "Die ersten Straßenzüge im Neubaugebiet am Mühlbach sollen schon im nächsten Winter angeschlossen werden. "
            "Für die Altstadt kündigte Borchert eine eigene Machbarkeitsstudie an, weil dort enge Gassen den "
            "Leitungsbau erschweren.",
        ],
        "heads": ["Gaskraftwerk wird zur Reserve", "Wärmepumpen heben die Temperatur"],
        "facts": ["Netzlänge: 214 Kilometer", "Angeschlossene Haushalte: rund 41.000",
                  "Anteil Abwärme heute: 18 Prozent"],
        "comments": [("Gerd_K", "Schöne Pläne, aber wer zahlt am Ende die höheren Grundpreise? Natürlich wieder "
                                "die Mieter, die sich ihren Anschluss nicht aussuchen können."),
                     ("Mühlbacherin", "Wir wohnen im Neubaugebiet und warten seit zwei Jahren auf eine klare "
                                      "Auskunft, wann der Anschluss endlich kommt. Ich bin gespannt.")],
    },
    {
        "title": "Nach dem Hochwasser: Winzer an der Ahr ziehen Bilanz der Lese",
        "paras": [
            "Zwei Jahre nach der Flut haben die Winzer im Tal eine Lese eingebracht, die nach Menge und Qualität "
            "wieder an die Zeit davor heranreicht. Viele Betriebe arbeiten allerdings noch immer in Provisorien.",
            "In Mayschoß etwa steht die Kelter seit dem Frühjahr in einer Halle, die eigentlich für Landmaschinen "
            "gedacht war. Das Fasslager wurde von der Welle vollständig zerstört und ist bis heute nicht ersetzt.",
            "Der Spätburgunder habe von dem warmen September profitiert, sagt Kellermeister Jonas Reifferscheid. "
            "Die Trauben seien gesund gewesen, die Mostgewichte lägen deutlich über dem langjährigen Mittel.",
            "Sorgen bereitet den Betrieben vor allem der Fachkräftemangel. Viele Saisonkräfte, die früher jedes Jahr "
            "kamen, haben sich nach der Katastrophe andere Arbeit gesucht und kehren nicht zurück.",
            "Auch der Tourismus, von dem die Weingüter stark abhängen, erholt sich nur langsam. Mehrere Gasthöfe an "
            "der Rotweinstraße sind noch geschlossen, und der Wanderweg entlang des Flusses ist nur teilweise "
            "wieder begehbar.",
            "Die Landesregierung hat zugesagt, die Wiederaufbauhilfen um ein weiteres Jahr zu verlängern. Die "
            "Anträge müssen nun bis Ende des kommenden Sommers gestellt werden.",
        ],
        "heads": ["Kelter in der Maschinenhalle", "Saisonkräfte bleiben aus"],
        "facts": ["Rebfläche im Tal: etwa 560 Hektar", "Betroffene Weingüter: mehr als 60",
                  "Wichtigste Sorte: Spätburgunder"],
        "comments": [("Weinfreund62", "Wir waren im Oktober dort und haben bewusst bei den Winzern direkt "
                                      "gekauft. Jeder Besuch hilft, auch wenn noch nicht alles offen ist."),
                     ("R. Ternes", "Dass die Anträge immer noch so kompliziert sind, ist ein Skandal. Meine "
                                   "Nachbarn warten seit Monaten auf eine Antwort der Behörde.")],
    },
    {
        "title": "Schulbibliothek wird zum Lernzentrum mit langen Öffnungszeiten",
        "paras": [
            "Die Gesamtschule am Lindenplatz hat ihre Bibliothek in ein Lernzentrum umgebaut, das künftig bis "
            "zwanzig Uhr geöffnet ist. Schülerinnen und Schüler können dort in Gruppenräumen arbeiten oder sich von "
            "älteren Jahrgängen helfen lassen.",
            "Die Idee sei aus einer Umfrage unter den Oberstufenschülern entstanden, erzählt Schulleiterin Petra "
            "Langhorst. Viele hätten zu Hause keinen ruhigen Platz zum Lernen und wünschten sich einen Ort am "
            "Nachmittag.",
            "Betreut wird das Zentrum von zwei Bibliothekarinnen und einem Team aus zwölf Lernpaten. Die Paten "
            "kommen aus der elften und zwölften Klasse und erhalten für ihre Arbeit eine kleine Aufwandsentschädigung.",
            "Der Umbau hat rund 450.000 Euro gekostet, den größten Teil trägt der Kreis als Schulträger. Ein "
            "Förderverein hat Möbel und Laptops für die Gruppenräume gespendet.",
            "In den ersten Wochen kamen nach Angaben der Schule täglich zwischen sechzig und achtzig Jugendliche. "
            "Besonders gefragt seien die Abendstunden vor den Klausurphasen.",
            "Andere Schulen im Kreis haben bereits Interesse angemeldet. Der Kreistag will im Frühjahr beraten, ob "
            "das Modell auf weitere Standorte übertragen werden kann.",
        ],
        "heads": ["Lernpaten aus der Oberstufe", "Andere Schulen wollen nachziehen"],
        "facts": ["Öffnungszeiten: Montag bis Freitag, 7.30 bis 20 Uhr", "Plätze: 96, davon 24 in Gruppenräumen",
                  "Kosten des Umbaus: rund 450.000 Euro"],
        "comments": [("Elternrat_LP", "Endlich einmal eine gute Nachricht aus unseren Schulen. Unsere Tochter "
                                      "ist seit der Eröffnung fast jeden Nachmittag dort."),
                     ("Hanno", "Warum erst bis zwanzig Uhr und nicht auch am Samstag? Gerade vor dem Abitur "
                               "wäre das eine große Hilfe für viele.")],
    },
]

WORDS = {
    "related": "Mehr zum Thema",
    "related_items": ["Gaspreise: Was Verbraucher jetzt wissen müssen", "Neuer Radweg am Kanal freigegeben",
                      "Kreistag beschließt Haushalt für das kommende Jahr"],
    "facts": "Fakten",
    "continued": "Fortsetzung",
    "nav": ["Startseite", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur"],
    "footer": "Die Heimatzeitung erscheint seit 1949 an sechs Tagen in der Woche und wird von einer unabhängigen "
              "Verlagsgesellschaft herausgegeben, die sich dem Lokaljournalismus in der Region verpflichtet fühlt. "
              "Unsere Redaktion arbeitet nach den Grundsätzen des Pressekodex, und Hinweise auf Fehler nehmen wir "
              "jederzeit gern entgegen, damit wir sie schnell und transparent korrigieren können.",
    "overlay": "Sie verwenden einen Werbeblocker. Bitte deaktivieren Sie ihn für unsere Seite, damit wir weiterhin "
               "unabhängigen Lokaljournalismus anbieten können.",
    "comments": "Kommentare",
    "back": "Zurück zur Übersicht",
    "paywall": "Weiterlesen mit Heimat+ für nur 1 Euro im ersten Monat",
}
