"""Site chrome lines that stand alone in a body, in every language of the harness: paywall notices, login buttons,
"already a subscriber?" prompts, links to the comments and to a gallery or video, page controls (class
``call-to-action``); and article sentences that open with the same words (negatives, which stay).
"""
from __future__ import annotations

CHROME = {
    "en": ["This content is only available to subscribers", "Subscribe to keep reading",
           "Already have an account? Log in", "Comment now", "Skip to main content", "Show 9 comments", "Sign in", "» See all comments (14)",
           "View the slideshow", "Watch the video 03:12"],
    "de": ["Dieser Inhalt ist exklusiv für Abonnenten", "Mit F+ weiterlesen",
           "Sie haben bereits ein Abo? Hier anmelden", "Bereits registriert? Hier einloggen", "Jetzt kommentieren", "Weniger anzeigen",
           "Einloggen", "Alle 12 Kommentare anzeigen", "Kommentare lesen (8)", "Zur Fotostrecke",
           "Alle Bilder anzeigen", "Video abspielen", "» Zur Bildergalerie (31 Bilder)"],
    "fr": ["Cet article est réservé aux abonnés.", "Il vous reste 64 % de cet article à lire.",
           "Déjà inscrit ? Connectez-vous", "Commenter", "Charger plus", "Connexion", "Voir les 8 photos",
           "Lire les commentaires (5)", "Voir le diaporama", "Regarder la vidéo"],
    "es": ["Este contenido es exclusivo para suscriptores", "Sigue leyendo con El Diario+",
           "¿Ya tienes una cuenta? Inicia sesión", "Comentar", "Mostrar más", "Inicia sesión", "Ver todos los comentarios",
           "Ver la galería", "Reproducir vídeo"],
    "it": ["Contenuto riservato agli abbonati", "Per continuare a leggere abbonati", "Hai già un account? Accedi",
           "Commenta", "Carica altri", "Accedi", "Vai ai commenti (3)", "Sfoglia la gallery", "Guarda il video"],
    "pt": ["Conteúdo exclusivo para assinantes", "Assine para continuar a ler", "Já tem uma conta? Entre", "Comente", "Mostrar mais",
           "Fazer login", "Ver todos os comentários", "Veja a galeria (12 fotos)", "Assista ao vídeo"],
    "nl": ["Dit artikel is exclusief voor abonnees", "Lees verder met een abonnement",
           "Heb je al een account? Log in", "Reageer", "Meer laden", "Inloggen", "Lees de reacties (21)", "Bekijk de fotoserie",
           "Video afspelen"],
    "ru": ["Эта статья доступна только подписчикам", "Оформите подписку, чтобы читать дальше",
           "Уже есть аккаунт? Войти", "Комментировать", "Загрузить ещё", "Вход", "Все комментарии (9)", "Смотреть фотогалерею",
           "Смотреть видео"],
    "pl": ["Artykuł dostępny tylko dla prenumeratorów", "Wykup dostęp, aby czytać dalej",
           "Masz już subskrypcję? Zaloguj się", "Skomentuj", "Wczytaj więcej", "Logowanie", "Przejdź do komentarzy",
           "Zobacz wszystkie zdjęcia", "Odtwórz wideo"],
}

# article sentences that open with a chrome phrase of their language
PROSE = {
    "en": ["Subscribers only learned about the price rise on Monday, when the letters arrived.",
           "Already registered voters will receive a new card in March, the electoral office said."],
    "de": ["Jetzt kommentieren auch die Nachbarländer den Streit um die Brücke über die Oder.",
           "Alle Bilder der Ausstellung stammen aus privaten Sammlungen in Basel und Zürich.",
           "Bereits registriert sind 300 Teilnehmer aus ganz Europa, teilten die Veranstalter mit.",
           "Anmelden können sich alle Bürgerinnen und Bürger bis Freitag im Rathaus am Marktplatz."],
    "fr": ["Commenter cette décision serait prématuré, a estimé le porte-parole du gouvernement.",
           "Réagir trop vite serait une erreur, a prévenu la ministre devant les députés."],
    "es": ["Comentar esta noticia es difícil para el gobierno, que prefiere esperar al informe final."],
    "it": ["Commenta il ministro: la situazione è grave e servono interventi immediati in tutta la regione."],
    "pt": ["Comentar o jogo seria inútil, disse o treinador aos jornalistas depois da derrota.",
           "Entrar na zona euro seria um erro, afirmou o ministro durante o debate no parlamento."],
    "nl": ["Reageer niet te snel op zulke berichten, adviseert de politie in een verklaring."],
    "ru": ["Обсудить этот вопрос министры смогут только в пятницу, сообщили в правительстве."],
    "pl": ["Tylko dla subskrybentów przygotowano w tym roku specjalną ofertę na święta."],
}


def line(rng, language: str) -> list[str]:
    """One chrome line of ``language``."""
    return [rng.choice(CHROME[language])]
