"""Arabic names as chains of descent: "Mohammed bin Zayed Al Nahyan" is Mohammed, son of
Zayed, of the Al Nahyan. The father's name tells apart cousins who share a given name and a
family ("Mohammed bin Hamad bin Tahnoon Al Nahyan"), and a son whose name ends in his
father's ("Dhiab bin Mohammed bin Zayed Al Nahyan") is not his father. Helpers of
:mod:`.names` and :mod:`.offices`.
"""

from __future__ import annotations

import re

__all__ = ["PATRONYMICS", "ARTICLED", "father_of"]

# the words that open a father's name
PATRONYMICS = {"bin", "ibn", "bint", "ben", "binti", "ould", "wad"}

# a family name led by an Arabic article ("al-Burhan", "el-Sisi")
ARTICLED = re.compile(r"(?i)(?:al|el|ad|ash|as|at|az|ar|an)-\w")


def father_of(words: list[str]) -> str | None:
    """The father's name a patronymic gives right after the given name, or None.

    >>> father_of("Mohammed bin Zayed Al Nahyan".split())
    'Zayed'
    >>> father_of(["vladimir", "putin"]) is None
    True
    """
    for k, w in enumerate(words[1:-1], start=1):
        if w.lower() in PATRONYMICS:
            return words[k + 1]
    return None
