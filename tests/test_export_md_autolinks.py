"""Markdown pasted into a GitHub issue or pull request: an article's @mentions, issue numbers,
e-mail addresses and bare URLs must not ping anyone or become links; they stay readable, as
code spans, which GitHub leaves alone (QA session 11)."""

from __future__ import annotations

import re

from export_support import assert_safe_markdown, make_source, md_tokens, walk

from seedreader import compare
from seedreader.export import render_pair
from seedreader.export.markdown import md

ARTICLE = ("Ping @octocat and @github/security, see issue #1 and owner/repo#12 and GH-5, "
           "bare https://evil.example/b?x=1&y=2, www.example.com/a_b and mail a.b@example.org.")
WORDS = ["@octocat", "@github/security", "#1", "owner/repo#12", "GH-5",
         "https://evil.example/b?x=1&y=2", "www.example.com/a_b", "a.b@example.org"]
# What GitHub links in plain text (text outside code spans).
LIVE = re.compile(r"(?<![\w@/`])@\w|(?<![&\w])#\d|\bGH-\d|https?://|\bwww\.|\w@\w+\.\w")


def test_what_github_would_link_goes_in_code_spans_and_reads_as_written():
    left = make_source("a", ["Shared words at the start of both.", ARTICLE])
    right = make_source("b", ["Shared words at the start of both."])
    out = render_pair(compare(left, right), "md")
    tokens = md_tokens(out)
    assert_safe_markdown(tokens)
    body = [t for t in walk(tokens) if t.type in ("text", "code_inline")]
    code = [t.content for t in body if t.type == "code_inline"]
    assert code == WORDS
    for token in body:
        if token.type == "text":
            assert not LIVE.search(token.content), token.content
    shown = [t for t in tokens if t.type == "inline" and "octocat" in t.content]
    assert len(shown) == 1
    plain = "".join(c.content for c in shown[0].children if c.type in ("text", "code_inline"))
    assert plain == ARTICLE


def test_ordinary_text_and_our_own_labels_are_left_as_they_were():
    assert md("C# 10, x#1, 5 @ 3pm, me@home, the #hashtag, 10:30") == (
        "C# 10, x#1, 5 @ 3pm, me@home, the #hashtag, 10:30")
    assert md("(see https://example.com/wiki/Foo_(bar)).") == (
        "(see `https://example.com/wiki/Foo_(bar)`).")
    out = render_pair(compare(make_source("a", ["One."]), make_source("b", ["Two."])), "md")
    assert "`" not in out
