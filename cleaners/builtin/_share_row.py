"""Share rows (read by `navigation`): share targets only, two or more, as words or links, maybe after a share label
("Share: Facebook | X | Email", "Teilen mit: [Facebook](...) [WhatsApp](...)"), standing alone (rule share-row) or glued
after a paragraph's last sentence (rule glued-share-row); a label the language files lack counts before networks only.

A share row whose buttons are phrases run together with no separator, in any language (rule framed-share-row,
`framed_row`): two networks or more, each in the same frame of words ("Partager sur Facebook Partager sur X", "Auf
Facebook teilen Auf X teilen", "Facebook'ta paylaş X'te paylaş", "Xでシェア Facebookでシェア"; in a script without
spaces the phrases may differ after one particle, "LINEで送る Facebookでシェア"), the row opening with the frame, at
most `MAX_FRAME_TAIL` words after the last framed network ("Envoyer par e-mail", "Link kopieren"), no
comma and no sentence stop; "Sie teilten es auf Facebook und auf X" stays (the words between the networks are no
frame).

A share row and the site's copyright notice printed as one line, in any language (rule share-row-notice,
`share_row_notice`): a share row, then a copyright sign naming a year within `NOTICE_YEAR_WITHIN` characters, the
notice `MAX_NOTICE_WORDS` words at most ("Share: Facebook · X   © 2025 Harbour Post. All rights reserved."); a
sentence before the sign keeps the line."""
from __future__ import annotations

import re

from ..lines import COLON, COLON_MARKS, MARKS, ends_sentence, ends_syllabic, word_count
from ._networks import NETWORKS, UNSPACED_SITES

LINK = re.compile(r'!?\[([^\[\]\n]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"\n]*")?\)')
MIN_SHARE_ITEMS = 2
NOTICE_YEAR_WITHIN = 30
MAX_NOTICE_WORDS = 40
_NOTICE = re.compile(r"\s[\u00a9\u24d2\u24b8]\s?(?=[^\n]{0,%d}?(?:19|20)\d\d)" % (NOTICE_YEAR_WITHIN - 4))
_WORD = rf"[^\W\d_][\w'\u2019{MARKS}-]{{0,23}}"   # with vowel signs ("แชร์"); longer, a Thai run is a clause
_ANY_LABEL = re.compile(rf"^{_WORD}(?:\s{_WORD})?\s*{COLON}\s*(?=\S)")     # "Paylaş: ", "Dela på: "
_SHARE_TAIL = re.compile(rf"(?<=[.!?\u3002\u0964\u061f\u06d4\s]){_WORD}(?:\s{_WORD})?\s*{COLON}"
                         r"[^.!?:\n]{3,80}?(?:\s*[|\u00b7\u2022]\s*[^\W\d_][^|\u00b7\u2022.!?:\n]{0,20}){1,6}\s*$")
_COLONS, _ROW_BREAKS = COLON_MARKS, "|\u00b7\u2022"
MIN_SHARED_WORDS = 8        # words of the paragraph a share row is glued to
_NO_COMMA = re.compile(r"^[^,]*[|\u00b7\u2022\]][^,]*$")      # parted by bars, dots or links, not by a sentence's commas


def share_tail(text: str, share: frozenset[str], label) -> str | None:
    """A share row (a label, networks parted by bars or dots) glued after a paragraph's last sentence, or None."""
    if not any(c in text for c in _COLONS) or not any(c in text for c in _ROW_BREAKS):
        return None     # (the row holds a label's colon and a bar or a dot: `_SHARE_TAIL` need not be tried)
    head = text[:m.start()] if (m := _SHARE_TAIL.search(text)) else ""
    if m is None or not (ends_sentence(head) or ends_syllabic(head)) or word_count(head) < MIN_SHARED_WORDS:
        return None
    return m.group(0).strip() if share_row(m.group(0).strip(), share, label) else None


def share_row_notice(text: str, share: frozenset[str], label) -> bool:
    """A share row with the site's copyright notice after it on the same line (module docstring)."""
    m = _NOTICE.search(text)
    return bool(m) and word_count(text[m.start():]) <= MAX_NOTICE_WORDS and share_row(text[:m.start()].strip(), share,
                                                                                      label)


def share_row(text: str, share: frozenset[str], label) -> bool:
    """Share targets only (two or more), as words or links, maybe after a share label."""
    m = label.match(text)     # (a known label that goes on as a longer word is no label: "シェア|する")
    if (m is None or text[m.end():m.end() + 1].isalnum()) and (unknown := _ANY_LABEL.match(text)) \
            and _NO_COMMA.search(text[unknown.end():]):
        m, share = unknown, frozenset()     # a label in words the language files lack ("Paylaş:"), before networks only
    if m and m.end() == len(text) and text.rstrip().endswith(":"):
        return True     # a share label whose targets are gone ("Share this:", "Teilen mit:")
    rest = text[m.end():] if m else text
    links = LINK.findall(rest)
    rest = LINK.sub(lambda m: " \u2022 " + m.group(1) + " \u2022 ", rest)
    items = [p for p in re.split(r"\s*[|\u00b7\u2022,/]\s*", rest) if p.strip()]
    targets = 0
    for item in items:
        key = item.strip(" .:!").casefold()
        if key in NETWORKS or key in share:
            targets += 1
        elif all(w.casefold() in NETWORKS or w.casefold() in share for w in key.split()):
            targets += len(key.split())     # "Facebook Twitter Email": targets parted by spaces
        else:
            return False
    return targets >= MIN_SHARE_ITEMS or (m is not None and bool(share) and targets >= 1 and len(links) >= 1)


