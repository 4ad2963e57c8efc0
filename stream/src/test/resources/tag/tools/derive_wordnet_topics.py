#!/usr/bin/env python3
"""Derives stream/src/main/resources/tag/topics/wordnet-topics.tsv: common English nouns (and domain-marked verbs)
whose WordNet 3.0 meaning falls under a hand-picked anchor concept of one IPTC top-level topic.

A word is kept only when its first three noun senses point to exactly one top-level (through hypernyms or a
topic-domain link), so "star" (celestial body / celebrity) is left out. Only single words found in the shipped
common-word list are kept. Needs python3 and Debian's wordnet-base (WordNet 3.0, Princeton licence).
Usage: python3 derive_wordnet_topics.py > ../../../../main/resources/tag/topics/wordnet-topics.tsv
"""
import gzip, os, sys
import wn

HERE = os.path.dirname(os.path.abspath(__file__))
COMMON = os.path.join(HERE, "../../../../main/resources/tag/lexicon/common-words.txt.gz")

ANCHORS = {
    "medtop:01000000": "performer.n.01 entertainer.n.01 musician.n.01 movie.n.01 music.n.01 musical_composition.n.01 "
                       "art.n.01 artist.n.01 writer.n.01 celebrity.n.01 broadcast.n.02 literary_composition.n.01 "
                       "dramatic_composition.n.01 television.n.01 literature.n.01 photography.n.01 dance.n.01 "
                       "musical_instrument.n.01 theater.n.02",
    "medtop:02000000": "crime.n.01 criminal.n.01 lawsuit.n.01 lawyer.n.01 punishment.n.01 correctional_institution.n.01 "
                       "police.n.01 judge.n.01 law.n.01 court.n.01 legal_document.n.01",
    "medtop:03000000": "disaster.n.02 earthquake.n.01 flood.n.01 wildfire.n.01 explosion.n.02",
    "medtop:04000000": "business.n.01 company.n.01 commerce.n.01 finance.n.01 money.n.01 stock.n.01 economy.n.01 "
                       "investment.n.01 businessman.n.01 financial_institution.n.01 assets.n.01 monetary_unit.n.01 "
                       "finance.n.02 economics.n.01 merchant.n.01 accounting.n.02 banking.n.01 market.n.04",
    "medtop:05000000": "educational_institution.n.01 student.n.01 educator.n.01 education.n.01 academic_degree.n.01",
    "medtop:06000000": "pollution.n.01 ecology.n.01 environmentalism.n.01",
    "medtop:07000000": "disease.n.01 medicine.n.02 hospital.n.01 symptom.n.01 health_professional.n.01 "
                       "medical_procedure.n.01 medicine.n.01 medicine.n.03 ill_health.n.01 injury.n.01 pathogen.n.01 "
                       "medical_care.n.01 nutrition.n.03",
    "medtop:09000000": "employee.n.01 labor_union.n.01 strike.n.01 wage.n.01 employment.n.02 unemployment.n.01",
    "medtop:10000000": "food.n.02 dish.n.02 beverage.n.01 cooking.n.01 travel.n.01 vacation.n.01 restaurant.n.01 "
                       "clothing.n.01 hotel.n.01",
    "medtop:11000000": "politician.n.02 government.n.01 election.n.01 political_party.n.01 head_of_state.n.01 "
                       "legislature.n.01 diplomat.n.01 politics.n.01 politics.n.02",
    "medtop:12000000": "religion.n.01 religion.n.02 cleric.n.01 place_of_worship.n.01 deity.n.01 religious_person.n.01 "
                       "theology.n.01",
    "medtop:13000000": "scientist.n.01 computer.n.01 software.n.01 electronic_equipment.n.01 "
                       "telecommunication.n.01 spacecraft.n.01 celestial_body.n.01 fossil.n.02 computer_science.n.01 "
                       "physics.n.01 paleontology.n.01 astronomy.n.01 chemistry.n.01 genetics.n.01 electronics.n.01 "
                       "technology.n.01 robot.n.01 dinosaur.n.01 engineering.n.02 "
                       "information_technology.n.01",
    "medtop:14000000": "immigrant.n.01 poverty.n.01 sociology.n.01 social_welfare.n.01",
    "medtop:15000000": "sport.n.01 athlete.n.01 sports_equipment.n.01 athletics.n.02 coach.n.01 sports_arena.n.01",
    "medtop:16000000": "military_action.n.01 war.n.01 weapon.n.01 military_unit.n.01 serviceman.n.01 military.n.01 "
                       "terrorism.n.01 terrorist.n.01",
    "medtop:17000000": "weather.n.01 atmospheric_phenomenon.n.01 storm.n.01 precipitation.n.03 meteorology.n.01",
}

def main():
    synsets, index = wn.load("noun")
    anchor_top = {}
    for top, names in ANCHORS.items():
        for n in names.split():
            anchor_top[wn.sense(index, n)] = top
    memo = {}

    def tops_of(off, depth=0):
        if off in memo:
            return memo[off]
        memo[off] = set()
        out = set()
        if off in anchor_top:
            out.add(anchor_top[off])
        if depth < 25:
            words, hyper, dom, _, _ = synsets[off]
            for h in hyper:
                out |= tops_of(h, depth + 1)
            for d in dom:
                if d in synsets:
                    out |= tops_of(d, depth + 1)
        memo[off] = out
        return out

    with gzip.open(COMMON, "rt") as f:
        common = set(w.strip() for w in f)
    by_top = {t: set() for t in ANCHORS}
    for lemma, offs in index.items():
        if "_" in lemma or "-" in lemma or not lemma.isalpha() or lemma not in common or len(lemma) < 3:
            continue
        found = set()
        for off in offs[:3]:
            found |= tops_of(off)
        if len(found) == 1:
            by_top[found.pop()].add(lemma)
    # verbs: only explicit topic-domain links ("score" → sport)
    vsyn, vindex = wn.load("verb")
    for lemma, offs in vindex.items():
        if "_" in lemma or not lemma.isalpha() or lemma not in common or len(lemma) < 3:
            continue
        found = set()
        for off in offs[:2]:
            for d in vsyn[off][2]:
                if d in synsets:
                    found |= tops_of(d)
        if len(found) == 1:
            by_top[found.pop()].add(lemma)
    print("# Derived from WordNet 3.0 (Princeton University, WordNet licence) by "
          "src/test/resources/tag/tools/derive_wordnet_topics.py; see ../SOURCE.md.")
    for top in sorted(by_top):
        print(top + "\t" + " ".join(sorted(by_top[top])))
    for top in sorted(by_top):
        print(top, len(by_top[top]), file=sys.stderr)

if __name__ == "__main__":
    main()
