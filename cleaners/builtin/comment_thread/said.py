"""Verbs of writing learned from the document, for a language without a file (`said-head-shape`).

A comment head of the shape "Name verb:" ("Marta K. zegt:", "old_harbour sanoo:", "Jonas rašė:", "Jean a dit :",
"Anna pisze...") names its commenter with a verb no language file gives when the document's language has none. The
verb is read from the shape and its repetition: a line that is a name (one to four tokens, capitalised past the first,
or one handle of any case) and one or two lower-case words of letters (a verb, or an auxiliary and a participle)
closed by a colon or an ellipsis, the same words closing
such lines under `MIN_SAID` names or more. Those words are the document's verbs of writing (`heads.vocabulary`'s
``verbs``): a single "Die Ministerin sagte:" before a quote teaches nothing, nor does an interview's
"Ivan Horvat kaže:" coming back before each answer; one verb coming back under several names is a thread's
template."""
from __future__ import annotations

from collections import defaultdict

from ... import lang
from .control_lines import is_date
from .heads import _REPLY_SIGN, MAX_NAME_WORDS, name_ok, vocabulary
from .replies import lead_and_name

MIN_SAID = 2            # names whose lines a verb closes before it is read as the document's verb of writing
MAX_VERB_CHARS = 24
MAX_SAID_CHARS = 80
MAX_VERB_WORDS = 2      # an auxiliary and a participle: "a dit", "a répondu"
_CLOSES = (":", "...", "\u2026")
MAX_SAID_GAP = 6        # blocks from one said line to the next of a run (a comment's text and controls)
MIN_SAID_NAMES = 3      # names under said lines of any verbs: a thread's heads, not two quoted speakers
MAX_DATED_CHARS = 120
MAX_DATED_WORDS = 3     # lower-case words between a name and a date: "reageerde op", "odpowiedział dnia"


def said_verb(text: str, function_words: frozenset[str]) -> str | None:
    """The lower-case words closing ``text`` when ``text`` is a name and one or two such words (a verb, or an auxiliary
    and a participle) and a colon or an ellipsis ("Marta K. zegt:", "Jean Dupont a dit :", "Anna pisze...")."""
    text = text.strip()
    end = next((mark for mark in _CLOSES if text.endswith(mark)), None)
    if len(text) > MAX_SAID_CHARS or end is None:
        return None
    tokens = text[:-len(end)].split()
    for n in range(1, MAX_VERB_WORDS + 1):
        verb = tokens[-n:]
        if not all(len(w) <= MAX_VERB_CHARS and w.isalpha() and w.islower() for w in verb):
            return None
        if n + 1 <= len(tokens) <= MAX_NAME_WORDS + n and _named(tokens[:-n], function_words):
            return " ".join(verb)
    return None


def _named(tokens: list[str], function_words: frozenset[str]) -> bool:
    """A name (`heads.name_ok`), not one function word ("Das ist gut:")."""
    return name_ok(tokens, function_words) and not (len(tokens) == 1 and tokens[0].casefold() in function_words)


def dated_verb(text: str, function_words: frozenset[str], vocab) -> str | None:
    """The lower-case words between a name and a date closing ``text`` with a colon (rule `said-on-date`:
    "Anna Schmidt odpowiedział dnia 16.03.2022 godz. 19:21:", "Marco reageerde op 28-03-2012:"): a head by its date,
    whatever the words."""
    text = text.strip()
    if len(text) > MAX_DATED_CHARS or not text.endswith(":") or not any(c.isdigit() for c in text):
        return None     # a written date holds a number
    tokens = text[:-1].split()
    for n in range(1, min(MAX_NAME_WORDS, len(tokens) - 2) + 1):
        if not _named(tokens[:n], function_words):
            break
        k = n
        while k < len(tokens) and k - n < MAX_DATED_WORDS and tokens[k].isalpha() and tokens[k].islower():
            k += 1
        if k > n and k < len(tokens) and isinstance(is_date(" ".join(tokens[k:]), vocab), str):
            return " ".join(tokens[n:k])
    return None


def _replies(blocks, names: set[str], function_words: frozenset[str]) -> int:
    """Reply heads among ``blocks``: a reply sign and a name ("> nordlicht", "↳ Anna Schmidt"), or a lead-in and the
    name of a said line ("Resposta a Anna Schmidt:", `replies.commenter_replies`)."""
    authors = {n: n for n in names}
    count = 0
    for b in blocks:
        text = b.text.strip()
        if len(text) > MAX_SAID_CHARS or b.kind == "code":
            continue
        sign = _REPLY_SIGN.match(text)
        count += bool(sign and name_ok(text[sign.end():].split(), function_words) or lead_and_name(text, authors))
    return count


def learned_verbs(blocks, langs: tuple[str, ...]) -> tuple[str, ...]:
    """The verbs of writing read from ``blocks`` (module docstring); none when the document's language has a
    file (its ``wrote`` words are read) or is English or unknown. A verb closing one line is learned too when a
    date stands right under that line (rule `said-dated`: "Tom Baker odpowiedział:" / "13 marca 2022, godz. 8:17"),
    or between the name and the line's colon (`said-on-date`); and the verbs of a run of said lines (each at most
    `MAX_SAID_GAP` blocks after the one before) under `MIN_SAID_NAMES` names, or two names and reply heads, are
    learned together, one verb each (`said-names`: "Anna zei:", "Tom schreef:", "Eva reageerde:"; "Anna zei:",
    "Tom schreef:", "> Eva"). Two quoted speakers, or a said-shaped line far above them, are no thread."""
    if not lang.without_file(langs):
        return ()
    function_words = frozenset(lang.words("function_words"))
    vocab = vocabulary(langs)
    names: dict[str, set[str]] = defaultdict(set)
    learned, said = set(), []
    for i, b in enumerate(blocks):
        if b.kind == "code":
            continue
        if verb := said_verb(b.text, function_words):
            name = b.text.strip().rstrip(":.\u2026 ").removesuffix(verb).strip().casefold()
            names[verb].add(name)
            said.append((i, verb, name))
            if i + 1 < len(blocks) and isinstance(is_date(blocks[i + 1].text, vocab), str):
                learned.add(verb)
        elif b.text.rstrip().endswith(":") and (verb := dated_verb(b.text, function_words, vocab)):
            learned.add(verb)
    learned.update(v for v, who in names.items() if len(who) >= MIN_SAID)
    for run in _runs(said):
        who = {name for _, _, name in run}
        end = min(run[-1][0] + MAX_SAID_GAP, len(blocks))
        if len(who) >= MIN_SAID_NAMES or len(who) >= MIN_SAID and \
                len(who) + _replies(blocks[run[0][0]:end], who, function_words) >= MIN_SAID_NAMES:
            learned.update(verb for _, verb, _ in run)
    return tuple(sorted((v for v in learned if v not in function_words), key=lambda v: (-len(v), v)))


def _runs(said: list[tuple[int, str, str]]) -> list[list[tuple[int, str, str]]]:
    """The said lines in runs, each line at most `MAX_SAID_GAP` blocks after the one before."""
    runs: list[list[tuple[int, str, str]]] = []
    for entry in said:
        if runs and entry[0] - runs[-1][-1][0] <= MAX_SAID_GAP:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return runs
