"""Session 10: business figures read right in one article (a QA tester's company quarter and
central bank cut): wire scales, German thousands, the dollars of other countries, ranges of
money, shares, pence and cents, basis points, common business spellings, numbers in names. Each
rule with the tester's case and the counter-examples it must not catch."""

from __future__ import annotations

from facts_support import conflicts, tally_of, values

from seedreader.corpus import source_from_text
from seedreader.facts.extract import extract_source


def read(text: str) -> list[tuple[str, str, str]]:
    """(kind, value, text as written) of each figure of ``text`` (quotes and dates aside)."""
    source = source_from_text("Story\n\n" + text, id="s")
    return [(f.kind, f.value, source.text[f.start:f.end]) for f in extract_source(source)
            if f.kind not in ("quote", "date", "time")]


# 1. Scales as wires write them, and the full stop of German thousands.


def test_wire_scales_bln_mln_tn_are_read():
    assert read("Revenue was $4.2 bln, it said.") == [("money", "$4.2 billion", "$4.2 bln")]
    assert read("Revenue was $4.2 mln, it said.") == [("money", "$4.2 million", "$4.2 mln")]
    assert read("Revenue was $4.2bln, it said.") == [("money", "$4.2 billion", "$4.2bln")]
    assert read("Its market value is £6.3tn.") == [("money", "£6.3 trillion", "£6.3tn")]


def test_bln_and_mln_stay_apart_and_bln_joins_billion():
    tally = tally_of("Castlegate posted third-quarter revenue of $4.2 bln, it said.",
                     "Castlegate posted third-quarter revenue of $4.2 mln, it said.",
                     "Castlegate posted third-quarter revenue of $4.2 billion, it said.")
    assert values(tally, "money") == [("$4.2 billion", ("s1", "s3")), ("$4.2 million", ("s2",))]
    assert conflicts(tally, "money") == [[("$4.2 billion", ("s1", "s3")),
                                          ("$4.2 million", ("s2",))]]


def test_m_and_bn_stay_apart():
    tally = tally_of("Castlegate posted third-quarter revenue of $4.2m.",
                     "Castlegate posted third-quarter revenue of $4.2bn.")
    assert values(tally, "money") == [("$4.2 billion", ("s2",)), ("$4.2 million", ("s1",))]


def test_a_count_in_mln_is_still_a_count():
    assert read("It sold 1.2 mln shares.") == [("count", "1200000", "1.2 mln shares")]


def test_german_full_stop_thousands_before_mio_and_in_a_german_sentence():
    assert read("Der Umsatz von Castlegate stieg im dritten Quartal auf 4.200 Mio. Euro.") == [
        ("money", "€4.2 billion", "4.200 Mio. Euro")]
    assert read("Die Dividende steigt auf 1.200 Euro je Paket, teilte das Unternehmen mit.") == [
        ("money", "€1200", "1.200 Euro")]
    assert read("Die Dividende steigt auf €1.200 je Paket und wird nicht gekürzt.") == [
        ("money", "€1200", "€1.200")]


def test_german_mio_supports_billion_not_the_wrong_million():
    tally = tally_of("Der Umsatz von Castlegate stieg im dritten Quartal auf 4.200 Mio. Euro.",
                     "Castlegate revenue rose to €4.2bn in the third quarter.",
                     "Castlegate revenue rose to €4.2m in the third quarter.")
    assert values(tally, "money") == [("€4.2 billion", ("s1", "s2")), ("€4.2 million", ("s3",))]


def test_a_full_stop_in_an_english_text_stays_a_decimal_point():
    assert read("The dividend rose to €1.200 a share.") == [("money", "€1.2", "€1.200")]
    assert read("The shares closed at $1.200 on the day.") == [("money", "$1.2", "$1.200")]
    # an English source that groups thousands with commas keeps its decimals in a German quote
    assert read("It cut 1,200 jobs; the union said: “Das ist nicht gut und wir sind "
                "gegen 4.125 Euro.”")[1][1] == "€4.125"


# 2. The dollars of other countries.


