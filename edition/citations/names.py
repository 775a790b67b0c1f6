"""Personal names in notes: lists of authors or editors, turned to "Family, Given"."""

from __future__ import annotations

import re

from .conventions import conventions

ETAL = re.compile(r",?\s*\b(?:i\.a\.|et al\.?)", re.I)
EDITOR_MARK = re.compile(r",?\s*\(?\b(eds?)\b\.?\)?,?\s*$", re.I)
FOREWORD = re.compile(r",?\s*with (?:a )?(?:forward|foreword|preface) (?:of|by) .*$", re.I)
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*[\w'’\-]*|Jr\.?)$")


def looks_like_names(text: str) -> bool:
    """A list of personal names: capitalised words and initials, joined by 'and', ',', '/'."""
    text = FOREWORD.sub("", ETAL.sub("", text)).strip(" ,.")
    if not text:
        return False
    tokens = re.split(r"\s+|/|,", text)
    tokens = [t for t in tokens if t and t.lower() not in ("and", "&", "with", "eds", "ed", "(eds)",
                                                         "(eds.)", "(ed.)", "eds.", "ed.")]
    epithets = {w.lower() for w in conventions()["name_epithets"]}  # "Dumas fils"
    return bool(tokens) and len(tokens) <= 12 and all(NAME_TOKEN.match(t) or t in epithets for t in tokens)


# A two-part name that starts with a common Chinese family name (conventions.yml) and does
# not end with one is written family name first ("Niu Jun", "Zhao Ziyang"), while "Xiaoming
# Zhang" is in Western order.
CHINESE_FAMILY_NAMES = frozenset(conventions()["chinese_family_names"])
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|"
             r"an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|ü)")
PINYIN_NAME = re.compile(rf"(?:{_SYLLABLE}(?:-|')?){{1,3}}", re.I)  # a given name in pinyin: "Ziyang", "Xiao-ping"


IBERIAN_GIVEN = frozenset(conventions()["iberian_given_names"])
IBERIAN_GIVEN_ANYWHERE = IBERIAN_GIVEN | frozenset(conventions()["iberian_middle_given_names"])


def _iberian_family_names(parts: list[str]) -> bool:
    """'José Calvo Tello': a Spanish or Portuguese given name, then two family names (conventions.yml)."""
    return len(parts) == 3 and parts[0] in IBERIAN_GIVEN and parts[1] not in IBERIAN_GIVEN_ANYWHERE \
        and re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñüç'’-]+", parts[1]) is not None


HONORIFIC = re.compile("^(?:" + "|".join(re.escape(w) for w in sorted(conventions()["honorifics"], key=len, reverse=True))
                       + r")\s+")


_BODY = "|".join(re.escape(w) for w in sorted(conventions()["public_bodies"], key=len, reverse=True))
_WORD = r"[A-Z][\w'’.&-]*"
# "Office of the Historian", "Department of State", "U.S. Department of State", "Western Reserve Historical
# Society", "Ministry of Foreign Affairs": a body's word, with "of" and the body's other capitalised words.
CORPORATE = re.compile(rf"^(?:The\s+)?(?:{_WORD}\s+){{0,4}}(?:{_BODY})"
                       rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_WORD}(?:\s+(?:(?:and|of|the|for|on)\s+)*{_WORD}){{0,5}})?$")


def is_corporate(text: str) -> bool:
    """A body's name printed in an author's place: a word of conventions.yml public_bodies among its words
    (without "of", never after an initial: "John W. Office" is a person)."""
    text = text.strip(" ,.")
    return bool(CORPORATE.match(text)) and (" of " in text or not re.search(r"\b[A-Z]\.", text))


def invert(name: str) -> str:
    """'Sergey Radchenko' -> 'Radchenko, Sergey'; 'A.M.Aleksandrov-Agentov' -> 'Aleksandrov-Agentov, A.M.'."""
    from .modern import inverted  # a body's name, a name with its suffix (modern.py)
    special = inverted(name, invert)
    if special:
        return special
    name = name.strip(" ,.") if not name.strip().endswith(".") or " " in name.strip() else name.strip()
    name = name.strip(" ,")
    while (title := HONORIFIC.match(name)) and len(name.split()) > len(title.group(0).split()):
        name = name[title.end():]  # "Mr. Lecky", "Sir Herbert Maxwell": the name without the honorific
    if "," in name:  # already "Family, Given"
        family, given = (part.strip() for part in name.split(",", 1))
        return f"{family}, {given}"
    glued = re.match(r"^((?:[A-Z]\.)+)([A-Z][\w'’\-]+)$", name)  # A.M.Aleksandrov-Agentov
    if glued:
        return f"{glued.group(2)}, {glued.group(1)}"
    parts = name.split()
    if len(parts) == 1:
        return parts[0]
    if any(part.lower() in {w.lower() for w in conventions()["name_epithets"]} for part in parts):
        return name  # "Dumas fils", "Fils Adoptif": a name with its epithet, as printed
    if len(parts) == 2 and parts[0].lower() in {p.lower() for p in conventions()["name_particles"]}:
        return name  # "De Wette", "Van Buren" cited alone: a family name with its particle, no given name

    if len(parts) == 2 and parts[0] in CHINESE_FAMILY_NAMES and parts[1] not in CHINESE_FAMILY_NAMES \
            and PINYIN_NAME.fullmatch(parts[1]):  # "Bo Yibo", not "Bo Rothstein"
        return f"{parts[0]}, {parts[1]}"
    if _iberian_family_names(parts):
        return f"{parts[1]} {parts[2]}, {parts[0]}"
    return f"{parts[-1]}, {' '.join(parts[:-1])}"


def split_names(text: str) -> tuple[list[str], bool, bool]:
    """Return (names as "Family, Given", editors?, et al.?)."""
    etal = bool(ETAL.search(text))
    text = FOREWORD.sub("", ETAL.sub("", text)).strip(" ,.")
    text = re.sub(r",?\s+with\s+(?=[A-Z])", " and ", text)  # "Pantsov, with Steven I. Levine": a co-author
    editors = bool(EDITOR_MARK.search(text))
    text = EDITOR_MARK.sub("", text).strip(" ,")
    # "Westad, Odd Arne" or "Zhang, Shu Guang": one inverted name
    if re.fullmatch(r"[A-Z][\w'’\-]+, (?:[A-Z][\w'’\-.]*\s?)+", text) and " and " not in text \
            and text.count(",") == 1 and len(text.split(",")[0].split()) == 1:
        return [invert(text)], editors, etal
    parts = [p for p in re.split(r"\s*(?:,\s*and\s+|\s+and\s+|/|,\s*|&)\s*", text) if p.strip()]
    from .modern import join_name_parts  # "Brooks, Jr.", "Western Electric, Inc.", "S,E, James" (modern.py)
    parts = join_name_parts(parts)
    return [invert(p) for p in parts], editors, etal


def trailing_names(text: str) -> str:
    """The longest end of `text` that is a list of names: 'More on this in Vladislav Zubok' -> 'Vladislav Zubok'."""
    text = text.strip(" ,.:")
    words = text.split(" ")
    for index in range(len(words)):
        tail = " ".join(words[index:])
        if tail and tail[0].isupper() and looks_like_names(tail):
            return tail
    return ""


def family(name: str) -> str:
    return name.split(",")[0].strip()
