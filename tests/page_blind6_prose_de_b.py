"""German news stories for the sixth blind page harness (part two), in the story line format of
``tests/page_blind6_prose.py``."""

DE_B = [
    """T: Bundestag debattiert über Reform der Schuldenbremse
L: Die Regierungsfraktionen wollen mehr Spielraum für Investitionen schaffen. Die Union lehnt eine Änderung des Grundgesetzes bislang ab.
P: In einer teils hitzigen Debatte hat der Bundestag am Mittwoch über die Zukunft der Schuldenbremse gestritten. Der Finanzminister warb dafür, Ausgaben für Infrastruktur, Bildung und Klimaschutz künftig anders zu behandeln als laufende Ausgaben.
P: Für eine Änderung des Grundgesetzes ist eine Zweidrittelmehrheit in Bundestag und Bundesrat nötig. Ohne die Stimmen der Union ist diese nicht zu erreichen. Deren haushaltspolitischer Sprecher sagte, das Problem seien nicht zu wenige Schulden, sondern falsche Prioritäten.
Q: „Wer heute Brücken verfallen lässt, hinterlässt der nächsten Generation auch Schulden, nur eben in Beton statt in Euro“, sagte der Minister.
H: Ökonomen uneins
P: Auch unter Wirtschaftswissenschaftlern ist die Reform umstritten. Während mehrere Forschungsinstitute eine Investitionsregel befürworten, warnt der Sachverständigenrat in seinem jüngsten Gutachten vor einer Aufweichung, die am Ende zu dauerhaft höheren Defiziten führen könne.
P: Die Länder verfolgen die Debatte mit großem Interesse. Für sie gilt seit 2020 ein striktes Verbot neuer Schulden, Ausnahmen sind nur bei Naturkatastrophen oder schweren Wirtschaftskrisen möglich.
S: Eine Entscheidung wird nicht vor dem Herbst erwartet.
P: Der Gesetzentwurf soll nun in den Ausschüssen beraten werden. Beobachter rechnen damit, dass die Regierung der Opposition Zugeständnisse machen muss, etwa bei einer engeren Definition dessen, was als Investition gilt.
""",
    """T: Krankenhausreform: Kliniken in der Region fürchten um ihre Zukunft
L: Die geplante Krankenhausreform könnte für mehrere kleine Häuser im ländlichen Raum das Aus bedeuten. Ärzte und Bürgermeister schlagen Alarm.
P: Das Kreiskrankenhaus in Waldbrunn hat 140 Betten, eine Notaufnahme und eine Geburtsstation. Ob das so bleibt, ist offen. Nach den Plänen des Gesundheitsministeriums sollen Kliniken künftig nur noch bestimmte Leistungen anbieten dürfen, wenn sie strenge Vorgaben bei Personal und Ausstattung erfüllen.
P: Für die Geburtsstation würde das bedeuten, dass rund um die Uhr ein Kinderarzt verfügbar sein muss. Das kann das Haus derzeit nicht leisten. Die nächste größere Geburtsklinik liegt 45 Autominuten entfernt.
F: Was bedeutet das für werdende Mütter?
A: Im schlimmsten Fall deutlich längere Wege. Die Hebammen im Landkreis befürchten, dass mehr Kinder im Rettungswagen oder zu Hause zur Welt kommen, ohne dass das geplant war.
P: Der Landrat forderte Übergangsfristen und Ausnahmen für Regionen, in denen es keine Alternative in zumutbarer Entfernung gibt. Man sei nicht gegen die Reform, sagte er, aber sie dürfe nicht am grünen Tisch über die Köpfe der Menschen auf dem Land hinweg entschieden werden.
H: Personal ist das größte Problem
P: Schon heute muss das Haus immer wieder Betten sperren, weil Pflegekräfte fehlen. Die Geschäftsführung setzt auf Anwerbung im Ausland und auf eine eigene Pflegeschule, deren erster Jahrgang im Herbst seinen Abschluss macht.
S: Die Reform soll schrittweise bis 2029 umgesetzt werden.
P: Das Gesundheitsministerium betont, dass es nicht um Schließungen gehe, sondern um eine bessere Qualität. Komplizierte Eingriffe sollten dort stattfinden, wo Ärzte viel Erfahrung damit haben. Kleinere Häuser könnten sich zu sektorenübergreifenden Versorgungszentren entwickeln.
""",
    """T: Energiewende im Dorf: Bürger bauen eigenen Windpark
L: In einer Gemeinde im Hunsrück haben sich mehr als 400 Einwohner zu einer Genossenschaft zusammengeschlossen. Ihr Ziel: Strom aus eigenen Windrädern.
P: Drei Anlagen mit einer Leistung von je 5,5 Megawatt sollen auf einer Anhöhe oberhalb des Ortes entstehen. Die Genehmigung liegt seit dem Frühjahr vor, im Herbst sollen die Fundamente gegossen werden.
P: Die Idee entstand vor sechs Jahren bei einer Bürgerversammlung. Damals wollte ein großer Projektentwickler auf denselben Flächen Windräder bauen, und viele im Ort hatten das Gefühl, dass die Gewinne woanders landen würden.
Q: „Wenn sich hier schon Windräder drehen, dann sollen auch die Leute im Dorf etwas davon haben“, sagt der Vorstand der Genossenschaft, ein pensionierter Elektroingenieur.
P: Jedes Mitglied konnte Anteile ab 500 Euro zeichnen. Insgesamt kamen so knapp vier Millionen Euro Eigenkapital zusammen, den Rest finanziert eine regionale Bank. Die Genossenschaft rechnet mit einer Rendite von drei bis vier Prozent im Jahr.
H: Nicht alle sind begeistert
P: Eine Bürgerinitiative aus dem Nachbarort hat Klage gegen die Genehmigung eingereicht. Sie befürchtet Lärm und eine Beeinträchtigung des Landschaftsbildes. Außerdem lebe in dem Waldstück eine geschützte Fledermausart.
P: Das Gutachten, das die Genossenschaft in Auftrag gegeben hat, kommt zu einem anderen Ergebnis. Mit Abschaltzeiten in den Sommernächten lasse sich das Risiko für die Tiere auf ein vertretbares Maß senken.
S: Das Verwaltungsgericht will im Sommer entscheiden.
P: Die Gemeinde selbst profitiert in jedem Fall: Sie erhält pro erzeugter Kilowattstunde eine Abgabe, die nach ersten Schätzungen rund 60.000 Euro im Jahr einbringen wird. Das Geld soll in die Sanierung des Dorfgemeinschaftshauses fließen.
""",
    """T: Trainerwechsel nach sechs Niederlagen in Serie
L: Der Zweitligist hat sich von seinem Cheftrainer getrennt. Nachfolger wird vorerst der bisherige Co-Trainer.
P: Die Entscheidung fiel am Sonntagmorgen, einen Tag nach der 0:3-Heimniederlage gegen den Tabellenletzten. Der Sportdirektor sprach von einem schmerzhaften, aber notwendigen Schritt. Die Mannschaft habe zuletzt nicht mehr den Eindruck gemacht, die Vorgaben des Trainers umsetzen zu können.
P: Der 47-Jährige hatte das Team erst im Sommer übernommen und war mit großen Erwartungen gestartet. Nach vier Siegen aus den ersten fünf Spielen stand die Mannschaft kurzzeitig auf einem Aufstiegsplatz.
S: Seitdem ging fast alles schief.
P: Verletzungen mehrerer Stammspieler, ein Torwartfehler in der Nachspielzeit gegen den Lokalrivalen und ein Platzverweis in der Anfangsphase des Pokalspiels brachten das Team aus dem Tritt. Zuletzt wirkte die Abwehr verunsichert, in den vergangenen sechs Spielen kassierte sie 17 Gegentore.
H: Interimslösung bis zur Winterpause
P: Bis zur Winterpause soll der bisherige Co-Trainer die Mannschaft betreuen. Er kennt den Verein seit fast zwanzig Jahren, zunächst als Spieler, später als Jugendtrainer. Eine dauerhafte Lösung will der Verein in Ruhe suchen.
Q: „Wir werden jetzt nicht in Panik verfallen. Die Mannschaft hat Qualität, das hat sie zu Beginn der Saison gezeigt“, sagte der Sportdirektor.
P: Die Fans reagierten gespalten. Während viele in den sozialen Netzwerken die Entscheidung begrüßten, kritisierten andere, dass der Verein erneut zu schnell die Geduld verliere. Es ist bereits der vierte Trainerwechsel innerhalb von drei Jahren.
""",
    """T: Mietpreise steigen in Universitätsstädten besonders stark
L: Studierende zahlen für ein WG-Zimmer in vielen Städten inzwischen mehr als 500 Euro. Eine neue Studie zeigt große regionale Unterschiede.
P: Am teuersten ist es nach wie vor in München, wo ein durchschnittliches WG-Zimmer 760 Euro im Monat kostet. Es folgen Frankfurt, Berlin und Hamburg. Am günstigsten wohnen Studierende in Chemnitz, wo die Miete im Schnitt bei 290 Euro liegt.
P: Die Autoren der Studie haben mehr als 9000 Inserate auf einschlägigen Portalen ausgewertet. Im Vergleich zum Vorjahr sind die Preise im Durchschnitt um sieben Prozent gestiegen, in einigen Städten sogar um mehr als zehn Prozent.
H: Wohnheimplätze fehlen
P: Die Studierendenwerke sehen eine Ursache im Mangel an Wohnheimplätzen. Bundesweit gibt es rund 196.000 Plätze für fast drei Millionen Studierende. Die Wartelisten sind in vielen Städten so lang, dass Erstsemester keine Chance auf einen Platz zum Semesterbeginn haben.
I: In München warten derzeit mehr als 12.000 Studierende auf einen Wohnheimplatz.
I: Der Neubau von Wohnheimen wird seit 2023 mit einem Bundesprogramm gefördert.
I: Die Wohnkostenpauschale im Bafög liegt bei 380 Euro.
P: Die Pauschale reicht damit in fast keiner größeren Universitätsstadt für ein durchschnittliches Zimmer. Studierendenvertretungen fordern, sie an die regionalen Mieten zu koppeln.
S: Manche pendeln inzwischen von zu Hause.
P: Vor allem in Süddeutschland entscheiden sich immer mehr junge Leute dafür, bei den Eltern wohnen zu bleiben und täglich mit dem Zug zur Hochschule zu fahren. Das spart Geld, kostet aber Zeit, und die fehlt dann oft für Nebenjobs oder das Studium selbst.
""",
    """T: Ausstellung zeigt vergessene Malerinnen der Zwanzigerjahre
L: Das Kunstmuseum widmet sich in einer großen Schau Künstlerinnen, die zu Lebzeiten gefeiert wurden und danach fast in Vergessenheit gerieten.
P: Rund 180 Gemälde, Zeichnungen und Fotografien von 23 Künstlerinnen sind bis Ende Februar zu sehen. Viele der Werke stammen aus Privatbesitz und werden zum ersten Mal seit Jahrzehnten öffentlich gezeigt.
P: Die Kuratorin hat mehr als drei Jahre an der Ausstellung gearbeitet. Sie habe Nachlässe in Dachböden, Kellern und kleinen Heimatmuseen aufgespürt, erzählt sie. Manche Bilder seien in einem erschreckenden Zustand gewesen und hätten aufwendig restauriert werden müssen.
Q: „Diese Frauen waren keine Randfiguren. Sie haben ausgestellt, verkauft, unterrichtet. Vergessen wurden sie erst später, als die Kunstgeschichte geschrieben wurde“, sagt die Kuratorin.
H: Neue Sachlichkeit aus weiblicher Sicht
P: Ein Schwerpunkt der Ausstellung liegt auf Porträts. Die Künstlerinnen zeigten Frauen als Angestellte, Sportlerinnen, Mütter und Arbeiterinnen, oft mit einem nüchternen, manchmal ironischen Blick auf die Rollenbilder ihrer Zeit.
P: Mehrere der Malerinnen wurden nach 1933 als entartet diffamiert, einige emigrierten, andere zogen sich ins Private zurück. Die Ausstellung dokumentiert diese Brüche mit Briefen und Tagebuchauszügen.
S: Der Katalog kostet 39 Euro.
P: Zur Ausstellung gibt es ein umfangreiches Begleitprogramm mit Führungen, Vorträgen und Workshops für Schulklassen. Jeden ersten Sonntag im Monat ist der Eintritt frei.
""",
]
