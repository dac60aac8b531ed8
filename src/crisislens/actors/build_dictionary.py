"""Generate ``data/dictionary.tsv``: the dated actor dictionary, from PETRARCH-2's actor files.

Why a generator: PETRARCH-2's Phoenix.Countries, Phoenix.International and
Phoenix.MilNonState actor files (MIT, Open Event Data Alliance) hold tens of
thousands of people, bodies and armed groups with date-restricted codes
(``[USAGOV 20090120-20170120]``), in a TABARI format with underscores for spaces,
``+`` alias lines and codes either inline or on the next lines. The product must
not read /work/shared at run time, so this script turns them once into one TSV
the package ships: one row per actor, its names pre-tokenised into the folded
token keys the resolver looks up (so loading needs no tokenizer), its codes with
8-digit dates, and the file it came from. Re-run it when a source changes:

    python -m crisislens.actors.build_dictionary [/path/to/shared/reference/petrarch2]

Malformed date ranges (``2004017-20061201``) are kept as written and listed on
stderr; the loader reports them again and never uses them as a restriction.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).with_name("data")
DEFAULT_REF = Path("/work/shared/reference/petrarch2")
FILES = (
    ("Countries", "petrarch2_Phoenix.Countries.actors.txt"),
    ("International", "petrarch2_Phoenix.International.actors.txt"),
    ("MilNonState", "petrarch2_Phoenix.MilNonState.actors.txt"),
)
CODE = re.compile(r"\[([A-Z~\-]+)((?:\s+[<>]?\d+(?:-\d*)?)?)\s*\]")
# PETRARCH-2 writes YYMMDD or YYYYMMDD; two-digit years below this pivot are 20xx (its own rule)
CENTURY_PIVOT = 30


@dataclass
class Block:
    """One dictionary entry as read: its head name, aliases and raw codes."""

    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    person: bool = False


def pretty(raw: str) -> str:
    """``BARACK_H._OBAMA_`` -> ``Barack H. Obama`` (a display name, not a key)."""
    words = [w for w in raw.replace("_", " ").split() if w]
    return " ".join(w if _keep_case(w) else w[:1] + w[1:].lower() for w in words)


def _keep_case(word: str) -> bool:
    """Digits and dotted abbreviations ("U.S.", "U.N.") keep their case; "MR." becomes "Mr."."""
    return any(c.isdigit() for c in word) or "." in word.rstrip(".")


def full_date(raw: str) -> str | None:
    """A 6- or 8-digit PETRARCH date as YYYYMMDD, else None (malformed)."""
    if len(raw) == 8 and raw.isdigit():
        return raw
    if len(raw) == 6 and raw.isdigit():
        yy = int(raw[:2])
        return f"{2000 + yy if yy < CENTURY_PIVOT else 1900 + yy}{raw[2:]}"
    return None


def norm_range(raw: str) -> tuple[str, bool]:
    """``>090120`` -> ``20090120-``; ``<061231`` -> ``-20061231``; ``a-b`` both dates.
    Returns (range, ok); a malformed range is returned as written with ok False."""
    raw = raw.strip()
    if not raw:
        return "", True
    if raw[0] in "<>":
        d = full_date(raw[1:])
        return ((f"{d}-" if raw[0] == ">" else f"-{d}") if d else raw), d is not None
    start, _, end = raw.partition("-")
    ds, de = full_date(start), full_date(end) if end else ""
    if ds is None or de is None:
        return raw, False
    return f"{ds}-{de}", True


def parse_file(path: Path) -> list[Block]:
    """Entries of one TABARI actor file, in order."""
    blocks: list[Block] = []
    cur: Block | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _, comment = line.partition("#")
        if not body.strip():
            continue
        if body.startswith("+") and cur is not None:
            cur.aliases.append(CODE.split(body[1:])[0].strip())
            cur.codes.extend(_codes(body))
        elif body[:1] in (" ", "\t", "[") and cur is not None:
            cur.codes.extend(_codes(body))
        elif cur is not None and not cur.codes and "[" not in body:
            # heads with no codes of their own share the next code lines (TABARI synonym group:
            # MIKHAIL_GORBACHEV_ ... EX-SOVIET_PRESIDENT_MIKHAIL_GORBACHEV ... [RUSGOV ...])
            cur.aliases.append(body.strip())
        else:
            head = body.split("[", 1)[0].strip()
            cur = Block(head, person="CountryInfo" in comment)
            cur.codes.extend(_codes(body))
            blocks.append(cur)
    return blocks


def _codes(text: str) -> list[str]:
    return [f"{c} {r.strip()}".strip() for c, r in CODE.findall(text)]


# "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_": PETRARCH-2 writes a group's acronym after its name
PAREN = re.compile(r"^(?P<name>.+?)_?\((?P<inner>[^()]*)\)_?$")


def keys_of(names: list[str]) -> list[str]:
    """Folded token keys of names (the same tokenizer and folding as the resolver); a name
    written "NAME_(INNER)_" gives the name alone too, and the head name (``names[0]``, the
    entry's own) its acronym, as news writes them."""
    from crisislens.actors.gazetteer import phrase_key

    out: list[str] = []
    for n in [x for i, name in enumerate(names) for x in _variants(name, acronym=i == 0)]:
        k = " ".join(phrase_key(pretty(n) if "_" in n or n.isupper() else n))
        if k and k not in out:
            out.append(k)
    return out


def _variants(name: str, acronym: bool) -> list[str]:
    """The name as written, the name without its parenthesis, and the parenthesis when it is
    the name's acronym: four to six capitals that are initials of the name's words, in order
    ("(LTTE)" of Liberation Tigers of Tamil Eelam; not "(GREECE)", "(NATION)"). Only the head
    name's: PETRARCH-2 lists other groups' names among a group's aliases ("(PLA)" under INLA)."""
    m = PAREN.match(name.strip())
    if m is None:
        return [name]
    inner, bare = m.group("inner").strip("_ "), m.group("name").strip("_ ")
    out = [name]
    if "_" in bare:  # "EPA_(EJERCITO_DEL_PUEBLO_EN_ARMAS)_": a bare acronym is another agency's too
        out.append(bare + "_")
    if acronym and inner.isalpha() and inner.isupper() and 4 <= len(inner) <= 6 and _initials_of(inner, bare):
        out.append(inner)  # four letters at least: three-letter ones are other bodies' too (ANA, ISA)
    return out


def _initials_of(acronym: str, name: str) -> bool:
    """The acronym's letters are the first letters of the name's words, in order, the first
    word's first (small words may be skipped: "of", "for the")."""
    initials = [w[0] for w in re.split(r"[_\s\-]+", name.upper()) if w]
    if not initials or initials[0] != acronym[0]:
        return False
    it = iter(initials)
    return all(any(c == i for i in it) for c in acronym)


def state_renames(path: Path = DATA / "petrarch_states.tsv") -> dict[str, str]:
    """PETRARCH-2 country codes that are not the ISO 3166-1 alpha-3 code FORMAT.md asks for
    (KSV -> XKX), from the package's data: the loader then sees an ISO state it knows."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return dict(ln.split("\t")[:2] for ln in lines[1:])


def iso_code(code: str, renames: dict[str, str]) -> str:
    """``KSVGOVLEG`` -> ``XKXGOVLEG``: only the country head is renamed, so a code that merely
    holds the letters further on (``YUGKSV``, Yugoslavia's Kosovo agent) keeps them."""
    head = code[:3]
    return renames[head] + code[3:] if head in renames else code


def rows_for(blocks: list[Block], source: str, problems: list[str]) -> list[list[str]]:
    """TSV rows: name, kind hint, keys, codes, source. State-name entries (a bare country
    code and nothing else) are left to states.tsv."""
    out = []
    renames = state_renames()
    for b in blocks:
        codes = []
        for c in b.codes:
            code, _, rng = c.partition(" ")
            code = iso_code(code, renames)
            norm, ok = norm_range(rng)
            if not ok:
                problems.append(f"{source}: {b.name}: malformed date range [{c}] kept as written")
            codes.append(f"{code} {norm}".strip())
        if not codes or all(re.fullmatch(r"[A-Z]{3}", c) for c in codes):
            continue
        kind = "person" if b.person else "-"
        keys = keys_of([b.name, *b.aliases])
        if keys:
            out.append([pretty(b.name), kind, "|".join(keys), ";".join(dict.fromkeys(codes)), source])
    return out


AGENT = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")
# Agent codes kept as sectors: CAMEO's actor roles. Religions (MUS, CHR, ...), "people" (PPL) and
# radicals (RAD) describe rather than act, and FORMAT.md has no sector for them.
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "MED", "BUS", "EDU", "HLH", "LAB", "REF",
    "AGR", "CRM", "SPY", "UAF", "ELI", "PTY", "NGO", "HRI", "ENV", "DEV",
}
# PETRARCH-2 macros inside agent phrases, expanded as its reader does
MACROS = {"!MINIST!": ["minister", "ministry"], "!PERSON!": ["man", "men", "woman", "women", "person", "people"]}


def agent_rows(path: Path) -> list[list[str]]:
    """Agent phrases of Phoenix.agents.txt: key, variants (with regular and listed plurals), sector,
    the full agent code. Phrases with digits (weapon models) or other macros are left out."""
    from crisislens.actors.gazetteer import plural

    rows: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = AGENT.match(line.split("#")[0].strip())
        if not m or any(c.isdigit() for c in m.group("phrase")) or m.group("code")[:3] not in SECTORS:
            continue
        for phrase in _expand(m.group("phrase")):
            if "!" in phrase or len(phrase) < 3:
                continue
            variants = [phrase, plural(phrase)]
            variants += [_words(p) for p in (m.group("plural") or "").split(",") if p.strip()]
            code = m.group("code")
            row = rows.setdefault(phrase, [phrase, "", code[:3], code])
            row[1] = "|".join(dict.fromkeys([*filter(None, row[1].split("|")), *variants]))
    return list(rows.values())


def _words(raw: str) -> str:
    return " ".join(raw.replace("_", " ").lower().split())


def _expand(raw: str) -> list[str]:
    out = [_words(raw)]
    for macro, words in MACROS.items():
        key = macro.lower()
        out = [o.replace(key, w, 1) for o in out for w in (words if key in o else [""])] if any(
            key in o for o in out) else out
    return [" ".join(o.split()) for o in out]


def write_agents(ref: Path) -> int:
    rows = agent_rows(ref / "petrarch2_Phoenix.agents.txt")
    for r in rows:  # variants pre-tokenised into folded token keys: loading runs no tokenizer
        r[1] = "|".join(keys_of(r[1].split("|")))
    out = DATA / "agents.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# source: PETRARCH-2 Phoenix.agents.txt (MIT, Open Event Data Alliance): CAMEO agent phrases "
            "and codes; plurals as PETRARCH-2 builds them; generated by crisislens.actors.build_dictionary\n"
        )
        fh.write("key\tkeys\tsector\tagent\n")
        fh.writelines("\t".join(r) + "\n" for r in rows)
    return len(rows)


def main() -> None:
    ref = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_REF
    problems: list[str] = []
    rows: list[list[str]] = []
    for source, name in FILES:
        rows.extend(rows_for(parse_file(ref / name), f"petrarch2:{source}", problems))
    out = DATA / "dictionary.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# source: PETRARCH-2 dictionaries (MIT, Open Event Data Alliance): Phoenix.Countries.actors.txt "
            "(CountryInfo.140130), Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt; "
            "generated by crisislens.actors.build_dictionary. codes: PETRARCH code and date range "
            "YYYYMMDD-YYYYMMDD (open ends empty)\n"
        )
        fh.write("name\tkind\tkeys\tcodes\tsource\n")
        fh.writelines("\t".join(r) + "\n" for r in rows)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"wrote {len(rows)} actors to {out} ({len(problems)} malformed date ranges)")
    print(f"wrote {write_agents(ref)} agent phrases to {DATA / 'agents.tsv'}")


if __name__ == "__main__":
    main()
