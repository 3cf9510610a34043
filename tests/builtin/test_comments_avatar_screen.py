"""`evidence.is_avatar`: the substring screen before the search gives the search's answer."""
from __future__ import annotations

from cleaners.builtin.comments.evidence import _AVATAR, is_avatar

DATA_URI = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" * 400


def test_avatar_words_found_in_any_attribute_and_case():
    assert is_avatar({"class": "comment-Avatar photo", "src": "/i/1.png"})
    assert is_avatar({"src": "https://secure.GRAVATAR.com/x.jpg?s=48"})
    assert is_avatar({"alt": "", "src": "/u/9/User-Photo.jpg"})
    assert is_avatar({"src": DATA_URI, "class": "profilepic"})


def test_plain_images_are_no_avatar_even_when_a_screen_word_is_there():
    assert not is_avatar({"src": DATA_URI, "class": "lazy"})
    assert not is_avatar({"src": "/users/12/banner.png", "alt": "Profile of the city"})    # words, no avatar name
    assert not is_avatar({"src": None, "data-src": "/img/harbour.jpg"})


def test_non_ascii_values_are_searched_as_the_pattern_folds_them():
    """``re.I`` matches 'ſ' to 's' and 'İ', 'ı' to 'i': lower-casing does not, so such values skip
    the screen (each would be missed with the screen applied to every value)."""
    for value in ("uſerpic", "PROFİLE-PIC", "profıle-image"):
        assert _AVATAR.search(value)
        assert is_avatar({"class": value, "src": "/img/a.png"}), value
