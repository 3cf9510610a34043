"""A markdown image's caption printed again under it goes with the image (rule image-caption-echo,
cleaners/builtin/_image_caption.py, read by markdown.py)."""
from cleaners.builtin.markdown import Markdown

from ..conftest import run_cleaner
from . import texts

P = ["Il-Kunsill Lokali ippreżenta pjan ġdid biex inaqqas it-traffiku fit-toroq il-dojoq taċ-ċentru storiku.",
     "In-negozjanti huma mħassba li l-klijenti se jsibuha aktar diffiċli biex jaslu fil-ħwienet."]
ALT = "Turisti jimxu fi Triq ir-Repubblika nhar is-Sibt."


def test_the_caption_under_its_image_goes():
    for echo in (f"*{ALT}*", ALT, f"_{ALT}_"):
        doc = run_cleaner(Markdown, "\n\n".join([P[0], f"![{ALT}](https://img.example.org/a.jpg)", echo, P[1]]))
        assert texts(doc) == P and doc.metadata["captions"] == [ALT]
        assert "image-caption-echo" in [r.rule for r in doc.removed]


def test_a_line_under_an_image_that_says_more_stays():
    more = f"{ALT[:-1]}, u l-ħwienet kienu mimlija sa filgħaxija."
    doc = run_cleaner(Markdown, "\n\n".join([P[0], f"![{ALT}](https://img.example.org/a.jpg)", more, P[1]]))
    assert texts(doc) == [P[0], more, P[1]]
    inline = f"Ara r-ritratt ![{ALT}](https://img.example.org/a.jpg) hawn."      # an image inside a sentence
    doc = run_cleaner(Markdown, "\n\n".join([P[0], inline, ALT, P[1]]))
    assert ALT in texts(doc)
