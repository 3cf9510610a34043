"""Bengali (cleaners/lang/bn.toml): artefact lines leave, article sentences that use the same words stay,
comment threads are found, a composed document whose language is detected keeps its paragraphs and loses its
artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "তিন বছরের নির্মাণকাজ শেষে পদ্মার শাখা নদীর ওপর নতুন সেতু চালু"
ARTICLE = ["মঙ্গলবার সিটি করপোরেশন আনুষ্ঠানিকভাবে নদীর ওপর নতুন সেতুটি চালু করেছে, যা শহরের কেন্দ্রে "
           "যানজট কমাবে বলে আশা করা হচ্ছে।",
           "নির্মাণকাজে তিন বছর সময় লেগেছে এবং ব্যয় হয়েছে প্রায় চারশো কোটি টাকা, যার বেশির ভাগ "
           "দিয়েছে কেন্দ্রীয় সরকার।",
           "আশপাশের গ্রামের বাসিন্দারা খুশি, যদিও সংযোগ সড়কের কাজ বছরের শেষ পর্যন্ত চলবে।"]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or, with
    ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "bn", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("প্রকাশিত: ১৪ মার্চ ২০২৬, ১৯:০৫", "date-line"),
    ("ছবি: সংগৃহীত", "photo-credit"),
    ("আরও পড়ুন: সিটি করপোরেশনের নতুন বাজেট অনুমোদন", "related-story"),
    ("সম্পর্কিত খবর|সিটি করপোরেশনের নতুন বাজেট অনুমোদন|বন্যায় পাহাড়ি গ্রামগুলো বিচ্ছিন্ন", "related-story"),
    ("শেয়ার করুন: Facebook · X · WhatsApp", "share-row"),
    ("সর্বস্বত্ব সংরক্ষিত।", "copyright"),
    ("© ২০২৬ নদীর খবর। সর্বস্বত্ব সংরক্ষিত। লিখিত অনুমতি ছাড়া এই ওয়েবসাইটের কনটেন্ট ব্যবহার "
     "সম্পূর্ণ নিষিদ্ধ।", "copyright"),
    ("এই লেখার মতামত লেখকের নিজস্ব, তা সম্পাদকীয় নীতির সঙ্গে সামঞ্জস্যপূর্ণ নাও হতে পারে এবং "
     "প্রতিষ্ঠানের অবস্থানের প্রতিফলন নয়।", "disclaimer"),
    ("আমাদের নিউজলেটার সাবস্ক্রাইব করুন এবং গুরুত্বপূর্ণ খবর পান সরাসরি আপনার ইনবক্সে।", "newsletter"),
    ("আমাদের অ্যাপ ডাউনলোড করুন।", "app-download"),
    ("স্বাধীন সাংবাদিকতাকে সমর্থন করুন: মাসে মাত্র ১০০ টাকা দিয়ে আমাদের পাশে দাঁড়ান।", "donation-appeal"),
    ("পড়ার সময়: ৪ মিনিট", "reading-time"),
    ("বিজ্ঞাপন", "ad-label"),
    ("ট্যাগ: সেতু, নদী, যানজট", "taxonomy-line"),
    ("মন্তব্য বন্ধ আছে।", "comment-prompt"),
    ("প্রচ্ছদ » খবর » দেশ", "breadcrumb"),
    ("লেখাটি ভালো লাগলে বন্ধুদের সঙ্গে শেয়ার করুন।", "liked-this"),
    ("সর্বাধিক পঠিত|১. সিটি করপোরেশনের নতুন বাজেট অনুমোদন|২. বন্যায় পাহাড়ি গ্রামগুলো বিচ্ছিন্ন", "related-story"),
])
def test_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "সূত্র জানায়, সেতুর নকশা নিয়ে আগেও আলোচনা হয়েছিল।",
    "স্থানীয় কৃষকদের সমর্থন করুন, বাজার উদ্বোধনের সময় মেয়র বলেন।",
    "সিদ্ধান্ত নিয়ে রাজনীতিবিদদের মন্তব্য ছিল ভিন্ন ভিন্ন, আর বিরোধী দল নতুন আলোচনার দাবি জানায়।",
    "বিজ্ঞাপন সংস্থাগুলো সেতুর পাশে বিলবোর্ড বসানোর অনুমতি চেয়েছে।",
    "অনুমতি ছাড়া সেতুতে মিছিল নিষিদ্ধ করেছে পুলিশ।",
    "শ্রমিকদের সব অধিকার রক্ষা করা হবে, প্রতিশ্রুতি দেন মন্ত্রী।",
    "ছবি তোলার জন্য অনেকে সেতুতে ভিড় করেন।",
])
def test_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread,authors", [
    ("মন্তব্য (২)|রহিম উদ্দিন - ৩ ঘণ্টা আগে|অবশেষে, দশ বছর অপেক্ষা করেছি।|উত্তর দিন|ফাতেমা বেগম - ৫ "
     "ঘণ্টা আগে|সাইকেল লেন নেই, দুঃখজনক।|উত্তর দিন",
     ["রহিম উদ্দিন", "ফাতেমা বেগম"]),
])
def test_comment_threads(thread, authors, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), authors, ARTICLE)



def test_a_composed_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["প্রকাশিত: ১৪ মার্চ ২০২৬, ১৯:০৫",
                 "পড়ার সময়: ৪ মিনিট",
                 "ছবি: সংগৃহীত",
                 "আরও পড়ুন: শহরে নতুন বাজার চালু হচ্ছে",
                 "স্বাধীন সাংবাদিকতাকে সমর্থন করুন। প্রতিটি অনুদান গুরুত্বপূর্ণ।",
                 "আমাদের অ্যাপ ডাউনলোড করুন।",
                 "আমাদের নিউজলেটার সাবস্ক্রাইব করুন।",
                 "সর্বস্বত্ব সংরক্ষিত।",
                 "শেয়ার করুন: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["মেয়র বলেন, নতুন সেতুতে সাইকেল আরোহী ও পথচারীদের জন্য আলাদা লেন থাকবে।",
                            "ধারণা করা হচ্ছে, প্রতিদিন বিশ হাজারের বেশি যানবাহন সেতুটি ব্যবহার করবে।"]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "bn", text, paragraphs, TITLE)     # no declared language: detected
