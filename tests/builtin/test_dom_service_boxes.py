"""A service page's boxes (cleaners/builtin/dom_service.py): a "was this helpful?" box and the tail after a press
release's end mark go; a question over its answer, a sign-up, a paragraph opening "About" and a separator stay."""
from cleaners.builtin.dom_service import DomService
from tests.builtin._html import ARTICLE, page, run

PROSE = ("<p>The lighthouse keeper's cottage was restored last year with money from a local trust, and it now "
         "houses a small museum about the families who kept the light burning for two centuries.</p>")


def _rules(doc):
    return [(r.rule, r.text) for r in doc.removed]


FEEDBACK = ("<div class='page-feedback'><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>")


def test_a_was_this_helpful_box_goes():
    for box in (FEEDBACK, "<div><span>\u3053\u306e\u30da\u30fc\u30b8\u306f\u5f79\u306b\u7acb\u3061\u307e\u3057\u305f"
                          "\u304b\uff1f</span><div><button>\u306f\u3044</button><button>\u3044\u3044\u3048</button>"
                          "</div></div>"):
        doc, text = run(DomService(), page(f"<main><div>{PROSE}{ARTICLE}</div>{box}</main>"))
        assert "helpful" not in text and "\u306f\u3044" not in text and "restored last year" in text
        assert [r for r, _ in _rules(doc)] == ["feedback-box"]


def test_a_question_and_its_answer_and_a_signup_stay():
    qa = ("<h3>Is the cottage open in winter?</h3><p>Yes, on weekends, from ten until four; groups can book "
          "a visit on weekdays.</p>")
    signup = ("<div class='box'><p>Want our weekly letter?</p><input type='email'><button>Sign up</button>"
              "<button>Later</button></div>")
    doc, text = run(DomService(), page(f"<main><div>{PROSE}{qa}{ARTICLE}</div>{signup}</main>"))
    assert "open in winter?" in text and "weekly letter" in text and doc.removed == ()


def test_what_follows_a_press_releases_end_mark_goes():
    html = page(f"<main><div class='release'>{PROSE}{ARTICLE}<p>###</p><h3>Media contact</h3>"
                f"<p>Jo Hale<br>jo@example.org</p><p><strong>The Harbour Trust looks after the county's lighthouses "
                f"and their museums.</strong></p></div></main>")
    doc, text = run(DomService(), html)
    assert "Jo Hale" not in text and "Harbour Trust" not in text and "restored last year" in text
    assert {r for r, _ in _rules(doc)} == {"release-tail"}


def test_a_paragraph_beginning_about_and_a_separator_followed_by_text_stay():
    html = page(f"<main><div>{PROSE}<p>About a mile from the shore, the reef claimed two ships in 1860.</p>"
                f"<p>###</p>{ARTICLE}{PROSE.replace('cottage', 'tower')}{ARTICLE}</div></main>")
    doc, text = run(DomService(), html)
    assert "About a mile from the shore" in text and "###" in text and doc.removed == ()



def test_a_feedback_box_named_so_goes_without_a_question_mark():
    box = ("<div class='page-feedback'><p>\u0e2b\u0e19\u0e49\u0e32\u0e19\u0e35\u0e49\u0e21\u0e35\u0e1b\u0e23\u0e30"
           "\u0e42\u0e22\u0e0a\u0e19\u0e4c\u0e2b\u0e23\u0e37\u0e2d\u0e44\u0e21\u0e48</p><button>\u2713</button>"
           "<button>\u2717</button></div>")
    doc, text = run(DomService(), page(f"<main><div>{PROSE}{ARTICLE}</div>{box}</main>"))
    assert "\u2713" not in text and [r for r, _ in _rules(doc)] == ["feedback-box"]
    plain = box.replace("page-feedback", "box")
    doc, text = run(DomService(), page(f"<main><div>{PROSE}{ARTICLE}</div>{plain}</main>"))
    assert "\u2713" in text and doc.removed == ()


def test_a_question_over_a_tool_row_with_its_own_label_stays():
    tools = ("<div class='tools'><span>Reading time: 4 min</span><button>Listen</button><button>Save</button>"
             "<button>Share</button></div>")
    question = "<div class='entry'><p><strong>Q:</strong> How long will the works on the old quay take?</p>"
    doc, text = run(DomService(), page(f"<main><div>{PROSE}{ARTICLE}</div>{question}{tools}</div></main>"))
    assert "How long will the works" in text and doc.removed == ()
    labelled = FEEDBACK.replace("<button>", "<div><button>", 1).replace("No</button>", "No</button></div>")
    doc, text = run(DomService(), page(f"<main><div>{PROSE}{ARTICLE}</div>{labelled}</main>"))
    assert "helpful" not in text and [r for r, _ in _rules(doc)] == ["feedback-box"]
