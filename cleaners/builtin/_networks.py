"""Social networks by name, in the scripts their users write them in: data read by the share-row,
follow-call and contact rules (navigation, calls_to_action, reader_calls).

* `NETWORKS` - the share targets of a share row, each a whole item of the row ("Facebook",
  "Email", "فیس بک", "ফেসবুক"): the networks, mail, print and copy-link buttons.
* `SITES` - the networks' names as one alternation (a name may carry a case ending after it,
  `SOCIAL_SITE`: "na Instagramie", "в Телеграме", Finnish "Instagramissa"; Hebrew joins the
  prefix "ב", "on", to the name); `UNSPACED_SITES` the names written in Han or kana letters,
  matched inside a run of them, where no word boundary parts them.
* `SOCIAL_SITE` - a network named in a line, as a whole word; `without_sites` - a line without the names (a follow
  call written around the name, "Bizi Facebook-da izləyin").
* `SOCIAL_HOST` - a link to a page of a network, a messenger or an app store, by its host ("https://t.me/x",
  "https://play.google.com/store/apps/..."), read by `_button_shape.social_link`.
"""
from __future__ import annotations

import re

# names in Latin letters, then by script: Cyrillic (Russian, Ukrainian, Bulgarian, Serbian), Arabic, Korean,
# Hebrew, Persian, Urdu, Devanagari, Bengali; Han and kana in `UNSPACED_SITES`
_LATIN = ("facebook", "twitter", "telegram", "instagram", "youtube", "linkedin", "whatsapp", "vkontakte", "vk", "tiktok",
          "mastodon", "bluesky", "threads", "rss", r"x\.com", "google news", "reddit", "pinterest", "tumblr", "flipboard",
          "xing", "weibo", "dzen", "zalo", "fejsbuk", "tviter", "kakaotalk", "naver", "snapchat", "discord",
          # Google News under the names of its editions
          "google notícias", "google noticias", "google notizie", "google actualités", "google nieuws", "google nyheter",
          "google nyheder", "google uutiset", "google haberler", "google berita", "google tin tức", "wiadomości google",
          "google zprávy", "google správy", "google hírek", "google știri", "google vijesti", "google novice",
          "google новости", "google новини", "google вести", "google ειδήσεις")
_SCRIPTS = (
    "телеграм", "ютуб", "вконтакте", "дзен", "фејсбук", "твитер", "инстаграм", "јутјуб", "вајбер", "тикток",
    "фейсбук", "твиттер", "ватсап", "вотсап", "вайбер", "твіттер", "інстаграм", "тікток", "туитър", "ютюб",
    "فيسبوك", "فيس بوك", "تويتر", "إنستغرام", "انستغرام", "إنستجرام", "انستجرام", "تلغرام", "تيليجرام", "تليجرام", "يوتيوب",
    "واتساب", "تيك توك",
    "페이스북", "트위터", "인스타그램", "유튜브", "텔레그램", "카카오톡", "카카오스토리",
    "פייסבוק", "בפייסבוק", "טוויטר", "בטוויטר", "אינסטגרם", "באינסטגרם", "טלגרם", "בטלגרם", "יוטיוב", "ביוטיוב", "טיקטוק",
    "בטיקטוק", "וואטסאפ", "בוואטסאפ",
    "اینستاگرام", "تلگرام", "توییتر", "توئیتر", "فیسبوک", "فیس بوک", "واتساپ", "یوتیوب", "آپارات", "لینکدین",
    "فیس بک", "ٹوئٹر", "ٹویٹر", "یوٹیوب", "واٹس ایپ", "واٹس اپ", "انسٹاگرام", "ٹیلی گرام", "ٹک ٹاک", "لنکڈ ان",
    "फेसबुक", "ट्विटर", "इंस्टाग्राम", "यूट्यूब", "व्हाट्सएप", "व्हाट्सऐप", "टेलीग्राम", "लिंक्डइन",
    "ফেসবুক", "টুইটার", "ইউটিউব", "হোয়াটসঅ্যাপ", "ইনস্টাগ্রাম", "টেলিগ্রাম", "লিংকডইন",
    "गूगल न्यूज़", "गूगल न्यूज", "গুগল নিউজ", "구글 뉴스", "أخبار جوجل", "أخبار غوغل", "جوجل نيوز", "گوگل نیوز", "גוגל ניוז",
    "גוגל חדשות",
)
SITES = "|".join(_LATIN + _SCRIPTS)
UNSPACED_SITES = "|".join(("微信", "微博", "抖音", "小红书", "今日头条", "脸书", "臉書", "推特", "领英", "フェイスブック",
                           "ツイッター", "インスタグラム", "ユーチューブ",
                           "googleニュース", "グーグルニュース", "谷歌新闻"))
