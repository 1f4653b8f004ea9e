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
