"""dom_boilerplate's class vocabulary: the word screen, the language data's class keys and the families'
shapes and literals agree.
"""
import pytest


@pytest.mark.parametrize("key", [
    "cookie-banner", "gdpr", "cmp-box", "newsletter-box", "subscribe-form", "opt-in", "sign-up", "share", "sharing",
    "social-links", "addthis_toolbox", "sharethis", "share-tools", "related-posts", "recommended", "more-stories",
    "read-more", "also-read", "you-may-like", "popular", "trending", "most-read", "outbrain", "taboola", "recirc",
    "further-reading", "more-from", "latest-news", "top-stories", "next-article", "up-next", "ad", "ads", "ad-slot",
    "dfp", "gpt-ad", "adsbygoogle", "sponsored", "promo", "tags", "tag-list", "keywords", "topics", "paywall",
    "pay-wall", "piano", "premium-box", "subscriber-only", "metered-wall", "regwall", "print", "reprints",
    "order-reprint", "author-bio", "about-the-author", "contributor-bio", "bio-box", "follow-us", "contact-the-author",
    "author-follow", "about_author", "breadcrumb", "crumbtrail", "crumble", "disclaimer", "header", "main-content", "entry", "post-body", "download", "upload-area", "headline",
])
def test_word_screen_finds_the_same_families_as_the_patterns(key):
    from cleaners.builtin.dom_boilerplate import _FAMILIES, families_of
    for k in (key, f"x {key} y", f"{key}-wrapper"):
        expected = tuple((r, m, n) for r, p, m, n in _FAMILIES if p.search(k))
        assert families_of(k) == expected


def test_every_class_key_of_the_language_data_names_a_family():
    from cleaners import lang
    from cleaners.builtin.dom_boilerplate import CLASS_KEYS, _FAMILIES
    assert set(CLASS_KEYS) <= {rule for rule, *_ in _FAMILIES}
    # every class_* key is read: by a dom_boilerplate family, or (class_gallery) by dom_gallery
    assert {k for k in lang.KEYS if k.startswith("class_")} == set(CLASS_KEYS.values()) | {"class_gallery"}
    for code in lang.available():
        assert not set((lang.load(code) or {}).get("class_ad", ())) & {"ad", "ads", "pub"}   # too short for a class word


def test_every_family_of_the_class_vocabulary_has_a_shape_and_its_literals_screen_its_pattern():
    """furniture_classes.toml and the cleaner agree: no family is read without its shape or
    left out, and each family's literals screen every class string its pattern matches."""
    from cleaners.builtin._markup import table
    from cleaners.builtin.dom_boilerplate import _FAMILIES, _SHAPES, families_of
    assert [rule for rule, _, _ in _SHAPES] == list(table("boilerplate"))
    for rule, pattern, _, _ in _FAMILIES:
        literals = table(f"boilerplate.{rule}")["literals"]
        assert literals and all(isinstance(w, str) and w == w.lower() for w in literals)
    examples = {"consent-banner": "cookie-notice", "newsletter": "newsletter-signup", "share-bar": "share-tools",
                "related-box": "related-posts", "ad": "ad-slot", "tag-list": "post-tags", "paywall": "paywall",
                "print-link": "print-button", "author-box": "author-bio", "breadcrumb": "breadcrumbs",
                "disclaimer": "post-disclaimer", "sidebar": "sidebar-left"}
    for rule, key in examples.items():
        assert rule in [r for r, _, _ in families_of(key)], (rule, key)
    assert families_of("entry-content post") == ()
