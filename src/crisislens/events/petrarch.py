"""Read PETRARCH-2's CAMEO verb dictionary into our lexicon rows (lemma, context, code).

The dictionary (Open Event Data Alliance, MIT licence) is the knowledge of a
dependency-free coder: verb blocks with a default code, verbs with their own
code, multi-word verbs (``+CALL_OFF``), and patterns ``- PRE * POST [CODE]``
whose words before ``*`` constrain the subject and after it the object and
the prepositional phrases, with ``&SET`` synonym sets. We keep it as data:
this module turns it into the rows of ``extract/data/event_lexicon.tsv``; the
coder never reads the original.

A row that cannot be read is reported with its line number and skipped; the
rest of the dictionary is loaded.

usage (writes extract/data/event_petrarch_verbs.tsv and event_petrarch_patterns.tsv):
    .venv/bin/python -m crisislens.events.petrarch PATH/petrarch2_CAMEO.2.0.verbs.txt
"""

from __future__ import annotations

import itertools
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from crisislens.extract.events_lexicon import singular

# At most this many rows from one pattern's synonym-set expansion (two sets of 40 make 1,600).
MAX_EXPANSION = 60
# Words that, second in a multi-word verb, are a particle or preposition rather than an object.
PARTICLES = frozenset({
    "off", "up", "down", "out", "in", "back", "away", "over", "on", "for", "to", "with", "into",
    "against", "from", "about", "at", "by", "upon", "through", "after", "around", "behind",
})
CODE_RE = re.compile(r"\[([^\]]*)\]")
TOKEN_RE = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s]+")


@dataclass
class Reading:
    """What was read: verb rows, pattern rows and the problems, by line."""

    verbs: list[tuple[str, str, str, str]] = field(default_factory=list)  # lemma, context, block, code
    patterns: list[tuple[str, str, str, str]] = field(default_factory=list)  # block, context, code, verb
    problems: list[str] = field(default_factory=list)

    def add(self, block: _Block | None) -> None:
        if block is not None:
            self.verbs.extend(block.verb_rows())
            self.patterns.extend(block.pattern_rows())


def _word(raw: str) -> str:
    """A dictionary word or phrase as our lexicon keys it: lower case, its head singular, words joined by _.

    The coder looks objects up by lemma and by ``singular`` of the surface
    form, so "CONDOLENCES" and "TALKS" must be keyed "condolence" and "talk".
    A phrase keeps its modifiers ("ARMED_FORCES" is "armed_force", matched by
    "armed forces", not by "force"); an infinitive's "to" is dropped
    ("TO_WITHDRAW" is "withdraw", matched by the verb's infinitive).
    """
    words = raw.strip("_+$%^=|").replace("_", " ").lower().split()
    if len(words) > 1 and words[0] == "to":
        words = words[1:]
    return "_".join([*words[:-1], singular(words[-1])]) if words else ""


def _code(raw: str) -> str | None:
    """``[042:043]`` -> 042 (the subject's act on the object), ``[:062]`` -> ``:062``, ``[---]`` -> '---'.

    PETRARCH-2 writes a pattern's code as SOURCE-ACT:TARGET-ACT; with the first
    part empty ("DIE (IN AIRSTRIKE) [:195]", "RECEIVE * SUPPORT (FROM) [:051]",
    "FACE * TRIAL [:173]") the verb's subject is the one acted on, which the
    row keeps as a leading colon for the coder (``Pattern.reverse``).
    """
    parts = [p.strip().rstrip("!") for p in raw.split(":")]
    code = next((p for p in parts if p), "")
    if code == "---":
        return code
    if not re.fullmatch(r"\d{3,4}", code):
        return None
    return f":{code}" if len(parts) > 1 and not parts[0] else code


def read_sets(lines: list[str]) -> dict[str, list[str]]:
    """Synonym sets: ``&NAME`` followed by ``+MEMBER`` lines."""
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = sets.setdefault(text.upper(), [])
        elif text.startswith("+") and current is not None:
            current.append(text[1:])
        elif text:
            current = None
    return sets


