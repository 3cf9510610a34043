"""Words of the blind harness's artefacts (tests/generalisation_blind.py), per language, in
wordings invented for it: donation appeals, calls to action, legal lines, comment-section
words, bylines, photo credits, captions and month names."""
from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "pt", "it", "pl")

DONATE = {
    "en": ["Independent reporting costs money. Chip in what you can today.", "Keep this newsroom going: become a supporter"],
    "de": ["Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einer Spende.", "Jetzt Unterstützer werden"],
    "fr": ["Un journalisme indépendant a un coût. Soutenez-nous par un don.", "Devenez donateur dès aujourd\u2019hui"],
    "es": ["El periodismo independiente cuesta dinero. Apóyanos con una donación.", "Hazte socio de nuestra redacción"],
    "pt": ["O jornalismo independente custa dinheiro. Apoie-nos com um donativo.", "Torne-se apoiante da nossa redação"],
    "it": ["Il giornalismo indipendente costa. Sostienici con una donazione.", "Diventa sostenitore della redazione"],
    "pl": ["Niezależne dziennikarstwo kosztuje. Wesprzyj nas darowizną.", "Zostań darczyńcą naszej redakcji"],
}
CTA = {
    "en": ["Tap the image to enlarge it", "Follow us on Telegram for the latest updates", "Get our morning briefing straight to your inbox"],
    "de": ["Zum Vergrößern auf das Bild klicken", "Folgen Sie uns auf Telegram", "Abonnieren Sie unseren Newsletter"],
    "fr": ["Cliquez sur l\u2019image pour l\u2019agrandir", "Suivez-nous sur Telegram", "Abonnez-vous à notre newsletter"],
    "es": ["Haz clic en la imagen para ampliarla", "Síguenos en Telegram", "Suscríbete a nuestro boletín"],
    "pt": ["Clique na imagem para ampliar", "Siga-nos no Telegram", "Assine a nossa newsletter"],
    "it": ["Clicca sull\u2019immagine per ingrandirla", "Seguici su Telegram", "Iscriviti alla nostra newsletter"],
    "pl": ["Kliknij, aby powiększyć zdjęcie", "Obserwuj nas na Telegramie", "Zapisz się na nasz newsletter"],
}
LEGAL = {
    "en": ["All rights reserved. No part of this article may be reproduced without written permission.",
           "The views expressed in this article are solely those of the author and do not necessarily reflect the views of this website."],
    "de": ["Alle Rechte vorbehalten. Nachdruck nur mit schriftlicher Genehmigung.",
           "Die in diesem Artikel geäußerten Ansichten geben ausschließlich die Meinung des Autors wieder."],
    "fr": ["Tous droits réservés. Toute reproduction sans autorisation écrite est interdite.",
           "Les opinions exprimées dans cet article n\u2019engagent que leur auteur."],
    "es": ["Todos los derechos reservados. Prohibida su reproducción sin autorización por escrito.",
           "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor."],
    "pt": ["Todos os direitos reservados. É proibida a reprodução sem autorização escrita.",
           "As opiniões expressas neste artigo são da exclusiva responsabilidade do autor."],
    "it": ["Tutti i diritti riservati. Vietata la riproduzione senza autorizzazione scritta.",
           "Le opinioni espresse in questo articolo sono esclusivamente dell\u2019autore."],
    "pl": ["Wszelkie prawa zastrzeżone. Przedruk bez pisemnej zgody zabroniony.",
           "Opinie wyrażone w artykule są wyłącznie opiniami autora."],
}
SOURCE = {"en": "The original source of this article is", "de": "Die Originalquelle dieses Artikels ist",
          "fr": "La source originale de cet article est", "es": "La fuente original de este artículo es",
          "pt": "A fonte original deste artigo é", "it": "La fonte originale di questo articolo è",
          "pl": "Oryginalnym źródłem tego artykułu jest"}
COPYRIGHT = {"en": "Copyright", "de": "Copyright", "fr": "Copyright", "es": "Copyright", "pt": "Copyright",
             "it": "Copyright", "pl": "Copyright"}
WROTE = {"en": "wrote:", "de": "schrieb:", "fr": "a écrit :", "es": "escribió:", "pt": "escreveu:",
         "it": "ha scritto:", "pl": "napisał:"}
