"""Count what actor identity gets wrong on a built corpus: several nodes for one person, and
speaker names holding a word that is no part of a name.

usage: python benchmarks/actor_identity.py GRAPH.json INPUT.jsonl [--names Trump Clinton]

- For each word given with --names: every named Actor node (places are actors of kind location) whose name contains it as a word,
  with its kind and mentions (the target is one node per real person, and other nodes only for
  other entities, such as "Trump University").
- Statement speakers: the share of statements said by a named actor (not an unnamed source,
  whose node carries ``unnamed``) whose speaker name has a word that is no part of a name. A word counts as such when it has no letter or has a digit, when it is a title or an
  honorific leading the name (``identity_tables``), or when spaCy, parsing the sentences of the
  corpus where the speaker's name is written out (up to three), tags it as no proper noun in most
  of them ("Billionaire" NN, "Slamming" VBG, "Condemn" VB); connectives ("of" in "Center for
  Responsive Politics") are parts of names.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter

from dateline.graph.identity import fold
from dateline.graph.identity_tables import CONNECTIVES, HONORIFIC_GENDER, TITLES
from dateline.nlp import load_model

WORD = re.compile(r"[^\W\d_][\w'’.-]*|\S+")


def sentences_with(name: str, texts: list[str], limit: int = 3) -> list[tuple[str, int]]:
    """(sentence-ish window, offset of the name in it) for the first places the name is written."""
    out = []
    for text in texts:
        for m in re.finditer(re.escape(name), text):
            start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()) + 1, 0)
            end = text.find("\n", m.end())
            window = text[start:end if end > 0 else len(text)][:600]
            out.append((window, m.start() - start))
            if len(out) == limit:
                return out
    return out


def not_name_words(name: str, texts: list[str], nlp) -> list[str]:
    words = name.split()
    bad = {w for w in words if not re.search(r"[^\W\d_]", w) or re.search(r"\d", w)}
    if len(words) > 1 and (fold(words[0]) in TITLES or fold(words[0]) in HONORIFIC_GENDER):
        bad.add(words[0])   # a title leads ("Capt Pardo"); as a surname it is a name ("Billie Jean King")
    votes = Counter()
    found = sentences_with(name, texts)
    for window, offset in found:
        doc = nlp(window)
        span = doc.char_span(offset, offset + len(name), alignment_mode="expand")
        for t in span or ():
            if t.text in words and t.is_alpha and t.tag_ not in ("NNP", "NNPS") and fold(t.text) not in CONNECTIVES:
                votes[t.text] += 1
    bad |= {w for w, n in votes.items() if n * 2 > len(found)}
    return [w for w in words if w in bad]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("graph")
    ap.add_argument("input", nargs="+")
    ap.add_argument("--names", nargs="+", default=["Trump", "Clinton"])
    args = ap.parse_args()
    graph = json.load(open(args.graph))
    texts = [json.loads(line)["text"] for path in args.input for line in open(path) if line.strip()]
    nlp = load_model()
    named = {n["id"]: n for n in graph["nodes"] if n["label"] == "Actor" and not n.get("unnamed")}
    entities = list(named.values())
    for word in args.names:
        hits = sorted((n for n in entities if re.search(rf"\b{re.escape(word)}\b", n["name"])),
                      key=lambda n: (-n.get("mentions", 0), n["name"]))
        people = [n for n in hits if n.get("kind") == "person"]
        print(f"{word}: {len(hits)} nodes, {len(people)} of them people")
        for n in hits:
            print(f"  {n['kind']:<12} {n.get('mentions', 0):>5}  {n['name']}")
    said_by = {e["target"]: e["source"] for e in graph.get("edges", graph.get("links", [])) if e.get("type") == "SAID"}
    statements = [n for n in graph["nodes"] if n["label"] == "Statement" and said_by.get(n["id"]) in named]
    verdict = {s: not_name_words(s, texts, nlp) for s in sorted({n["speaker"] for n in statements if n.get("speaker")})}
    bad = [(n["speaker"], verdict[n["speaker"]]) for n in statements if n.get("speaker")]
    bad = [(s, w) for s, w in bad if w]
    share = len(bad) / len(statements) if statements else 0.0
    print(f"statements of named speakers whose name has a word that is no part of a name: "
          f"{len(bad)}/{len(statements)} ({share:.1%})")
    for (speaker, words), count in sorted(Counter((s, tuple(w)) for s, w in bad).items(), key=lambda x: (-x[1], x[0]))[:15]:
        print(f"  {count:>4}  {speaker!r}: {', '.join(words)}")


if __name__ == "__main__":
    main()
