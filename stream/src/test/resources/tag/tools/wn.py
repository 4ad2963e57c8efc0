"""Minimal WordNet 3.0 reader (data.noun/index.noun) shared by the derivation script."""
import os
WN = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")

def load(pos="noun"):
    synsets = {}  # offset -> (words, hypernyms, domains, gloss, lexfile)
    with open(os.path.join(WN, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            p = head.split()
            off, lexfile = p[0], int(p[1])
            wcnt = int(p[3], 16)
            words = [p[4 + 2 * i].lower() for i in range(wcnt)]
            i = 4 + 2 * wcnt
            pcnt = int(p[i]); i += 1
            hyper, dom = [], []
            for _ in range(pcnt):
                sym, tgt, tpos = p[i], p[i + 1], p[i + 2]
                i += 4
                if sym in ("@", "@i") and tpos == "n":
                    hyper.append(tgt)
                elif sym == ";c":
                    dom.append(tgt)
            synsets[off] = (words, hyper, dom, gloss.strip(), lexfile)
    index = {}
    with open(os.path.join(WN, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            lemma = p[0]
            synset_cnt = int(p[2]); pcnt = int(p[3])
            offs = p[6 + pcnt:6 + pcnt + synset_cnt]
            index[lemma] = offs
    return synsets, index

def sense(index, name):
    lemma, _, num = name.rpartition(".n.")
    return index[lemma][int(num) - 1]
