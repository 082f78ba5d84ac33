"""Places known to be one of a kind: countries and US states, as the words reader folds them.

Two places named beside two figures are known to be two places only when nothing says one may be
inside the other: "Texas" and "Oklahoma" (two states), "Mexico" and "Canada" (two countries), but
not "Houston" and "Texas", nor "Texas" and "the U.S." (a state and a country). Names that are
both a country and a state (Georgia) are both.
"""

from __future__ import annotations

COUNTRY = "country"
STATE = "state"

_COUNTRIES = """
afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria,
azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan,
bolivia, bosnia, botswana, brazil, brunei, bulgaria, burkina faso, burundi, cambodia, cameroon,
canada, cape verde, chad, chile, china, colombia, comoros, congo, costa rica, croatia, cuba,
cyprus, czech republic, czechia, denmark, djibouti, dominica, dominican republic, ecuador, egypt,
el salvador, eritrea, estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia, georgia,
germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti, honduras, hungary, iceland,
india, indonesia, iran, iraq, ireland, israel, italy, jamaica, japan, jordan, kazakhstan, kenya,
kiribati, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya,
liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives, mali, malta,
mauritania, mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro, morocco,
mozambique, myanmar, namibia, nauru, nepal, netherlands, new zealand, nicaragua, niger, nigeria,
north korea, north macedonia, norway, oman, pakistan, palau, panama, papua new guinea, paraguay,
peru, philippines, poland, portugal, qatar, romania, russia, rwanda, samoa, san marino,
saudi arabia, senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia,
solomon islands, somalia, south africa, south korea, south sudan, spain, sri lanka, sudan,
suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, togo, tonga,
trinidad, tunisia, turkey, turkmenistan, tuvalu, uganda, ukraine, united arab emirates,
u.s., uk, britain, great britain, united kingdom, uruguay, uzbekistan, vanuatu, venezuela,
vietnam, yemen, zambia, zimbabwe
"""
_STATES = """
alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida,
georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland,
massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada,
new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio, oklahoma,
oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah,
vermont, virginia, washington, west virginia, wisconsin, wyoming
"""


def _names(text: str) -> frozenset[str]:
    return frozenset(" ".join(name.split()) for name in text.split(","))


_LEVELS: dict[str, frozenset[str]] = {}
for _level, _text in ((COUNTRY, _COUNTRIES), (STATE, _STATES)):
    for _name in _names(_text):
        _LEVELS[_name] = _LEVELS.get(_name, frozenset()) | {_level}


def levels(name: str) -> frozenset[str]:
    """What a place name (its folded words joined by spaces: "new mexico", "u.s.") is known to
    be: {"country"}, {"state"}, both (georgia), or nothing."""
    return _LEVELS.get(name, frozenset())
