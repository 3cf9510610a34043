"""Comment threads of HTML pages: found by structure and names, parsed, cut before extraction.

Modules: `vocabulary` (the words of comment sections in the page's languages, from
``cleaners/lang``), `markup` (the class and id words of ``markup.toml``), `attributes` (words in the page's attribute values), `tree` (the page as flat arrays, one
pass: `walk`), `units` (repeated units: structure detection), `items` and `thread` (thread
building: lines, template slots, authors, dates, evidence, depth and parent), `levels`
(depth of flat lists), `profile` (a forum poster's profile box), `section` (where a
section begins and ends), `wrappers` (a thread of comment
wrappers read before the pieces of it inside), `split_thread` and `dl_replies` (a
thread over two page blocks, replies in nested definition lists: families widened before they are judged),
`headed_lone` (the one comment of an unnamed box right under a comment heading),
`cleaner` (the ``html_comments`` cleaner), `emit` (a section's comments and removals) and `fallback`
(trafilatura's comment text when no thread is found).
"""
from .cleaner import HtmlComments

__all__ = ["HtmlComments"]