def test_other_dollars_keep_their_sign():
    for sign in ("HK$", "NZ$", "S$", "R$", "A$", "C$"):
        assert read(f"Revenue rose to {sign}4.2bn in the quarter.") == [
            ("money", f"{sign}4.2 billion", f"{sign}4.2bn")], sign
    assert read("Revenue rose to US$4.2B in the quarter.") == [
        ("money", "$4.2 billion", "US$4.2B")]


def test_other_dollars_neither_support_nor_contradict_us_dollars():
    for sign in ("HK$", "NZ$", "S$", "R$"):
        tally = tally_of("Castlegate posted third-quarter revenue of $4.2bn.",
                         f"Castlegate posted third-quarter revenue of {sign}4.2bn.",
                         "Castlegate posted third-quarter revenue of US$4.2B.")
        assert values(tally, "money") == [("$4.2 billion", ("s1", "s3")),
                                          (f"{sign}4.2 billion", ("s2",))], sign
        assert conflicts(tally, "money") == [], sign


# 3. A range of money.


def test_a_range_of_money_in_bn_is_one_range():
    for text in ("$16-17bn", "$16bn-$17bn", "$16bn to $17bn", "$16bn-17bn", "$16 billion to $17 billion"):
        assert read(f"Castlegate expects full-year revenue of {text}, it said.") == [
            ("money", "$16 billion–17 billion", text)], text
    assert read("It set aside €3-4m for it.") == [("money", "€3 million–4 million", "€3-4m")]


def test_a_range_of_money_holds_a_figure_inside_it_without_conflict():
    for text in ("$16-17bn", "$16bn-$17bn"):
        tally = tally_of(f"Castlegate expects full-year revenue of {text}, it said.",
                         "Castlegate expects full-year revenue of $16.5bn, it said.")
        assert conflicts(tally, "money") == [], text
        assert len(values(tally, "money")) == 2, text


def test_no_range_of_money_across_two_currencies_or_downwards_or_without_a_sign():
    assert [v for _k, v, _t in read("It moved from $16bn-€17bn.")] == ["$16 billion", "€17 billion"]
    assert [v for _k, v, _t in read("It fell from $16.5bn-$16bn.")] == ["$16.5 billion", "$16 billion"]
    assert read("He ran 16-17m and 5-7 people watched.") == [("count", "5–7", "5-7 people")]


# 7. "one in five" is a share, not a count of five.


def test_one_in_five_is_a_share_not_a_count():
    assert read("Castlegate will close one in five of its European warehouses.") == [
        ("percent", "20%", "one in five")]
    assert read("One in five mortgage holders will see payments rise.") == [
        ("percent", "20%", "One in five")]
    assert read("It lost 1 in 8 customers, one in every four in Spain.") == [
        ("percent", "12.5%", "1 in 8"), ("percent", "25%", "one in every four")]


def test_one_in_five_supports_twenty_percent():
    tally = tally_of("Castlegate will close one in five of its European warehouses.",
                     "Castlegate will close 20% of its European warehouses.",
                     "Castlegate will close five warehouses.")
    assert values(tally, "percent") == [("20%", ("s1", "s2"))]
    assert values(tally, "count") == [("5", ("s3",))]


def test_a_share_of_no_whole_percent_is_the_nearest_and_agrees_with_both_around_it():
    # one in three is 33.33…%: read as 33%, never a count of three, no conflict with 33% or 34%
    assert read("One in three mortgage holders will see payments rise.") == [
        ("percent", "33%", "One in three")]
    for pct, sources in (("33%", [("33%", ("s1", "s2"))]), ("34%", [("33%", ("s1",)), ("34%", ("s2",))])):
        tally = tally_of("One in three mortgage holders will see payments rise.",
                         f"{pct} of mortgage holders will see payments rise.")
        assert values(tally, "percent") == sources
        assert conflicts(tally, "percent") == []


# 10. Shares in words: "a third of", "half of", "two-thirds of".


