"""Word counts shown in `sources`, the reader's list and the exports."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.export.common import word_count


def count(text: str) -> int:
    return word_count(source_from_text(text))


def test_words_between_spaces_are_counted_as_before():
    # (a dash or other punctuation standing alone is no word: the count overlap's shares divide
    # by, so that a page never gives an article two lengths)
    assert count("The mayor said “no” — twice, café.") == 6
    assert count("Le maire a dit : « non » ; deux fois !") == 7
    assert count("서울 시장은 말했다.") == 3  # Korean spaces its words


def test_chinese_and_japanese_count_characters_not_runs():
    # each kanji and kana, and the figure 3; the punctuation 、。 is not a word (was: "2 words")
    assert count("東京都は3日、大雨警報を発表した。住民に避難を呼びかけている。") == 28
    assert count("北京市政府宣布") == 7
    assert count("mixed 東京 text") == 4


def test_half_width_kana_count_as_their_full_width_forms():
    # a half-width voicing mark (ﾞﾟ) sits on the kana before it, as ガ's does: not a word of its own
    assert count("ｶﾞｷﾞ") == count("ガギ") == 2
    assert count("ﾊﾟﾝを買った") == count("パンを買った") == 6
    assert count("ｶﾞ ﾃﾚﾋﾞ") == 4