SAYS = {"en": "says:", "de": "sagt:", "fr": "dit :", "es": "dice:", "pt": "diz:", "it": "dice:", "pl": "pisze:"}
AGO = {"en": "{n} days ago", "de": "vor {n} Tagen", "fr": "il y a {n} jours", "es": "hace {n} días",
       "pt": "há {n} dias", "it": "{n} giorni fa", "pl": "{n} dni temu"}
REPLY = {"en": "Reply", "de": "Antworten", "fr": "Répondre", "es": "Responder", "pt": "Responder",
         "it": "Rispondi", "pl": "Odpowiedz"}
LIKES = {"en": "{n} likes", "de": "{n} Likes", "fr": "{n} J\u2019aime", "es": "{n} Me gusta", "pt": "{n} curtidas",
         "it": "{n} Mi piace", "pl": "{n} polubień"}
COMMENTS_HEAD = {"en": "{n} Comments", "de": "{n} Kommentare", "fr": "{n} commentaires", "es": "{n} comentarios",
                 "pt": "{n} comentários", "it": "{n} commenti", "pl": "Komentarze ({n})"}
POLICY = {"en": "Please keep the discussion civil. Comments are moderated before they appear.",
          "de": "Bitte bleiben Sie sachlich. Kommentare werden vor der Veröffentlichung geprüft.",
          "fr": "Merci de rester courtois. Les commentaires sont modérés avant publication.",
          "es": "Mantén un tono respetuoso. Los comentarios se moderan antes de publicarse.",
          "pt": "Mantenha a discussão cordial. Os comentários são moderados antes de publicados.",
          "it": "Mantieni un tono civile. I commenti sono moderati prima della pubblicazione.",
          "pl": "Prosimy o kulturalną dyskusję. Komentarze są moderowane przed publikacją."}
BY = {"en": "By", "de": "Von", "fr": "Par", "es": "Por", "pt": "Por", "it": "Di", "pl": "Autor:"}
PHOTO = {"en": "Photo", "de": "Foto", "fr": "Photo", "es": "Foto", "pt": "Foto", "it": "Foto", "pl": "Fot."}
CAPTIONS = {
    "en": "The broken deck of the ferry pier seen from the harbour wall",
    "de": "Das leere Becken des alten Hafenbads im vergangenen Sommer",
    "fr": "Le plancher brisé du ponton vu depuis la jetée",
    "es": "El tablero roto del muelle visto desde el espigón",
    "pt": "O tabuleiro partido do cais visto do paredão",
    "it": "Il tavolato spezzato del molo visto dalla banchina",
    "pl": "Połamany pomost mola widziany z nabrzeża",
}
KICKER = {"en": "Latest news from the coast", "de": "Aktuelles aus der Region", "fr": "Dernières nouvelles du littoral",
          "es": "Últimas noticias de la costa", "pt": "Últimas notícias do litoral", "it": "Ultime notizie dalla costa",
          "pl": "Najnowsze wiadomości z wybrzeża"}
READ_MORE = {"en": "Read also", "de": "Lesen Sie auch", "fr": "À lire aussi", "es": "Lee también", "pt": "Leia também",
             "it": "Leggi anche", "pl": "Czytaj także"}
SHARE = {"en": "Share", "de": "Teilen", "fr": "Partager", "es": "Compartir", "pt": "Partilhar", "it": "Condividi",
         "pl": "Udostępnij"}
PUBLISHED = {"en": "Published", "de": "Veröffentlicht", "fr": "Publié le", "es": "Publicado", "pt": "Publicado em",
             "it": "Pubblicato il", "pl": "Opublikowano"}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}
PLACES = {"en": "Scotland", "de": "Bremen", "fr": "Bretagne", "es": "Galicia", "pt": "Algarve", "it": "Liguria",
          "pl": "Gdańsk"}
AGENCIES = ["Reuters", "AFP", "dpa", "EFE", "Lusa", "ANSA", "PAP", "AP"]
AUTHORS = ["Anna Berg", "Pierre Morel", "Carmen Ruiz", "João Matos", "Giulia Ferri", "Piotr Nowak", "Tom Hale"]