def test_shares_in_words_are_percents():
    assert read("Castlegate gets a third of its revenue from Europe.") == [("percent", "33%", "a third")]
    text = ("Nearly half of all staff, two-thirds of voters, about a quarter of the workforce, "
            "three quarters of its customers and a fifth of the warehouses.")
    assert [(v, t) for _k, v, t in read(text)] == [
        ("50%", "Nearly half"), ("67%", "two-thirds"), ("25%", "about a quarter"),
        ("75%", "three quarters"), ("20%", "a fifth")]


def test_a_share_in_words_supports_its_percent_and_conflicts_with_another():
    tally = tally_of("Castlegate gets a third of its revenue from Europe.",
                     "Castlegate gets 33% of its revenue from Europe.")
    assert values(tally, "percent") == [("33%", ("s1", "s2"))]
    tally = tally_of("Castlegate gets a third of its revenue from Europe.",
                     "Castlegate gets 40% of its revenue from Europe.")
    assert conflicts(tally, "percent") == [[("33%", ("s1",)), ("40%", ("s2",))]]
    tally = tally_of("Castlegate gets two-thirds of its revenue from Europe.",
                     "Castlegate gets 66% of its revenue from Europe.")
    assert conflicts(tally, "percent") == []


def test_halves_and_quarters_that_are_no_share():
    text = ("In the second half of the season the other half of the team left within a quarter "
            "of an hour, for a third time.")
    assert read(text) == []
    assert read("Half of the 12 victims were children.") == [
        ("percent", "50%", "Half"), ("count", "12", "12 victims")]


def test_in_after_a_number_that_is_no_share():
    assert read("One in three people said no, and five people were hurt.") == [
        ("percent", "33%", "One in three"), ("count", "5", "five people")]
    assert ("count", "2", "two attacks") in read("Gunmen killed 12 in two attacks.")
    assert read("It happens one in five years.") == [("duration", "5 years", "five years")]


# 8. Prices in pence, and cents.


def test_prices_in_pence_and_cents_are_money():
    assert read("Castlegate shares fell 3.1% to 212.40p in early London trading.") == [
        ("percent", "3.1%", "3.1%"), ("money", "212.4p", "212.40p")]
    assert read("The shares fell to 212p, or £2.12.") == [("money", "212p", "212p"),
                                                          ("money", "£2.12", "£2.12")]
    assert read("A stamp costs 50 pence.") == [("money", "50p", "50 pence")]
    assert read("The dividend doubled to 8c a share, from 4 cents.") == [
        ("money", "8c", "8c"), ("money", "4c", "4 cents")]


def test_two_share_prices_in_pence_conflict_and_cents_spellings_agree():
    tally = tally_of("Castlegate said its shares fell 3.1% to 212.40p.",
                     "Castlegate said its shares fell 3.1% to 221.40p.")
    assert conflicts(tally, "money") == [[("212.4p", ("s1",)), ("221.4p", ("s2",))]]
    tally = tally_of("The dividend doubled to 8c a share.", "The dividend doubled to 8 cents a share.")
    assert values(tally, "money") == [("8c", ("s1", "s2"))]


def test_a_p_or_c_that_is_no_penny_or_cent():
    assert read("The shares fell to 212p.") == []  # no pounds written: not known to be pence
    assert read("A 1080p screen costs £300.") == [("money", "£300", "£300")]
    assert read("Temperatures hit highs of 30c, and a fan costs $5.") == [("money", "$5", "$5")]
    assert read("The page 12p note, at 4p.m., cost $5.")[-1] == ("money", "$5", "$5")
    assert read("They raised it 8 per cent.") == [("percent", "8%", "8 per cent")]


# 9. Basis points and fractions of a point are percentage points.


def test_basis_points_are_hundredths_of_a_percentage_point():
    assert read("The Bank of England cut rates by 25 basis points to 4.5%.") == [
        ("percent", "0.25 pp", "25 basis points"), ("percent", "4.5%", "4.5%")]
    assert [(v, t) for _k, v, t in read("It cut by 25bp, then 50 bps, in a 25-basis-point move.")] == [
        ("0.25 pp", "25bp"), ("0.5 pp", "50 bps"), ("0.25 pp", "25-basis-point")]


