"""English third-person pronouns by case, one spelling of them for every reader.

Readers build the set they look for from these groups: a subject pronoun opens a clause
("he met"), an owner word stands before a noun ("his visit"), a gendered pronoun can
only point at someone of that gender. Grammar, not data of the field, so kept here like
spaCy's stop words rather than in a table.

>>> "their" in POSSESSIVE and "them" in OBJECT
True
"""

from __future__ import annotations

__all__ = ["SUBJECT", "OBJECT", "POSSESSIVE", "NEUTER", "GENDERED", "PERSONAL"]

SUBJECT = frozenset({"he", "she", "they"})
OBJECT = frozenset({"him", "her", "them"})
#: the determiners only ("his visit"), not "hers"/"theirs"
POSSESSIVE = frozenset({"his", "her", "their"})
NEUTER = frozenset({"it", "its"})
#: every form that tells a person's gender, reflexives and "hers" included
GENDERED = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
#: the personal pronouns of people, every case but the reflexive
PERSONAL = SUBJECT | OBJECT | POSSESSIVE
