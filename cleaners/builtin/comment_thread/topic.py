"""The opening post's subject line in a text dump's thread: the topic without a reply prefix ("Harbour wall" over the
first post, "Re: Harbour wall" over the replies). A post's first line that is the topic the thread's subject lines
repeat after their prefix (casefolded, spaces collapsed) is its subject, chrome under rule `reply-subject` as on a
page (`comments.subjects.opening_subjects`), when the post has text after it; a post whose only line it is, a line
that only resembles the topic, or a thread whose replies carry no subject line keeps it.
"""
from __future__ import annotations

import dataclasses

from ..comments.subjects import RULE, is_topic, subject_topics


def opening_subjects(edit, comments: list, posts: list, subjects: list[str], langs: tuple[str, ...]) -> None:
    """Cut the topic line opening a post (``posts``: comment index, index of its first line's removal in ``edit``,
    its paragraphs; -1 for a post that had a subject line of its own) when ``subjects`` repeat it."""
    if not subjects:
        return
    topics = subject_topics(subjects, langs)
    for k, at, paragraphs in posts:
        if at is None or at < 0 or len(paragraphs) < 2 or not is_topic(paragraphs[0], topics):
            continue
        edit.removed[at] = dataclasses.replace(edit.removed[at], rule=RULE)
        comments[k] = dataclasses.replace(comments[k], text="\n\n".join(paragraphs[1:]))
