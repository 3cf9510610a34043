"""metadata lists (cleaners/metadata_lists.py, `Document.meta_append`): a thing is listed once; a related link read
twice under the same url (from a JSON dump with its id, then from a link in the text) is one entry with the fields
of both."""
from cleaners.document import Document
from cleaners.metadata_lists import appended


def _story(title, url, id=None):
    return {"title": title, "url": url, "id": id, "image": None}


def test_a_link_listed_again_under_its_url_fills_the_fields_it_lacked():
    first = _story("Rents rise again", "https://example.org/economy/8813", "8813")
    again = {"title": "Rents rise again", "url": "https://example.org/economy/8813", "id": None,
             "image": "https://example.org/i/8813.jpg"}
    assert appended([first], [again]) == [{**first, "image": "https://example.org/i/8813.jpg"}]
    doc = Document(source="x.txt", kind="text").meta_append("related", [first]).meta_append("related", [again, again])
    assert [r["url"] for r in doc.metadata["related"]] == ["https://example.org/economy/8813"]


def test_a_link_listed_again_adds_nothing_when_it_has_nothing_new():
    first = _story("Rents rise again", "https://example.org/economy/8813", "8813")
    assert appended([first], [_story("Rents rise again!", "https://example.org/economy/8813")]) is None


def test_links_under_other_urls_and_links_without_urls_are_all_listed():
    a = _story("Rents rise again", "https://example.org/economy/8813")
    b = _story("Rents rise again", "https://example.org/x")
    bare, other = _story("Rents rise again", None), _story("Tenants protest", None)
    assert appended([a], [b, bare, other, bare]) == [a, b, bare, other]


def test_plain_items_are_listed_once_in_their_order():
    assert appended(["dpa"], ["AFP", "dpa", "AFP", "Reuters"]) == ["dpa", "AFP", "Reuters"]
    assert appended(["dpa"], ["dpa"]) is None


def test_a_tag_given_twice_in_one_batch_is_listed_once():
    doc = Document(source="x.txt", kind="text").meta_append("tags", ["storm", "flood"])
    tags = doc.meta_append("tags", ["rain", "storm", "rain", "wind"]).metadata["tags"]
    assert tags == ["storm", "flood", "rain", "wind"]


def test_a_text_differing_only_in_case_spacing_or_its_closing_stop_is_listed_once():
    captions = ["The town hall on Market Square"]
    assert appended(captions, ["The town hall on Market Square.", "the town hall  on market square"]) is None
    assert appended(captions, ["The town hall on Market Square at night."]) == captions + [
        "The town hall on Market Square at night."]


def test_captions_of_two_figures_alike_are_both_listed_but_a_caption_listed_before_is_not_repeated():
    assert appended([], ["Buses at the depot.", "Buses at the depot."], once=False) == ["Buses at the depot."] * 2
    listed = appended(["Buses at the depot"], ["Buses at the depot.", "Trams"], once=False)
    assert listed == ["Buses at the depot", "Trams"]


def test_a_dump_of_many_stories_is_listed_whole_in_its_order():
    stories = [_story(f"Story {i}", None, str(i)) for i in range(20000)]
    assert appended([], stories + stories[:5]) == stories


def test_a_url_given_two_titles_lists_both():
    first, other = _story("Museum reopens", "/a/1", "1"), _story("Rail strike ends", "/a/1", "1")
    assert appended([first], [other]) == [first, other]
    assert appended([first], [_story(None, "/a/1", "1")]) is None