SOCIAL_SITE = re.compile(rf"\b(?:{SITES})\w{{0,4}}\b|{UNSPACED_SITES}|\bpreferred source on google\b", re.I)
# a network's name inside a call, a case ending glued to it or after a hyphen or an apostrophe: "Bizi Facebook-da
# izləyin", "Бізді Facebook-та оқыңыз", "Bizi Twitter'da takip edin" (`without_sites`)
_SITE_INSIDE = re.compile(rf"\s*\b(?:{SITES})(?:[-'\u2019]\w{{1,5}}|\w{{0,4}})\b", re.I)


def without_sites(text: str) -> str:
    """``text`` without the networks' names and their case endings: the follow call around a name ("Bizi izləyin")."""
    return _SITE_INSIDE.sub("", text)

NETWORKS = frozenset({
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "tumblr", "xing", "vk",
    "vkontakte", "ok", "odnoklassniki", "bluesky", "mastodon", "threads", "flipboard", "pocket", "messenger", "viber",
    "line", "weibo", "wechat", "instagram", "youtube", "tiktok", "email", "e-mail", "mail", "sms", "rss", "print",
    "copy link", "flickr", "vimeo", "soundcloud", "twitch", "google+", "kakaotalk", "kakao", "kakaostory", "naver",
    "naver blog", "qq", "qzone", "douban", "mixi", "hatena", "snapchat", "discord", "signal", "skype", "digg", "evernote",
    # Cyrillic
    "вконтакте", "вк", "одноклассники", "телеграм", "фејсбук", "твитер", "вајбер", "инстаграм", "јутјуб", "мејл", "имејл",
    "фейсбук", "твиттер", "вайбер", "ютуб", "ватсап", "вотсап", "тикток", "твіттер", "інстаграм", "тікток", "туитър", "ютюб",
    # Arabic, Korean, Hebrew, Persian
    "فيسبوك", "تويتر", "واتساب", "تلغرام", "تيليجرام", "إنستغرام", "انستغرام", "يوتيوب", "لينكد إن",
    "페이스북", "트위터", "인스타그램", "유튜브", "텔레그램", "카카오톡", "카카오스토리", "네이버 블로그", "네이버 밴드", "zalo",
    "פייסבוק", "טוויטר", "וואטסאפ", "טלגרם", "אינסטגרם", "יוטיוב", "לינקדאין",
    "فیسبوک", "فیس بوک", "توییتر", "توئیتر", "ایکس", "واتساپ", "تلگرام", "اینستاگرام", "یوتیوب", "آپارات", "لینکدین", "ایتا",
    "بله", "روبیکا",
    # Urdu, Devanagari, Bengali
    "فیس بک", "ٹوئٹر", "ٹویٹر", "یوٹیوب", "واٹس ایپ", "واٹس اپ", "انسٹاگرام", "ٹیلی گرام", "ٹک ٹاک", "لنکڈ ان", "ای میل",
    "फेसबुक", "ट्विटर", "एक्स", "व्हाट्सएप", "व्हाट्सऐप", "टेलीग्राम", "इंस्टाग्राम", "यूट्यूब", "लिंक्डइन", "ईमेल",
    "ফেসবুক", "টুইটার", "ইউটিউব", "হোয়াটসঅ্যাপ", "ইনস্টাগ্রাম", "টেলিগ্রাম", "লিংকডইন", "ইমেইল",
    # Han and kana
    "微信", "微博", "脸书", "臉書", "推特", "领英", "フェイスブック", "ツイッター", "インスタグラム", "ユーチューブ",
})

SOCIAL_HOST = re.compile(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:t\.me|telegram\.(?:me|org)|wa\.me|whatsapp\.com|facebook\.com|fb\.(?:com|me)|m\.me|"
    r"twitter\.com|x\.com|instagram\.com|tiktok\.com|linkedin\.com|vk\.com|ok\.ru|threads\.net|bsky\.app|viber\.com|"
    r"pinterest\.\w+|flipboard\.com|dzen\.ru|apps\.apple\.com|itunes\.apple\.com|play\.google\.com|news\.google\.com)"
    r"(?:[/?#]|$)", re.I)