def test_fractions_of_a_point_in_words():
    text = ("It cut by a quarter of a point, then half a percentage point, then a quarter-point, "
            "then three-quarters of a percentage point, then about a quarter of a point.")
    assert [(v, t) for _k, v, t in read(text)] == [
        ("0.25 pp", "a quarter of a point"), ("0.5 pp", "half a percentage point"),
        ("0.25 pp", "a quarter-point"), ("0.75 pp", "three-quarters of a percentage point"),
        ("0.25 pp", "about a quarter of a point")]


def test_one_cut_in_basis_points_percentage_points_and_words_is_one_fact():
    tally = tally_of("The Bank of England cut rates by 25 basis points to 4.5%.",
                     "The Bank of England cut rates by 0.25 percentage points to 4.5 per cent.",
                     "The Bank of England cut rates by a quarter of a point to 4.5%.",
                     "The Bank of England cut rates by 25bp to 4.5%.")
    assert values(tally, "percent") == [("0.25 pp", ("s1", "s2", "s3", "s4")),
                                        ("4.5%", ("s1", "s2", "s3", "s4"))]
    tally = tally_of("The operating margin narrowed by 1.4 percentage points.",
                     "The operating margin narrowed by 140 basis points.")
    assert values(tally, "percent") == [("1.4 pp", ("s1", "s2"))]


def test_two_cuts_in_basis_points_conflict():
    tally = tally_of("The Bank of England cut rates by 25 basis points.",
                     "The Bank of England cut rates by 50 basis points.")
    assert conflicts(tally, "percent") == [[("0.25 pp", ("s1",)), ("0.5 pp", ("s2",))]]


def test_points_that_are_no_percentage_points():
    assert read("The chess player leads by half a point.") == []
    assert read("He won a half-point lead.") == []
    assert read("The index fell 25 points.") == []
    assert read("It bought 25 BP shares.") == [("count", "25", "25 BP shares")]


# 10. Common business spellings.


def test_pc_is_per_cent():
    assert read("Revenue rose 12pc in the quarter.") == [("percent", "12%", "12pc")]
    tally = tally_of("Castlegate said revenue rose 12pc.", "Castlegate said revenue rose 21pc.",
                     "Castlegate said revenue rose 12 per cent.")
    assert conflicts(tally, "percent") == [[("12%", ("s1", "s3")), ("21%", ("s2",))]]
    assert read("The firm sold 12 PC monitors.") == [("count", "12", "12 PC monitors")]


def test_currency_codes_before_and_us_dollars_after():
    assert [(v, t) for _k, v, t in read(
        "Revenue was USD 4.2 billion, or EUR 3.9bn, and GBP 310m in Britain.")] == [
        ("$4.2 billion", "USD 4.2 billion"), ("€3.9 billion", "EUR 3.9bn"), ("£310 million", "GBP 310m")]
    assert read("Revenue was 4.2 billion US dollars.") == [
        ("money", "$4.2 billion", "4.2 billion US dollars")]
    assert read("Umsatz im dritten Quartal: 4,2 Mrd. US-Dollar.") == [
        ("money", "$4.2 billion", "4,2 Mrd. US-Dollar")]
    tally = tally_of("Castlegate posted third-quarter revenue of $4.2bn.",
                     "Castlegate posted third-quarter revenue of USD 4.2 billion.",
                     "Castlegate posted third-quarter revenue of 4.2 billion US dollars.")
    assert values(tally, "money") == [("$4.2 billion", ("s1", "s2", "s3"))]


def test_letters_that_are_no_currency_code():
    assert read("The RUSD 4 token fell.") == []
    assert read("It sold 4 US troops' kits.") == []


def test_a_vote_in_words_is_the_vote_in_digits():
    assert read("The committee voted seven to two for the cut.") == [("vote", "7-2", "seven to two")]
    assert read("The court ruled narrowly five to four.") == [("vote", "5-4", "five to four")]
    tally = tally_of("The Monetary Policy Committee voted 7-2 for the cut.",
                     "The Monetary Policy Committee voted seven to two for the cut.",
                     "The Monetary Policy Committee split seven to two on the cut.")
    assert values(tally, "vote") == [("7-2", ("s1", "s2", "s3"))]


