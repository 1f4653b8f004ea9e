"""The WordNet people nouns: the table the extractor reads, and the builder that writes it, on a
small WordNet-format fixture written for this test."""
from __future__ import annotations

from crosstally import extract as X
from crosstally import lexicon

DATA = """\
  1 This fixture is in the format of WordNet 3.0's data.noun
00000001 03 n 01 entity 0 000 | that which exists
00000002 18 n 01 person 0 001 @ 00000001 n 0000 | a human being
00000003 18 n 01 soldier 0 001 @ 00000002 n 0000 | an enlisted man
00000004 18 n 01 mutineer 0 001 @ 00000003 n 0000 | someone who mutinies
00000005 18 n 01 commuter 0 001 @ 00000002 n 0000 | someone who travels to work
00000006 06 n 01 commuter 0 001 @ 00000001 n 0000 | a ticket
00000007 18 n 01 woman 0 001 @ 00000002 n 0000 | an adult female
00000008 18 n 01 widow 0 001 @ 00000007 n 0000 | a woman whose husband has died
00000009 18 n 01 ferryman 0 001 @ 00000002 n 0000 | a man who operates a ferry
00000010 18 n 01 child 0 001 @ 00000002 n 0000 | a young person
00000011 18 n 02 orphan 0 waif 0 001 @ 00000010 n 0000 | a child without parents
00000012 18 n 01 exile 0 001 @ 00000002 n 0000 | a person expelled from their country
00000013 04 n 01 exile 0 000 | the act of expelling someone
00000014 26 n 01 exile 0 000 | the state of being expelled
00000015 18 n 01 referral 0 001 @ 00000002 n 0000 | a person who is referred
00000016 10 n 01 referral 0 000 | a written recommendation
00000017 04 n 01 watch 0 000 | the act of watching
00000018 18 n 01 watch 0 001 @ 00000002 n 0000 | a person who keeps watch
"""
INDEX = """\
  1 This fixture is in the format of WordNet 3.0's index.noun
child n 1 1 @ 1 0 00000010
commuter n 2 1 @ 2 0 00000005 00000006
exile n 3 1 @ 3 0 00000012 00000013 00000014
ferryman n 1 1 @ 1 0 00000009
mutineer n 1 1 @ 1 0 00000004
orphan n 1 1 @ 1 0 00000011
referral n 2 1 @ 2 0 00000015 00000016
waif n 1 1 @ 1 0 00000011
watch n 2 1 @ 2 0 00000017 00000018
widow n 1 1 @ 1 0 00000008
"""
EXC = "children child\n"


def test_build_keeps_nouns_that_name_only_people_with_their_population(tmp_path):
    (tmp_path / "data.noun").write_text(DATA, encoding="latin-1")
    (tmp_path / "index.noun").write_text(INDEX, encoding="latin-1")
    (tmp_path / "noun.exc").write_text(EXC, encoding="latin-1")
    got = dict(lexicon.build_person_nouns(tmp_path))
    assert got["mutineers"] == "combatants"     # a soldier's kind
    assert got["widows"] == "women"
    assert got["children"] == "children"        # the irregular plural of noun.exc
    assert got["orphans"] == "children" and got["waifs"] == "children"
    assert got["ferrymen"] == "all"             # -man, -men
    assert "commuters" not in got               # a sense that is no person (a ticket): left out
    # the first sense a person, the others an act and a state, which no one counts: "34 exiles"
    assert got["exiles"] == "all"
    assert "referrals" not in got               # also a document, which is counted ("two referrals")
    assert "watches" not in got                 # a person, but not its first sense


def test_main_writes_the_table_atomically(tmp_path, monkeypatch):
    (tmp_path / "data.noun").write_text(DATA, encoding="latin-1")
    (tmp_path / "index.noun").write_text(INDEX, encoding="latin-1")
    target = tmp_path / "out" / "person_nouns.csv"
    target.parent.mkdir()
    monkeypatch.setattr(lexicon, "__file__", str(target.parent / "lexicon.py"))
    assert lexicon.main([str(tmp_path)]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "noun,population" and "mutineers,combatants" in text
    assert not list(target.parent.glob("*.tmp"))
    assert lexicon.main([]) == 2


def test_the_shipped_table_is_read_and_the_extractor_counts_its_nouns():
    nouns = lexicon.person_nouns()
    assert len(nouns) > 5000
    assert nouns["stowaways"] == "all" and nouns["mutineers"] == "combatants"
    assert "guards" not in nouns or X.HEAD_NOUNS["guards"][2] == "combatants"  # the hand lists come first
    got = [(c.span, c.metric) for c in X.extract("Twelve stowaways were found dead and 40 bondsmen freed in Varn.",
                                                 actors=())]
    assert ("Twelve stowaways", "killed") in got
    assert any(span.startswith("40 bondsmen") for span, _ in got)
    # a noun whose first sense is a person and whose others are acts and states (exile, the act)
    assert [(c.span, c.metric) for c in X.extract("Thirty-four Iranian exiles were killed when soldiers stormed "
                                                  "the camp.", actors=())] == [("Thirty-four Iranian exiles", "killed")]
    # a noun with a sense that is no person is not counted by it: "12 models", "five stars"
    assert X.extract("The shop sold 12 models and five stars in Varn.", actors=()) == []