def _alternatives(tok: str, sets: dict[str, list[str]]) -> list[str]:
    """The head words a dictionary token stands for (a set expands to its members)."""
    if tok.startswith("{") and tok.endswith("}"):
        inner = tok[1:-1].split()
        if inner and all(w.replace("_", "").replace("-", "").isalpha() for w in inner):
            return [_word("_".join(inner))]  # a plain phrase: "{DEATH SQUAD}" is death_squad
        return _alternatives(inner[-1], sets) if inner else []
    if tok.startswith("&"):
        return [w for m in sets.get(tok.upper(), []) if (w := _word(m))]
    w = _word(tok)
    return [w] if w else []


def _slots(pre: list[str], post: list[str], sets: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """The constrained slots of a pattern: subj (last word before *), obj, prep (+ its object)."""
    slots: list[tuple[str, list[str]]] = []
    subj = [t for t in pre if t not in {"$", "+", "%", "^"}]
    if subj:
        slots.append(("subj", _alternatives(subj[-1], sets)))
    obj_done = prep_done = False
    for tok in post:
        if tok.startswith("(") and not prep_done:
            words = tok[1:-1].split()
            if words:
                slots.append(("prep", [_word(words[0])]))
                rest = [w for w in words[1:] if w not in {"$", "+", "%", "^"}]
                if rest:
                    slots.append(("pobj", _alternatives(rest[-1].strip("{}"), sets)))
            prep_done = True
        elif not tok.startswith("(") and tok not in {"$", "+", "%", "^"} and not obj_done and not prep_done:
            slots.append(("obj", _alternatives(tok, sets)))
            obj_done = True
    return slots


def _contexts(slots: list[tuple[str, list[str]]]) -> list[str]:
    """Context strings for the lexicon, one per combination of alternatives (bounded)."""
    names = [name for name, _alts in slots]
    choices = [alts for _name, alts in slots]
    if any(not c for c in choices):
        return []
    out: list[str] = []
    for combo in itertools.islice(itertools.product(*choices), MAX_EXPANSION):
        vals = dict(zip(names, combo, strict=True))
        parts = []
        if "subj" in vals:
            parts.append(f"subj:{vals['subj']}")
        if "obj" in vals:
            parts.append(f"obj:{vals['obj']}")
        if "prep" in vals:
            parts.append(f"prep:{vals['prep']}" + (f":{vals['pobj']}" if "pobj" in vals else ""))
        out.append(" ".join(parts))
    return out


def _verb_line(text: str) -> tuple[str, str | None] | None:
    """A verb entry: (lemma with its particle/object as context, own code or None)."""
    m = CODE_RE.search(text)
    own = _code(m.group(1)) if m else None
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", text).split()
    if not head:
        return None
    return head[0], own


def _verb_rows(entry: str, code: str) -> list[tuple[str, str, str]]:
    """(lemma, context, code) for a verb entry; ``+SHUT_DOWN`` becomes shut + prt:down (and prep:down)."""
    words = [w.lower() for w in entry.lstrip("+").split("_") if w]
    if not words:
        return []
    if len(words) == 1:
        return [(words[0], "", code)]
    second = words[1]
    if second in PARTICLES:
        return [(words[0], f"prt:{second}", code), (words[0], f"prep:{second}", code)]
    return [(words[0], f"obj:{words[-1]}", code)]


class _Block:
    """One verb block while it is read: its number, default code, verbs and patterns."""

    def __init__(self, number: int, default: str | None) -> None:
        self.number = number
        self.default = default if default != "---" else None
        self.verbs: list[tuple[str, str | None]] = []
        self.patterns: list[tuple[list[str], str, str]] = []  # (contexts, code, the verb it was written for)

    def verb_rows(self) -> list[tuple[str, str, str, str]]:
        """(lemma, context, block, code): a verb's own code, else the block default ('' = none)."""
        out: list[tuple[str, str, str, str]] = []
        for entry, own in self.verbs:
            code = own if own is not None else (self.default or "")
            for lemma, ctx, c in _verb_rows(entry, code if code != "---" else ""):
                out.append((lemma, ctx, str(self.number) if not ctx else "", c))
        return out

    def pattern_rows(self) -> list[tuple[str, str, str, str]]:
        """(block, context, code, verb) for each pattern of the block."""
        return [(str(self.number), ctx, code, verb) for contexts, code, verb in self.patterns for ctx in contexts]


def _pattern(text: str, sets: dict[str, list[str]]) -> tuple[list[str], str] | None:
    """A ``- PRE * POST [CODE]`` line -> (contexts, code), None when it does not parse."""
    m = CODE_RE.search(text)
    if not m or "*" not in text:
        return None
    code = _code(m.group(1))
    if code is None:
        return None
    body = text[1 : m.start()]
    pre_text, post_text = body.split("*", 1)
    pre, post = TOKEN_RE.findall(pre_text), TOKEN_RE.findall(post_text)
    slots = _slots(pre, post, sets)
    if not slots:
        return [], code  # only source/target markers ("- * + [111]"): the block default already says it
    contexts = _contexts(slots)
    return (contexts, code) if contexts else None


def read_verbs(text: str) -> Reading:
    """All rows of a PETRARCH-2 verb dictionary; unreadable lines are reported, the rest kept."""
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS")), 0)
    end = next((i for i, ln in enumerate(lines) if ln.startswith("######## TRANSFORMATIONS")), len(lines))
    sets = read_sets(lines[:start])
    out = Reading()
    block: _Block | None = None
    for no, line in enumerate(lines[start + 1 : end], start=start + 2):
        text_, _hash, comment = line.partition("#")
        text_ = text_.rstrip()
        if not text_.strip():
            continue
        if text_.startswith("---"):
            out.add(block)
            m = CODE_RE.search(text_)
            block = _Block(no, _code(m.group(1)) if m else None)
            continue
        problem = _read_line(block, text_, sets, _origin(comment))
        if problem:
            out.problems.append(f"line {no}: {problem}: {line.strip()[:60]}")
    out.add(block)
    return out


def _origin(comment: str) -> str:
    """The verb a pattern was written for, from its comment ("# START" -> "start"; '' when none).

    PETRARCH-2's blocks merge the TABARI blocks of synonyms, and each pattern's
    comment names the verb it came from; where two patterns of a block say
    different codes for one context ("- * &NEGOTIATION [036] # LAUNCH",
    "... [046] # OPEN") that verb is how to choose between them.
    """
    words = comment.split()
    word = words[0].lstrip("+").split("_")[0].lower() if words else ""
    return word if word.isalpha() else ""


def _read_line(block: _Block | None, text: str, sets: dict[str, list[str]], origin: str = "") -> str | None:
    """File one verb or pattern line into its block; the problem in words when it cannot be read."""
    if block is None:
        return "outside a verb block"
    if text.startswith("-"):
        pat = _pattern(text, sets)
        if pat is None:
            return "pattern not read"
        block.patterns.append((*pat, origin))
        return None
    verb = _verb_line(text)
    if verb is None:
        return "verb entry not read"
    block.verbs.append(verb)
    return None


def _unique(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Rows once each, first occurrence kept (the dictionary repeats patterns)."""
    return list(dict.fromkeys(rows))


HEADER = (
    "# source: PETRARCH-2 CAMEO.2.0.verbs.txt (Open Event Data Alliance, MIT licence, "
    "github.com/openeventdata/petrarch2), generated by crisislens.events.petrarch; do not edit by hand\n"
)


def write(reading: Reading, data_dir: Path) -> None:
    """Write event_petrarch_verbs.tsv and event_petrarch_patterns.tsv into ``data_dir``."""
    verbs = HEADER + "# block: the line of the verb block's header; its patterns apply to every verb of it\n"
    verbs += "lemma\tcontext\tblock\tcode\n" + "".join("\t".join(r) + "\n" for r in _unique(reading.verbs))
    (data_dir / "event_petrarch_verbs.tsv").write_text(verbs, encoding="utf-8")
    pats = HEADER + "# context: subj:NOUN obj:NOUN prep:PREP[:NOUN] (space-separated, all must hold); code --- = no event\n"
    pats += "# code :CODE = the verb's subject is the target (PETRARCH [:CODE]: 'died in an airstrike', 'received aid from')\n"
    pats += "# verb: the verb the pattern was written for (its comment in the dictionary), '' when none\n"
    pats += "block\tcontext\tcode\tverb\n" + "".join("\t".join(r) + "\n" for r in _unique(reading.patterns))
    (data_dir / "event_petrarch_patterns.tsv").write_text(pats, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    target = Path(__file__).resolve().parent.parent / "extract" / "data"
    reading = read_verbs(Path(args[0]).read_text(encoding="utf-8", errors="replace"))
    write(reading, target)
    for p in reading.problems:
        print(f"{args[0]}: {p}", file=sys.stderr)
    print(f"{len(reading.verbs)} verb rows, {len(reading.patterns)} pattern rows ({len(reading.problems)} lines not read)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
