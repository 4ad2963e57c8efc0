#!/usr/bin/env python3
"""Derives stream/src/main/resources/tag/topics/wordnet-senses.tsv.gz: for every common English word (SCOWL list
shipped in tag/lexicon) that WordNet 3.0 knows, its number of senses over all parts of speech and its summed SemCor
tag count (cntlist.rev: how often the word's senses occur in the Brown-corpus sample that SemCor annotates).
Both say how general a word is: "time", "point", "track" have many senses and are frequent, "vaccine" has one.
Only words with more than one sense or a non-zero count are listed. Needs Debian's wordnet-base (Princeton licence).
Usage: python3 derive_wordnet_senses.py | gzip -9n > ../../../../main/resources/tag/topics/wordnet-senses.tsv.gz"""
import gzip, os, collections
WN = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
HERE = os.path.dirname(os.path.abspath(__file__))
common = set(gzip.open(os.path.join(HERE, "../../../../main/resources/tag/lexicon/common-words.txt.gz"), "rt").read().split())
senses = collections.Counter()
for pos in ("noun", "verb", "adj", "adv"):
    with open(os.path.join(WN, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            p = line.split()
            senses[p[0]] += int(p[2])
count = collections.Counter()
with open(os.path.join(WN, "cntlist.rev"), encoding="latin-1") as f:
    for line in f:
        key, _, n = line.split()
        count[key.split("%")[0]] += int(n)
print("# word\tsenses\tsemcor_count (WordNet 3.0, Princeton University; see ../SOURCE.md)")
for w in sorted(common):
    if w in senses and (senses[w] > 1 or count[w] > 0):
        print("%s\t%d\t%d" % (w, senses[w], count[w]))