def test_numbers_in_words_after_a_verb_of_voting_that_are_no_vote():
    assert read("They voted two to three times.") == []
    assert read("Prices went from seven to nine.") == []
    assert [k for k, _v, _t in read("The group split two to three ways.")] == ["count"]


# 16. A number in a name.


def test_a_number_in_a_name_is_no_count():
    assert read("Castlegate, the FTSE 100 logistics group, said so.") == []
    assert read("It became a Fortune 500 company, one of the S&P 500 companies.") == []
    tally = tally_of("The FTSE 100 logistics group will cut 1,200 jobs.",
                     "The FTSE 100 logistics group will cut 1,200 jobs.")
    assert values(tally, "count") == [("1200", ("s1", "s2"))]


def test_counts_after_capitals_that_are_no_name():
    assert read("URGENT: CASTLEGATE TO CUT 1,200 JOBS") == [("count", "1200", "1,200 JOBS")]
    assert read("The US sent 300 troops.") == [("count", "300", "300 troops")]
    assert read("Castlegate will cut 1,200 jobs.") == [("count", "1200", "1,200 jobs")]


def test_a_percent_with_a_minus_sign_is_read():
    assert read("Castlegate shares fell -3.1% on Thursday.") == [("percent", "3.1%", "3.1%")]
    tally = tally_of("Castlegate said its shares fell -3.1% on Thursday.",
                     "Castlegate said its shares fell 3.1% on Thursday.")
    assert values(tally, "percent") == [("3.1%", ("s1", "s2"))]
    assert read("It hit -5 degrees and 14-15%.") == [("percent", "14–15%", "14-15%")]


# 10. Periods a company reports on: quarters, halves, fiscal years.


def dates_of(text: str) -> list[tuple[str, str | None, str]]:
    source = source_from_text("Story\n\n" + text, id="s")
    return [(f.value, f.qualifier, source.text[f.start:f.end]) for f in extract_source(source)
            if f.kind == "date"]


def test_quarters_halves_and_fiscal_years_are_read_as_parts_of_a_year():
    assert dates_of("Revenue rose in Q3 2026, as in the third quarter of 2026.") == [
        ("2026", "Q3", "Q3 2026"), ("2026", "Q3", "third quarter of 2026")]
    assert dates_of("Sales fell in H1 2026 and in the second half of 2025.") == [
        ("2026", "H1", "H1 2026"), ("2025", "H2", "second half of 2025")]
    assert dates_of("It raised its FY2025 guidance; for fiscal 2026 it sees more.") == [
        ("2025", "FY", "FY2025"), ("2026", "FY", "fiscal 2026")]
    assert dates_of("Revenue rose in 2026 and won Q3 25 awards.") == [("2026", None, "2026")]


def test_figures_of_two_quarters_are_no_conflict():
    for a, b in (("Q3 2026", "Q4 2026"), ("the third quarter of 2026", "the fourth quarter of 2026")):
        tally = tally_of(f"Castlegate revenue was $4.2bn in {a}.", f"Castlegate revenue was $4.4bn in {b}.")
        assert conflicts(tally, "money") == [], a
    tally = tally_of("Castlegate revenue was $4.2bn in Q3 2026.",
                     "Castlegate revenue was $4.4bn in the third quarter of 2026.")
    assert conflicts(tally, "money") == [[("$4.2 billion", ("s1",)), ("$4.4 billion", ("s2",))]]
    assert values(tally, "date") == [("2026", ("s1", "s2"))]


def test_one_figure_of_two_fiscal_years_shows_the_years_in_conflict():
    tally = tally_of("Castlegate raised its FY2025 revenue guidance to $16.5bn.",
                     "Castlegate raised its FY2026 revenue guidance to $16.5bn.")
    assert conflicts(tally, "date") == [[("2025", ("s1",)), ("2026", ("s2",))]]
