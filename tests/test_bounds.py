"""Each rule of each bound profile, and the rule-file guard rails."""
import pytest

from crosstally.bounds import ProfileError, get_profile, load_profiles


@pytest.fixture(scope="module")
def std():
    return get_profile("standard-v1")


@pytest.mark.parametrize(
    "qualifier, value, value_max, words, expected",
    [
        ("exact", 370, None, "370", (370, 370)),
        ("about", 50000, None, "about 50,000", (45000, 55000)),
        ("estimated", 250000, None, "an estimated 250,000", (225000, 275000)),
        ("nearly", 140, None, "nearly 140", (126, 140)),
        ("nearly", 400, None, "nearly 400", (360, 400)),
        ("at_least", 120000, None, "at least 120,000", (120000, None)),
        ("more_than", 100, None, "more than 100", (101, None)),
        ("up_to", 100000, None, "up to 100,000", (0, 100000)),
        ("fewer_than", 10, None, "fewer than 10", (0, 9)),
        ("range", 1098, 1450, "between 1,098 and 1,450", (1098, 1450)),
        ("vague", None, None, "dozens", (24, 99)),
        ("vague", None, None, "Hundreds", (200, 999)),
        ("vague", None, None, "tens of thousands", (20000, 99999)),
        ("vague", None, None, "a dozen", (12, 12)),
    ],
)
def test_standard_profile_rules(std, qualifier, value, value_max, words, expected):
    assert std.bounds(qualifier, value, value_max, words) == expected


@pytest.mark.parametrize("words, expected", [("tens", (10, 10)), ("dozens", (12, 12)), ("hundreds", (100, 100))])
def test_acled_conservative_words_are_acled_points(words, expected):
    assert get_profile("acled-conservative-v1").bounds("vague", value_as_reported=words) == expected


def test_wide_profile_is_wider_than_standard(std):
    wide = get_profile("wide-v1")
    for q in ("about", "nearly"):
        lo_s, hi_s = std.bounds(q, 1000)
        lo_w, hi_w = wide.bounds(q, 1000)
        assert lo_w < lo_s and hi_w >= hi_s


def test_open_upper_bound_is_none_not_a_sentinel(std):
    low, high = std.bounds("at_least", 5)
    assert high is None


def test_default_profile_and_descriptions():
    default, profiles = load_profiles()
    assert default == "standard-v1"
    assert set(profiles) == {"standard-v1", "acled-conservative-v1", "wide-v1"}
    assert all(p.description for p in profiles.values())


def test_unknown_profile_and_unknown_words_are_errors(std):
    with pytest.raises(ProfileError, match="unknown bound profile"):
        get_profile("no-such-profile")
    with pytest.raises(ProfileError, match="no rule for the vague words"):
        std.bounds("vague", value_as_reported="a great many")
    with pytest.raises(ProfileError, match="needs a number"):
        std.bounds("about", None)


def test_rule_expressions_cannot_run_code(tmp_path):
    bad = tmp_path / "p.yaml"
    rules = "\n".join(f"      {q}: {{low: 'N', high: 'N'}}" for q in
                      ("exact", "about", "estimated", "nearly", "at_least", "more_than", "up_to", "fewer_than", "range"))
    bad.write_text("default: x\nprofiles:\n  x:\n    description: t\n    qualifiers:\n" + rules.replace(
        "about: {low: 'N'", "about: {low: '__import__(\"os\")'") + "\n")
    # refused when the file is read, at the rule's line, before any figure needs it
    with pytest.raises(ProfileError, match=r"p\.yaml:7:\d+: rule .*only numbers"):
        get_profile(None, bad)


def test_a_range_without_its_second_number_is_an_error(std):
    with pytest.raises(ProfileError, match="needs a second number"):
        std.bounds("range", 1098)