MAX_FRAME_WORDS = 3     # words of a button's phrase around its network ("Partager sur", "Per E-Mail senden")
MAX_FRAME_TAIL = 4      # words after the last framed network: a last button or two ("Envoyer par e-mail")
MAX_FRAMED_ROW_WORDS = 24
_UNSPACED_LETTER = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"     # kana, Han, Hangul: "Xでシェア"
_SCRIPT_EDGE = re.compile(f"(?<=[A-Za-z])(?=[{_UNSPACED_LETTER}])|(?<=[{_UNSPACED_LETTER}])(?=[A-Za-z])")
_UNSPACED = re.compile(f"({UNSPACED_SITES})")
MIN_STEM, MAX_ENDING = 4, 4     # a network's name of four letters or more may carry a case ending ("Facebooku")
_SUFFIX = re.compile(r"[-'\u2019]\w{1,5}$")


def _network(token: str) -> bool:
    key = token.strip(".:!,;()[]\u3001").casefold()
    if key in NETWORKS or _SUFFIX.sub("", key) in NETWORKS:     # "Facebook'ta", "Facebook-da"
        return True
    return any(key[:n] in NETWORKS for n in range(max(MIN_STEM, len(key) - MAX_ENDING), len(key)))   # "Facebooku"


def framed_row(text: str, share: frozenset[str] = frozenset()) -> bool:
    """Share buttons as phrases in one frame run together (module docstring, rule framed-share-row); ``share``: the
    language's share words, one of which a particle's phrases must hold (`_particle_frames`)."""
    if "," in text or "\uff0c" in text or ends_sentence(text):
        return False
    tokens = _UNSPACED.sub(r" \1 ", _SCRIPT_EDGE.sub(" ", text)).split()
    if len(tokens) > MAX_FRAMED_ROW_WORDS:
        return False
    nets = [k for k, t in enumerate(tokens) if _network(t)]
    if len(nets) < MIN_SHARE_ITEMS:
        return False
    words = [t.casefold() for t in tokens]
    gaps = [words[a + 1:b] for a, b in zip([-1] + nets, nets)] + [words[nets[-1] + 1:]]
    pre, inner = gaps[0], gaps[1]
    if len(pre) > MAX_FRAME_WORDS or pre and inner[len(inner) - len(pre):] != pre:
        return False
    post = inner[:len(inner) - len(pre)]
    if not pre and not post or len(post) > MAX_FRAME_WORDS:
        return False
    if not pre and _particle_frames(tokens, nets, gaps, share):
        return True
    framed = 0
    while framed < len(nets) and gaps[framed] == (post + pre if framed else pre) \
            and gaps[framed + 1][:len(post)] == post:
        framed += 1
    tail = [t for t in tokens[nets[framed - 1] + 1 + len(post):] if not _network(t)] if framed else tokens
    if not pre and _network(tokens[-1]):
        return False     # "Facebook vs X vs TikTok": networks joined by a word, no buttons
    return framed >= MIN_SHARE_ITEMS and len(tail) <= MAX_FRAME_TAIL


MAX_PARTICLE_FRAME = 4      # characters of a button's phrase after its network in a script without spaces


def _particle_frames(tokens: list[str], nets: list[int], gaps: list[list[str]], share: frozenset[str]) -> bool:
    """Buttons whose phrases after the network differ but open with one particle, in a script without spaces
    ("LINEで送る Facebookでシェア"): each network but the last followed by one such phrase of `MAX_PARTICLE_FRAME`
    characters at most, the last by one or by the row's end, `MAX_FRAME_TAIL` words at most after it; one phrase at
    least a share word of the language, alone or with its network ("シェア", "LINEで送る"): "LINEで友達 Facebookで家族"
    (friends on one, family on the other) names no button."""
    posts = [g[0] for g in gaps[1:-1] if len(g) == 1] + gaps[-1][:1]
    if len(posts) < len(nets) - 1 or not posts or any(
            len(p) > MAX_PARTICLE_FRAME or p[:1] != posts[0][:1] or not re.match(f"[{_UNSPACED_LETTER}]", p)
            for p in posts):
        return False
    words = {w.casefold() for w in share}
    if not any(p[1:] in words or tokens[n].casefold() + p in words for n, p in zip(nets, posts)):
        return False
    return len(gaps[-1]) - 1 <= MAX_FRAME_TAIL and len(nets) >= MIN_SHARE_ITEMS
