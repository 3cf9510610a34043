"""Texts of the sixth blind comment-page harness (`tests/page_threads_blind6.py`): en, de, fr, it (Latin script).

Per language (`lang()`): a title, four article paragraphs of local news, readers' sentences (the comments are drawn
from them), names, questions (an interview's, a FAQ's), and the furniture words of WORDS (parted by '|'): a date
with {d} {h} {m}, a relative age with {n}, a comment count with {n}, "show {n} more replies", "{name} wrote:"…
Written for this harness, without reading the engine's rules or language files."""
from __future__ import annotations

WORDS = ("date", "ago", "by", "reply", "count", "more", "like", "verified", "subscriber", "wrote", "closed", "zero",
         "leave", "letters", "faq", "live", "load", "newest")


def lang(title, article, comments, names, questions, words) -> dict:
    """One language's texts; ``words`` the furniture words of WORDS parted by '|'."""
    w = dict(zip(WORDS, [x.strip() for x in words.split("|")]))
    assert len(w) == len(WORDS), title
    return dict(title=title, article=article, comments=comments, names=names, questions=questions, w=w)


LANGS_A = {
    "en": lang(
        "County council votes to close two rural libraries by the end of summer",
        ["The county council voted seven to four on Tuesday night to shut the libraries in Ashby Green and Millford. "
         "Officials said the two branches together lent fewer books last year than the central library does in a month.",
         "Residents filled the public gallery and several held up hand-painted signs during the ninety-minute debate. "
         "The council leader said the savings would keep the mobile library van on the road for another five years.",
         "Parents in Millford pointed out that the branch is the only place in the village with free internet access. "
         "Pupils from the primary school use it for homework club three afternoons a week.",
         "A community group has asked whether volunteers could run the buildings instead. "
         "The council said it would consider any written proposal received before the end of June."],
        ["My kids learned to read in the Millford branch and I cannot imagine the village without it.",
         "Seven to four is hardly a mandate for closing something people have used for sixty years.",
         "The mobile van comes once a fortnight and never on a day when working parents are home.",
         "If volunteers take over, who pays for the heating and the roof repairs?",
         "I would happily give two evenings a week to keep the doors open.",
         "Nobody mentions that the central library is a forty minute bus ride each way.",
         "The council found money for new offices last spring, so spare me the talk about savings.",
         "Libraries are not only about books, they are warm rooms where lonely people meet."],
        ["Margaret Hollis", "Dev Anand", "Tom Ridley", "Sophie Kerr", "Gareth Pugh", "Alice Moreton"],
        ["When did the council first consider the closures?", "What happens to the books in the two branches?",
         "Can residents still appeal the decision?"],
        "{d} March 2024 at {h}:{m} | {n} hours ago | By | Reply | {n} comments | Show {n} more replies | Like | "
        "Verified | Subscriber | {name} wrote: | Comments are closed. | Comments (0) | Leave a comment | "
        "Letters from readers | Frequently asked questions | Live updates | Load more comments | Newest"),
    "de": lang(
        "Stadtrat beschließt Sanierung des Hallenbads trotz steigender Kosten",
        ["Der Stadtrat hat am Mittwochabend mit großer Mehrheit die Sanierung des Hallenbads an der Lindenallee beschlossen. "
         "Die Kosten werden inzwischen auf knapp elf Millionen Euro geschätzt, drei Millionen mehr als noch im Herbst.",
         "Grund für die Steigerung seien vor allem höhere Preise für Lüftungstechnik und Fliesenarbeiten, sagte der Baudezernent. "
         "Das Bad soll ab September für voraussichtlich zwanzig Monate geschlossen bleiben.",
         "Schwimmvereine und Schulen müssen in dieser Zeit auf Bäder in den Nachbargemeinden ausweichen. "
         "Die Stadt will dafür einen Bustransfer organisieren und die zusätzlichen Eintrittsgelder übernehmen.",
         "Die Opposition kritisierte, dass ein Neubau auf lange Sicht günstiger gewesen wäre. "
         "Eine unabhängige Prüfung dieser Frage hatte der Rat im vergangenen Jahr jedoch abgelehnt."],
        ["Zwanzig Monate ohne Schwimmunterricht sind für die Grundschulkinder eine echte Katastrophe.",
         "Wer hat eigentlich die ursprüngliche Kostenschätzung erstellt und warum lag sie so daneben?",
         "Ich schwimme dort seit dreißig Jahren jeden Morgen und freue mich trotzdem auf die Sanierung.",
         "Der Bustransfer klingt gut, aber wer begleitet die Kinder auf der Fahrt?",
         "Ein Neubau hätte mindestens zwei Jahre länger gedauert, das vergessen die Kritiker gern.",
         "Hoffentlich wird die Sauna diesmal gleich mit erneuert und nicht erst in fünf Jahren.",
         "Elf Millionen für ein Bad, während die Schultoiletten seit Jahren kaputt sind.",
         "Die Nachbargemeinde hat selbst kaum freie Bahnen, das wird eng für alle Vereine."],
        ["Ute Brandner", "Kemal Yıldız", "Jörg Wessel", "Anna-Lena Fuchs", "Dieter Kowalski", "Sabine Ortmann"],
        ["Wann genau beginnen die Arbeiten?", "Wo trainieren die Vereine in der Zwischenzeit?",
         "Werden die Eintrittspreise nach der Sanierung steigen?"],
        "{d}. März 2024 um {h}:{m} Uhr | vor {n} Stunden | Von | Antworten | {n} Kommentare | {n} weitere Antworten anzeigen | "
        "Gefällt mir | Verifiziert | Abonnent | {name} schrieb: | Die Kommentarfunktion ist geschlossen. | Kommentare (0) | "
        "Kommentar schreiben | Leserbriefe | Häufige Fragen | Liveticker | Weitere Kommentare laden | Neueste"),
    "fr": lang(
        "La mairie ferme le marché couvert pour des travaux de mise aux normes",
        ["Le marché couvert de la place Gambetta fermera ses portes le premier avril pour au moins huit mois de travaux. "
         "La commune doit remplacer la charpente métallique et mettre l'installation électrique aux normes.",
         "Les trente-deux commerçants seront installés provisoirement sous des barnums sur le parking de la gare. "
         "La municipalité prend en charge la location des structures et l'éclairage.",
         "Plusieurs maraîchers craignent de perdre leur clientèle âgée, qui se déplace difficilement jusqu'à la gare. "
         "Une navette gratuite circulera les mardis et samedis matin depuis le centre-ville.",
         "Le coût total du chantier est estimé à quatre millions d'euros, dont la moitié financée par la région. "
         "La réouverture est prévue pour les fêtes de fin d'année si le calendrier est tenu."],
        ["Huit mois sous des tentes en plein hiver, je souhaite bon courage aux commerçants.",
         "La navette est une bonne idée mais il faudrait aussi qu'elle passe le jeudi.",
         "Cette charpente tombait en ruine depuis des années, il était temps d'agir.",
         "Ma mère a quatre-vingt-sept ans et ne pourra jamais aller jusqu'au parking de la gare.",
         "Espérons que les loyers des étals ne doubleront pas après la réouverture.",
         "Le fromager m'a dit qu'il réfléchissait à prendre sa retraite plutôt que de déménager.",
         "Quatre millions pour un marché, c'est le prix de notre patrimoine et ça le vaut.",
         "Pourquoi ne pas avoir fait les travaux en deux tranches pour garder une moitié ouverte ?"],
        ["Martine Leroux", "Karim Benali", "Jean-Paul Vasseur", "Élodie Marchand", "Thierry Gomez", "Nadia Haddad"],
        ["Quand le chantier a-t-il été décidé ?", "Où seront installés les commerçants ?", "Qui finance les travaux ?"],
        "{d} mars 2024 à {h}h{m} | il y a {n} jours | Par | Répondre | {n} commentaires | Afficher {n} réponses de plus | "
        "J'aime | Vérifié | Abonné | {name} a écrit : | Les commentaires sont fermés. | Commentaires (0) | "
        "Laisser un commentaire | Courrier des lecteurs | Questions fréquentes | En direct | Charger plus de commentaires | Plus récents"),
    "it": lang(
        "Il comune rinvia la chiusura al traffico del centro storico dopo le proteste dei commercianti",
        ["La giunta comunale ha deciso di rinviare di sei mesi la chiusura al traffico delle vie del centro storico. "
         "Il provvedimento sarebbe dovuto entrare in vigore il primo maggio insieme alle nuove telecamere ai varchi.",
         "I commercianti di via Garibaldi avevano raccolto oltre mille firme contro la zona a traffico limitato. "
         "Secondo l'associazione di categoria, senza parcheggi alternativi gli incassi sarebbero calati di un terzo.",
         "L'assessore alla mobilità ha spiegato che il rinvio servirà a completare il parcheggio di scambio vicino allo stadio. "
         "Da lì partirà una navetta elettrica ogni dieci minuti verso piazza del Duomo.",
         "Le associazioni ambientaliste hanno definito la decisione un passo indietro per la qualità dell'aria. "
         "Hanno annunciato un presidio davanti al municipio per sabato pomeriggio."],
        ["Sei mesi di rinvio diventeranno due anni, come sempre in questa città.",
         "Abito in centro e la sera non si respira per le auto che cercano parcheggio.",
         "Senza il parcheggio allo stadio la zona pedonale non poteva funzionare, il rinvio è sensato.",
         "I negozi chiudono per gli affitti alti, non per la zona a traffico limitato.",
         "La navetta ogni dieci minuti la voglio vedere anche la domenica.",
         "Sabato sarò al presidio con i miei figli e la bicicletta.",
         "In tutte le città europee il centro chiuso ha fatto aumentare i clienti dei negozi.",
         "Le telecamere sono già montate, speriamo almeno che non le lascino spente per sempre."],
        ["Giulia Ferraro", "Marco De Luca", "Salvatore Greco", "Chiara Bellini", "Youssef Amrani", "Paola Ricci"],
        ["Quando entrerà in vigore la nuova data?", "Dove si potrà parcheggiare?", "Chi potrà entrare nei varchi?"],
        "{d} marzo 2024 alle {h}:{m} | {n} ore fa | Di | Rispondi | {n} commenti | Mostra altre {n} risposte | "
        "Mi piace | Verificato | Abbonato | {name} ha scritto: | I commenti sono chiusi. | Commenti (0) | "
        "Lascia un commento | Lettere dei lettori | Domande frequenti | Diretta | Carica altri commenti | Più recenti"),
}
