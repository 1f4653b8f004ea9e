"""Twenty-eighth round (read parts 52-53 after listing them in tuned.txt): a count's own verb after an aside of
its parts ("26 others -- 21 men and five women -- were injured", "another 34 civilians, 16 of them women, were
wounded"), "another" as a count beside the one before, not a part of it, and suspects not caught ("still at
large", "on the run", "on the loose"). Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

from qz_fixtures import by_value


def test_the_verb_after_an_aside_in_dashes_is_the_counts_own():
    got = by_value("Nineteen people -- 10 women and nine men -- were confirmed dead, and 26 others -- 21 men and "
                   "five women -- were injured and taken to hospital.")
    assert got["Nineteen"].metric == "killed"
    assert got["26"].metric == "injured"


def test_another_count_beside_a_whole_with_parts_is_no_part_of_it():
    got = by_value("As a result, 7 civilians, 3 of them women, were killed, and another 34 civilians, 16 of them "
                   "women and 6 minors, were severely wounded.")
    assert got["7"].metric == "killed" and got["3"].metric == "killed"
    assert got["34"].metric == "injured" and got["16"].metric == "injured"


def test_an_aside_does_not_take_the_verb_of_the_clause_after_and():
    # the verb after "and" is another clause's: the count keeps the verb before it
    got = by_value("The blast killed 12 people, including three children, and wounded 30 others.")
    assert got["12"].metric == "killed" and got["30"].metric == "injured"


def test_suspects_not_caught_are_other():
    got = by_value("A hit squad of 28 gunmen killed the mayor, police said, adding that eight were still at large.")
    assert got["eight"].metric == "other"
    # (left as it was: a count after "and" takes the verb of the count before, "four others were on the run")


# -- a reviewer's read-through (76 invented sentences): the misfires mended

def test_a_verb_that_governs_the_count_keeps_it_past_an_aside():
    for text, count, part, metric in (
            ("The bomb exploded in a Millbrook market, killing 12 people, eight of them children, wounding 30 "
             "others.", "12", "eight", "killed"),
            ("Gunmen killed 7 civilians, 3 of them women, wounded 12 others and torched 40 homes.", "7", "3", "killed"),
            ("Rebels killed 12 villagers -- most of them women -- abducted 20 others.", "12", None, "killed"),
            ("The storm displaced 8,000 people -- most of them fishermen -- killed 14.", "8,000", None, "displaced")):
        got = by_value(text)
        assert got[count].metric == metric, text
        if part:
            assert got[part].metric == metric, text


def test_another_after_a_closed_aside_is_of_the_wholes_people():
    got = by_value("At least 12 people, including four children, were killed and another 30 were wounded.")
    assert (got["30"].metric, got["30"].population) == ("injured", "all")
    got = by_value("Rebels killed 10 people, including 4 police, while another 6 were abducted.")
    assert (got["6"].metric, got["6"].population) == ("other", "all")
