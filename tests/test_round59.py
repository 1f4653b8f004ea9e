"""Fifty-ninth round (read parts 116 and 117 after listing them in tuned.txt). Who: an outlet called by a title
("The National") is not the start of a longer name the text writes in capitals ("the National Defense Ministry
said"), nor its title written in lower case; "witnesses and state radio said", "residents of eastern Harbor Town
said": the speakers are someone no source names, not a source named elsewhere in the number's clause ("a United
Nations campaign"). When: a kidnapping told without the word ("six heavily-armed men ... grabbed 20 people on Sunday
night") dates the story's counts; "tweeted Saturday that" dates a saying, as "said" does. What: "left 200,000 dead
and displaced hundreds of thousands", "left 200 dead and wounded dozens": the dead are a count of their own, the
verb after them has its own count (not "dead and wounded" as one noun, nor a noun "hundreds" the dead would be of).
Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from qz_fixtures import by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "Qzland government"],
    ["un", "United Nations (UN)", "un_agency", "UN"],
    ["the-national-qz", "The National (Harbor Town daily)", "media", "The National"],
    ["qz-watch", "Qzland Watch", "monitoring_ngo", ""],
    ["qz-news-agency", "Qzland News Agency (QNA)", "media", "the state news agency"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


def test_a_title_outlet_is_not_the_start_of_a_longer_name():
    text = ("Six soldiers killed in border attack\n\n"
            "Six soldiers were killed in an attack near Millbrook, the National Defense Ministry said on Saturday.\n")
    got = draft(text, published="2031-05-10")
    assert got["Six"]["claimant"] != "the-national-qz", got["Six"]["why"]
    # (nor the title's words in lower case: "the national newspaper")
    got = draft(text.replace("the National Defense Ministry said", "the national newspaper Harbor Post reported"),
                published="2031-05-10")
    assert got["Six"]["claimant"] != "the-national-qz", got["Six"]["why"]
    # (a name the table itself writes in lower case is one: "the state news agency reported")
    got = draft(text.replace("the National Defense Ministry said", "the state news agency reported"),
                published="2031-05-10")
    assert got["Six"]["claimant"] == "qz-news-agency", got["Six"]["why"]
    # (the outlet by its own name still speaks: "The National reported")
    got = draft(text.replace("the National Defense Ministry said", "The National reported"), published="2031-05-10")
    assert got["Six"]["claimant"] == "the-national-qz", got["Six"]["why"]


def test_unnamed_speakers_of_the_sentence_are_not_a_source_named_in_its_clause():
    text = ("Riots in Harbor Town\n\n"
            "At least eight people have died in three days of riots in Harbor Town sparked by fighters angered by a "
            "United Nations campaign to disarm them, witnesses and state radio said on Wednesday.\n")
    got = draft(text, published="2031-12-10")
    assert got["At least eight"]["claimant"] == "", got["At least eight"]["why"]
    # (the same sentence with a source as its speaker keeps it)
    got = draft(text.replace("witnesses and state radio said", "Qzland Watch said"), published="2031-12-10")
    assert got["At least eight"]["claimant"] == "qz-watch", got["At least eight"]["why"]


def test_residents_of_a_place_are_unnamed_speakers():
    text = ("Clashes in Harbor Town\n\n"
            "Six former soldiers were killed in gunbattles with peacekeepers of the United Nations overnight, "
            "residents of eastern Harbor Town said.\n")
    got = draft(text, published="2031-12-10")
    assert got["Six"]["claimant"] == "", got["Six"]["why"]


def test_a_kidnapping_told_without_the_word_dates_the_story():
    text = ("Search for hostages\n\n"
            "A search is under way after six heavily-armed men stole onto a diving resort off Harbor Town on Sunday "
            "night and grabbed 20 people.\n\n"
            "Not as lucky were two teachers, three engineers and eight fishermen.\n")
    got = draft(text, published="2031-04-22")  # a Tuesday: Sunday is 20 April
    for reported in ("two", "three", "eight"):
        assert got[reported]["period_end"] == "2031-04-20", (reported, got[reported]["why"])


def test_a_day_before_tweeted_dates_the_saying():
    text = ("Attack on Harbor Town\n\nGunmen attacked a market in Harbor Town on Friday.\n\n"
            "Qzland Watch tweeted Saturday that five people were killed in the attack.\n")
    got = draft(text, published="2031-03-17")  # a Monday
    assert got["five"]["period_end"] == "2031-03-14", got["five"]["why"]
    assert got["five"]["claimant"] == "qz-watch", got["five"]["why"]


@pytest.mark.parametrize("text, first, second", [
    ("The wars, which have since 1989 left more than 200 000 dead and displaced hundreds of thousands, ended.",
     ("more than 200 000", "killed"), ("hundreds of thousands", "displaced")),
    ("The fighting has left 200 dead and displaced scores.", ("200", "killed"), ("scores", "displaced")),
    ("The fighting has left 200 dead and wounded dozens.", ("200", "killed"), ("dozens", "injured")),
    ("The fighting has left more than 2,000 dead and wounded 3,000.", ("more than 2,000", "killed"),
     ("3,000", "injured")),
])
def test_the_dead_then_a_verb_with_its_own_count(text, first, second):
    got = by_value(text)
    for reported, metric in (first, second):
        assert reported in got, (reported, sorted(got))
        assert got[reported].metric == metric, (reported, got[reported].metric, got[reported].reading)


def test_the_dead_and_wounded_together_stay_one_count():
    got = by_value("The clashes left more than 450 dead and wounded, officials said.")
    assert got["more than 450"].metric == "casualties", got["more than 450"].reading
    got = by_value("Two military and security sources said five soldiers were killed.")
    assert "Two" not in got, sorted(got)  # (a noun not counted after "and": the sources, as before)
