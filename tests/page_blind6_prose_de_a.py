"""German news stories for the sixth blind page harness (part one), in the story line format of
``tests/page_blind6_prose.py`` (T title, L lead, P paragraph, H subheading, Q block quote, I list item,
F interview question, A answer, S short one-line paragraph)."""

DE_A = [
    """T: Stadtrat beschließt neues Parkraumkonzept für die Innenstadt
L: Nach monatelangem Streit hat der Stadtrat am Donnerstagabend mit knapper Mehrheit ein neues Parkraumkonzept verabschiedet. Anwohner sollen künftig deutlich mehr für ihren Ausweis bezahlen.
P: Mit 31 zu 28 Stimmen setzte sich die Koalition aus Grünen, SPD und Volt durch. Die CDU hatte bis zuletzt versucht, die Abstimmung auf die nächste Sitzung zu verschieben, scheiterte damit aber schon zu Beginn der Debatte.
P: Kern des Konzepts ist eine Staffelung der Gebühren nach Fahrzeuggröße. Wer einen Kleinwagen fährt, zahlt für den Anwohnerparkausweis künftig 120 Euro im Jahr, für große Geländewagen werden bis zu 360 Euro fällig. Bisher kostete der Ausweis einheitlich 30,70 Euro.
H: Handwerker und Pflegedienste ausgenommen
P: Ausnahmen soll es für Handwerksbetriebe, ambulante Pflegedienste und Menschen mit Schwerbehindertenausweis geben. Sie erhalten auf Antrag eine Sondergenehmigung, die nach Angaben der Verwaltung innerhalb von zwei Wochen ausgestellt werden soll.
P: Die Einnahmen, die das Ordnungsamt auf rund 2,4 Millionen Euro im Jahr schätzt, sollen zweckgebunden in den Ausbau von Radwegen und in günstigere Tarife im Nahverkehr fließen. Ob das rechtlich so möglich ist, prüft derzeit noch das Regierungspräsidium.
Q: „Wir nehmen niemandem das Auto weg, aber der öffentliche Raum hat einen Wert, und der muss sich im Preis widerspiegeln“, sagte die Baudezernentin in der Sitzung.
P: Kritik kam vom Einzelhandelsverband. Dessen Geschäftsführer warnte, dass Kundinnen und Kunden aus dem Umland schon jetzt lieber in die Einkaufszentren am Stadtrand fahren würden. Die neuen Gebühren für Kurzzeitparker in den Parkhäusern seien ein weiteres falsches Signal.
S: Die Regelung gilt ab dem 1. April.
P: Bis dahin will die Stadt die Beschilderung in den betroffenen Vierteln erneuern und die Bewohner per Brief informieren. Wer seinen Ausweis bereits verlängert hat, muss den Differenzbetrag erst bei der nächsten Verlängerung bezahlen.
H: Was sich für Anwohner ändert
I: Der Anwohnerparkausweis kostet je nach Fahrzeuglänge zwischen 120 und 360 Euro.
I: Für Inhaber eines Sozialpasses gilt ein Rabatt von 50 Prozent.
I: Zweitwagen erhalten keinen Ausweis mehr.
P: Die Opposition kündigte an, die Entscheidung von der Kommunalaufsicht überprüfen zu lassen. Ein ähnlicher Beschluss in einer anderen Großstadt war im vergangenen Jahr vom Bundesverwaltungsgericht gekippt worden, weil die Gebühren dort allein nach der Fahrzeuglänge bemessen waren.
""",
    """T: Hochwasser an der Mosel: Pegel steigt weiter
L: Nach tagelangem Dauerregen ist die Mosel an mehreren Stellen über die Ufer getreten. In Trier und Cochem stehen Uferstraßen unter Wasser, die Schifffahrt ist eingestellt.
P: Am Pegel Trier wurden am Mittwochmorgen 8,12 Meter gemessen, teilte das Hochwassermeldezentrum mit. Normal sind dort etwa zwei Meter. Die Experten rechnen damit, dass der Scheitel erst in der Nacht zu Donnerstag erreicht wird.
P: In mehreren Orten an der Mittelmosel mussten Keller und Tiefgaragen geräumt werden. Die Feuerwehren sind seit Dienstag im Dauereinsatz und pumpen vor allem in tiefer gelegenen Wohngebieten Wasser ab.
S: Verletzt wurde bislang niemand.
P: Der Landkreis hat einen Krisenstab eingerichtet. Dessen Leiter sagte am Vormittag, man sei auf das Szenario gut vorbereitet, die mobilen Schutzwände seien rechtzeitig aufgebaut worden. Sorgen bereite vor allem der anhaltende Regen in den Vogesen, der den Zufluss aus Frankreich weiter erhöhe.
H: Schifffahrt eingestellt
P: Seit Dienstagabend dürfen keine Schiffe mehr auf der Mosel fahren. Mehrere Frachtschiffe liegen in den Häfen fest, auch die Ausflugsschiffe bleiben bis auf Weiteres an der Anlegestelle. Die Wasserstraßenverwaltung will die Freigabe erst erteilen, wenn der Pegel deutlich gesunken ist.
P: Für Pendler bedeutet das Hochwasser erhebliche Umwege. Die Bundesstraße zwischen Bernkastel-Kues und Traben-Trarbach ist auf einer Länge von acht Kilometern gesperrt, ebenso mehrere Kreisstraßen entlang des Flusses.
Q: „So schnell ist das Wasser seit 1993 nicht mehr gestiegen“, sagte ein Winzer aus Zell, der seinen Weinkeller schon am Montag leer geräumt hatte.
P: Der Deutsche Wetterdienst erwartet erst zum Wochenende eine Entspannung. Bis Freitag sollen in der Eifel und im Hunsrück noch einmal bis zu 40 Liter Regen pro Quadratmeter fallen.
P: Die Stadtwerke baten darum, überflutete Bereiche nicht zu betreten. In den vergangenen Tagen hätten sich immer wieder Schaulustige an den Absperrungen vorbeigeschoben, um Fotos zu machen. Das sei lebensgefährlich, weil die Strömung unterschätzt werde.
""",
    """T: Bahn kündigt Generalsanierung der Strecke Frankfurt–Mannheim an
L: Die Riedbahn zwischen Frankfurt und Mannheim wird für fünf Monate komplett gesperrt. Reisende müssen mit längeren Fahrzeiten und Ersatzbussen rechnen.
P: Die Deutsche Bahn will auf der rund 70 Kilometer langen Strecke Gleise, Weichen, Oberleitungen und Stellwerke gleichzeitig erneuern. Statt jahrelanger Baustellen unter rollendem Rad setze man auf eine einzige, aber vollständige Sperrung, sagte ein Sprecher.
P: Die Riedbahn gilt als eine der am stärksten belasteten Strecken im deutschen Netz. Täglich fahren dort bis zu 300 Züge, darunter viele Fernverkehrs- und Güterzüge. Störungen auf diesem Abschnitt wirken sich regelmäßig auf den Bahnverkehr in ganz Süddeutschland aus.
H: Umleitungen über Darmstadt und Worms
P: Die ICE-Züge werden während der Bauzeit über die Main-Neckar-Bahn und über Worms umgeleitet. Das verlängert die Fahrzeit zwischen Frankfurt und Mannheim nach Angaben der Bahn um etwa 15 bis 30 Minuten.
P: Für den Nahverkehr richtet der Verkehrsverbund ein Ersatzkonzept mit rund 150 Bussen ein. Die Busse sollen in dichtem Takt fahren und an allen Bahnhöfen entlang der Strecke halten.
F: Warum wird die Strecke nicht abschnittsweise saniert?
A: Weil das nach Berechnungen der Bahn deutlich länger dauern und am Ende mehr kosten würde. Bei einer Sanierung unter laufendem Betrieb müsste die Strecke über Jahre immer wieder an Wochenenden gesperrt werden.
F: Was passiert mit den Güterzügen?
A: Ein Großteil soll über die linke Rheinstrecke fahren. Einige Verbindungen fallen nach Angaben der Güterverkehrsunternehmen aber ganz aus oder werden auf die Straße verlagert.
P: Fahrgastverbände begrüßten grundsätzlich, dass die Bahn in die Infrastruktur investiert. Sie forderten aber, die Pendler frühzeitig und verlässlich über die Ersatzfahrpläne zu informieren. Bei früheren Großbaustellen seien die Auskünfte in den Apps oft fehlerhaft gewesen.
S: Die Bauarbeiten beginnen Mitte Juli.
P: Die Riedbahn ist der erste von mehr als 40 Abschnitten, die bis 2030 nach diesem Muster erneuert werden sollen. Der Bund stellt dafür in den kommenden Jahren zweistellige Milliardenbeträge bereit.
""",
    """T: „Wir brauchen mehr Geld für die Schulen“ – Interview mit der Landeselternsprecherin
L: Unterrichtsausfall, marode Gebäude, fehlende Lehrkräfte: Die Vorsitzende des Landeselternbeirats spricht im Interview über die Lage an den Schulen und über ihre Forderungen an die Landesregierung.
F: Frau Berger, das neue Schuljahr hat gerade begonnen. Wie ist die Stimmung bei den Eltern?
A: Gemischt. Viele sind froh, dass nach den Ferien wieder ein geregelter Alltag beginnt. Gleichzeitig hören wir aus fast allen Regionen, dass schon in der ersten Woche Stunden ausgefallen sind, weil Lehrkräfte fehlen.
F: Das Kultusministerium spricht von einer Unterrichtsversorgung von 99 Prozent.
A: Diese Zahl sagt wenig über den Alltag aus. Sie rechnet Stellen, nicht Stunden im Klassenzimmer. Wenn eine Lehrerin krank wird oder in Elternzeit geht, fehlt sie trotzdem, und Vertretungskräfte gibt es kaum noch.
F: Was fordern Sie konkret?
A: Wir brauchen eine echte Vertretungsreserve von mindestens fünf Prozent, und zwar an jeder Schule. Außerdem müssen Verwaltungsaufgaben von den Lehrkräften weg, damit sie wieder mehr Zeit für den Unterricht haben.
S: Und die Gebäude?
A: Das ist ein eigenes Kapitel. Wir haben Schulen, in denen die Toiletten seit Jahren nicht saniert wurden und in denen es im Sommer in den Klassenräumen über 30 Grad hat. Da kann niemand vernünftig lernen.
F: Die Kommunen sagen, ihnen fehle dafür das Geld.
A: Das stimmt ja auch. Deshalb fordern wir ein Sanierungsprogramm von Land und Bund, das nicht an komplizierte Antragsverfahren gebunden ist. Kleine Gemeinden haben gar nicht das Personal, um solche Förderanträge zu schreiben.
F: Sehen Sie auch etwas Positives?
A: Ja, durchaus. Die Ganztagsangebote werden besser, und viele Schulen haben in der Pandemie digital enorm aufgeholt. Das Engagement der Lehrkräfte vor Ort ist beeindruckend, das will ich ausdrücklich sagen.
""",
    """T: Autozulieferer streicht 1200 Stellen in Baden-Württemberg
L: Der Umbau zur Elektromobilität trifft die Zulieferindustrie mit voller Wucht. Ein großer Hersteller von Antriebstechnik will zwei Werke schließen.
P: Betroffen sind die Standorte in Schwäbisch Gmünd und Bühl, wie das Unternehmen am Dienstag mitteilte. Die Produktion von Komponenten für Verbrennungsmotoren soll bis Ende 2026 schrittweise nach Osteuropa verlagert oder ganz eingestellt werden.
P: Der Betriebsrat reagierte mit scharfer Kritik. Man sei von der Entscheidung überrascht worden, obwohl noch im Frühjahr über eine Standortgarantie verhandelt worden sei. Die IG Metall kündigte Warnstreiks an.
Q: „Die Beschäftigten haben in den vergangenen Jahren auf Lohn verzichtet, um die Werke zu sichern. Jetzt werden sie einfach vor die Tür gesetzt“, sagte der Betriebsratsvorsitzende.
P: Das Management begründet den Schritt mit der schwachen Nachfrage nach Bauteilen für Diesel- und Benzinmotoren. Der Umsatz in diesem Bereich sei im vergangenen Jahr um fast ein Fünftel gesunken, die Aufträge für Elektroantriebe könnten das nicht ausgleichen.
H: Landesregierung will vermitteln
P: Der Wirtschaftsminister des Landes kündigte an, mit der Unternehmensführung und den Gewerkschaften zu sprechen. Ziel sei es, möglichst viele Arbeitsplätze in der Region zu halten und den Beschäftigten Qualifizierungsangebote zu machen.
P: Die Zulieferindustrie in Baden-Württemberg beschäftigt nach Angaben des Branchenverbands rund 200.000 Menschen. Viele Betriebe sind mittelständisch geprägt und stark vom Geschäft mit Verbrennungsmotoren abhängig.
S: Weitere Stellenstreichungen gelten als wahrscheinlich.
P: Ökonomen verweisen darauf, dass der Strukturwandel nicht allein durch die Elektromobilität getrieben wird. Auch die schwache Konjunktur in China und die hohen Energiekosten setzen den Unternehmen zu.
P: In Schwäbisch Gmünd ist das Werk einer der größten Arbeitgeber der Stadt. Der Oberbürgermeister sprach von einem schweren Schlag und forderte das Unternehmen auf, zumindest einen Teil der Entwicklungsabteilung vor Ort zu belassen.
""",
    """T: Neues Hallenbad soll 2027 öffnen
L: Nach jahrelangen Planungen hat der Bau des neuen Hallenbads im Osten der Stadt begonnen. Die Kosten sind deutlich gestiegen.
P: Beim ersten Spatenstich am Freitag betonte der Bürgermeister, das Bad sei eine Investition in die Zukunft. Schulen und Vereine hätten seit der Schließung des alten Bades vor vier Jahren kaum noch Wasserzeiten gehabt.
P: Das neue Bad erhält ein 25-Meter-Sportbecken mit sechs Bahnen, ein Lehrschwimmbecken mit Hubboden und einen kleinen Saunabereich. Auf eine Rutsche und ein Wellenbecken wurde aus Kostengründen verzichtet.
P: Die Baukosten werden inzwischen auf 28 Millionen Euro geschätzt. Bei der ersten Planung vor fünf Jahren war noch von 17 Millionen Euro die Rede gewesen. Das Land beteiligt sich mit rund sechs Millionen Euro aus dem Programm zur Sanierung von Sportstätten.
H: Schwimmunterricht an Grundschulen
I: Derzeit können nach Angaben der DLRG rund 60 Prozent der Zehnjährigen nicht sicher schwimmen.
I: Die Grundschulen der Stadt sollen im neuen Bad feste Zeiten am Vormittag erhalten.
I: Vereine nutzen das Bad an den Abenden und am Wochenende.
P: Der Schwimmverein begrüßte den Baubeginn. Seine Mitglieder hatten in den vergangenen Jahren in Bäder der Nachbarorte ausweichen müssen, teilweise mit mehr als einer halben Stunde Anfahrt.
S: Die Eintrittspreise stehen noch nicht fest.
P: Der Gemeinderat will darüber im kommenden Jahr entscheiden. Die Stadtwerke, die das Bad betreiben werden, rechnen mit einem jährlichen Defizit von rund 1,2 Millionen Euro.
""",
    """T: Polizei sucht Zeugen nach Einbruchsserie
L: In den vergangenen zwei Wochen sind im Stadtteil Lindenhof mindestens neun Wohnungen aufgebrochen worden. Die Polizei vermutet eine organisierte Bande.
P: Die Täter gingen nach Angaben der Ermittler immer nach dem gleichen Muster vor. Sie hebelten tagsüber Wohnungstüren in Mehrfamilienhäusern auf, während die Bewohner bei der Arbeit waren, und suchten gezielt nach Schmuck und Bargeld.
P: In einem Fall wurde ein Einbrecher von einer Nachbarin gestört. Er flüchtete ohne Beute über das Treppenhaus. Die Frau beschrieb ihn als etwa 30 Jahre alt, schlank und rund 1,80 Meter groß. Er trug eine dunkle Kapuzenjacke und eine graue Mütze.
S: Die Polizei hat eine Ermittlungsgruppe gebildet.
P: Zeugen, die im Bereich der Meerfeldstraße und der Rheinaustraße verdächtige Personen oder Fahrzeuge bemerkt haben, werden gebeten, sich beim Kriminaldauerdienst zu melden.
P: Die Beamten raten, Wohnungstüren auch bei kurzer Abwesenheit immer abzuschließen und unbekannten Personen nicht einfach die Haustür zu öffnen. Die Beratungsstelle der Polizei bietet kostenlose Termine zur Sicherung von Wohnungen an.
""",
]
