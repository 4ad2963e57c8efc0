package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.util.Set;


import static org.assertj.core.api.Assertions.assertThat;

class NoveltyJudgeTest {
    private static StoryMemory known(String title, String body) {
        return NoveltyJudge.remember(StoryMemory.empty(), NoveltyJudge.sentences(title, body), 400);
    }

    private static final StoryMemory STORY = known("Regulator fines Acme Bank $40 million over money laundering",
            "The Financial Conduct Authority fined Acme Bank $40 million on Monday for failing to stop money "
                    + "laundering by clients in Cyprus between 2019 and 2022. Chief executive Jane Doe said the bank "
                    + "accepted the findings and had hired 300 compliance staff.");

    @Test
    void rewordedRestatementIsNotNew() {
        var v = NoveltyJudge.judge(NoveltyJudge.sentences("Acme Bank hit with $40 million penalty",
                "Britain's Financial Conduct Authority has penalised Acme Bank $40 million because it did not prevent "
                        + "clients in Cyprus from laundering money from 2019 to 2022. Jane Doe, the chief executive, "
                        + "said the lender accepted the conclusions and had taken on 300 compliance staff."),
                STORY, 14, 3);
        assertThat(v.development()).isFalse();
        assertThat(v.whatsNew()).isEmpty();
    }

    @Test
    void newFactsAreNewsAndTheirSentencesAreQuoted() {
        String news = "Jane Doe resigned on Thursday, two days after the Treasury Committee summoned her to testify "
                + "on March 3.";
        var v = NoveltyJudge.judge(NoveltyJudge.sentences("Acme Bank chief resigns after laundering fine",
                news + " The Financial Conduct Authority fined Acme Bank $40 million on Monday."), STORY, 14, 3);
        assertThat(v.development()).isTrue();
        assertThat(v.whatsNew()).contains(news).hasSizeBetween(1, 3);
    }

    /**
     * In German every noun is capitalised: a retelling in other nouns ("Stromausfall" for "Netzstörung") names no
     * one new and is no news, while a new person ("Jonas Brenner") and new figures are.
     */
    @Test
    void germanNounsAreNoNamesButTwoCapitalisedWordsInARowAre() {
        String title = "Stromausfall legt Klinikum Waldbrück lahm";
        String body = "Ein Stromausfall hat am Dienstagmorgen das Klinikum Waldbrück für drei Stunden lahmgelegt. "
                + "Die Notstromaggregate sprangen nach Angaben der Stadtwerke Waldbrück nicht an, 40 Operationen "
                + "wurden verschoben. Die Ursache ist noch unklar.";
        StoryMemory story = NoveltyJudge.remember(StoryMemory.empty(), NoveltyJudge.sentences(title, body, "de"), 400);
        var rewrite = NoveltyJudge.judge(NoveltyJudge.sentences("Klinikum Waldbrück: Netzstörung stoppt Eingriffe",
                "Wegen einer Netzstörung musste das Klinikum Waldbrück am Dienstag 40 Eingriffe absagen. Laut "
                        + "Stadtwerke Waldbrück versagten die Ersatzgeneratoren, der Betrieb ruhte drei Stunden. "
                        + "Warum der Strom ausfiel, ist weiter offen.", "de"), story, 14, 3);
        assertThat(rewrite.development()).isFalse();
        var development = NoveltyJudge.judge(NoveltyJudge.sentences("Klinikum Waldbrück: Defektes Relais war Ursache",
                "Ein defektes Relais im Umspannwerk Nord hat den Stromausfall im Klinikum Waldbrück ausgelöst, sagte "
                        + "Technikvorstand Jonas Brenner am Mittwoch. Die Stadtwerke wollen bis Freitag 12 weitere "
                        + "Anlagen prüfen und 250.000 Euro in neue Schaltanlagen investieren.", "de"), story, 14, 3);
        assertThat(development.development()).isTrue();
        // the same rewrite read as English, where a capital marks a name, takes its new nouns for new names
        var asEnglish = NoveltyJudge.judge(NoveltyJudge.sentences("Klinikum Waldbrück: Netzstörung stoppt Eingriffe",
                "Wegen einer Netzstörung musste das Klinikum Waldbrück am Dienstag 40 Eingriffe absagen. Laut "
                        + "Stadtwerke Waldbrück versagten die Ersatzgeneratoren, der Betrieb ruhte drei Stunden. "
                        + "Warum der Strom ausfiel, ist weiter offen."), story, 14, 3);
        assertThat(asEnglish.newFacts()).isGreaterThan(rewrite.newFacts());
    }

    /**
     * Finnish inflects names as it inflects nouns: a brief that names the inspector in the genitive ("Heikkilän
     * mukaan") and the river in another case ("Kuohujoen") names no one new. Read by the English stemmer, each of
     * those cases was a new name (a blind set's Finnish brief raised a DEVELOPMENT that way); a new person still is news.
     */
    @Test
    void aNameInAnotherGrammaticalCaseIsTheNameTheStoryUsed() {
        StoryMemory story = NoveltyJudge.remember(StoryMemory.empty(), NoveltyJudge.sentences(
                "Kaivoksen altaasta vuoti vettä Kuohujokeen",
                "Altaasta on vuotanut arviolta 40 000 kuutiometriä vettä Kuohujoesta Kuohujärveen. Ylitarkastaja "
                        + "Sanna Heikkilä kertoo, että joesta ja järvestä otetaan vesinäytteitä useasta kohdasta.", "fi"),
                400);
        String title = "Patovuoto: vettä ei pidä käyttää";
        String body = "Ympäristöviraston ylitarkastaja Sanna Heikkilän mukaan näytteitä otetaan sekä Kuohujoen "
                + "joesta että järvestä, ja altaasta pääsi noin 40 000 kuutiota vettä.";
        var rewrite = NoveltyJudge.judge(NoveltyJudge.sentences(title, body, "fi"), story, 14, 3);
        assertThat(rewrite.newFacts()).isZero();
        // the same brief read with English stems takes the inspector's genitive for a new name
        assertThat(NoveltyJudge.judge(NoveltyJudge.sentences(title, body), story, 14, 3).newFacts()).isPositive();
        var development = NoveltyJudge.judge(NoveltyJudge.sentences("Poliisi aloitti esitutkinnan",
                "Poliisi aloitti esitutkinnan, kertoi rikoskomisario Mikko Laaksonen torstaina. Kuohujoen "
                        + "sulfaattipitoisuus oli näytteissä 1 900 milligrammaa litrassa.", "fi"), story, 14, 3);
        assertThat(development.newFacts()).isGreaterThanOrEqualTo(2);
    }

    /** "38 thousand" is the story's "38,000", whichever way a house style writes it; a small count is still new. */
    @Test
    void aNumberWithItsScaleWordIsTheFigureTheStoryStated() {
        StoryMemory fund = known("Fund suspends dealing",
                "The fund suspended dealing, trapping the savings of about 38,000 retail investors. It holds £1.2bn "
                        + "of property and its manager was paid 2 bonuses.");
        var rewrite = NoveltyJudge.sentences("Savers locked in",
                "Around 38 thousand investors cannot withdraw from the 1.2 billion pound fund, the manager said today.");
        var restated = NoveltyJudge.judge(rewrite, fund, 14, 3).scored().stream()
                .mapToInt(NoveltyJudge.Scored::newFacts).sum();
        assertThat(restated).isZero();
        Set<String> values = NoveltyJudge.numberValues(fund.facts());
        // 2 million is not the story's bare count of 2, nor is 38 thousand a count of 38 in the story
        assertThat(NoveltyJudge.isNewFact("n:2 million", Set.of(), values, Set.of())).isTrue();
        assertThat(NoveltyJudge.isNewFact("n:38 thousand", Set.of(), Set.of("38"), Set.of())).isTrue();
        assertThat(NoveltyJudge.numberValues("n:4.2 million")).containsExactly("4.2", "4200000");
    }

    @Test
    void aHedgedAmountRestatesTheKnownOneItRounds() {
        Set<String> values = NoveltyJudge.knownKeys(Set.of("n:38.7 million", "n:1850 resid", "n:19 hurt"));
        // "almost £39 million" after "£38.7m", "about 1,800 residents" after "1,850"
        assertThat(NoveltyJudge.isNewFact("n:~39 million", Set.of(), values, Set.of())).isFalse();
        assertThat(NoveltyJudge.isNewFact("n:~1800 resid", Set.of(), values, Set.of())).isFalse();
        // unhedged, or further than 5%, or a small count, it is another number
        assertThat(NoveltyJudge.isNewFact("n:39 million", Set.of(), values, Set.of())).isTrue();
        assertThat(NoveltyJudge.isNewFact("n:~45 million", Set.of(), values, Set.of())).isTrue();
        assertThat(NoveltyJudge.isNewFact("n:~20 hurt", Set.of(), values, Set.of())).isTrue();
        assertThat(NoveltyJudge.numberValues("n:~39 million")).containsExactly("39", "39000000");
    }

    /** "4,2 тыс." in a Russian rewrite is the story's "4 200": a decimal comma and the language's own scale word. */
    @Test
    void aFigureWithADecimalCommaAndAForeignScaleIsTheFigureTheStoryStated() {
        StoryMemory fees = known("Университет повышает плату за обучение",
                "Всего в университете учатся 11 000 студентов, из них 4 200 на платной основе.");
        var rewrite = NoveltyJudge.sentences("Студенты против подорожания",
                "Всего в университете учатся 11 тыс. студентов, из них примерно 4,2 тыс. на платной основе.");
        assertThat(NoveltyJudge.judge(rewrite, fees, 14, 3).scored().stream()
                .mapToInt(NoveltyJudge.Scored::newFacts).sum()).isZero();
    }

    /** "ten" is "there" in Lithuanian: English number words are read in English text (or text of no known language) only. */
    @Test
    void anEnglishNumberWordInAnotherLanguageIsNoNumber() {
        var lithuanian = NoveltyJudge.sentences("Premjera atšaukta",
                "Mažosios salės tai nepaliečia, tad vaidinimai ten vyksta pagal įprastą tvarkaraštį.", "lt");
        assertThat(lithuanian).allMatch(s -> s.facts().stream().noneMatch(f -> f.startsWith("n:")));
        var english = NoveltyJudge.sentences("Premiere cancelled", "The theatre sold ten hundred tickets.", "en");
        assertThat(english.get(1).facts()).contains("n:1000 ticket");
    }

    /** A timeline writes out the date a report gave as a weekday: "Sunday 4 July" for "on Sunday" in Monday's report. */
    @Test
    void aWeekdayTheStoryNamedIsTheDateATimelineSpellsOut() {
        var report = NoveltyJudge.sentences("Signal fault shuts line",
                "The line was closed shortly before midnight on Sunday after a signalling failure at the junction, the "
                        + "first closure since July began.");
        var timeline = NoveltyJudge.sentences("How the trains stopped",
                "Sunday 4 July: signals failed at the junction just before midnight and every train stopped.");
        StoryMemory dated = NoveltyJudge.remember(StoryMemory.empty(), report, 400, java.time.LocalDate.of(2027, 7, 5));
        assertThat(NoveltyJudge.judge(timeline, dated, 14, 3).newFacts()).isZero();
        // without the report's date, 4 July is a date the story never gave
        StoryMemory undated = NoveltyJudge.remember(StoryMemory.empty(), report, 400);
        assertThat(NoveltyJudge.judge(timeline, undated, 14, 3).newFacts()).isPositive();
        // the past reading only: "on Wednesday" in a report of Sunday 11 July is the 7th, not the 14th
        assertThat(NoveltyJudge.weekdayDates("On Wednesday the judge granted the order.", java.time.LocalDate.of(2027, 7, 11)))
                .containsExactly("d:july 7");
    }

    /** A rewrite names the counted thing in its own words: the number is still the one the story stated. */
    @Test
    void restatedNumberWithAnotherCountedWordIsNotANewFact() {
        StoryMemory fire = known("Three workers hurt in plant fire",
                "About 400 residents were evacuated and 3 workers were hurt in the fire at the plant, which "
                        + "employs 220 people and was valued at 12.5 million dollars.");
        var rewrite = NoveltyJudge.sentences("Families wait after plant fire",
                "For the 400 people told to leave, the day was long; three were hurt at the plant, whose 220 workers "
                        + "make it a large employer in a plant worth 12.5 million dollars.");
        var v = NoveltyJudge.judge(rewrite, fire, 14, 3);
        assertThat(v.newFacts()).isZero();
        assertThat(v.scored()).isEmpty();
    }

    /** A small count is only as specific as what it counts: "two weeks on" is news where "two models" was known. */
    @Test
    void smallCountOfSomethingElseIsStillANewFact() {
        StoryMemory order = known("Two models pulled", "The order pulled 2 models for every foreign national.");
        var later = NoveltyJudge.sentences("Talks stall",
                "Talks between the company and the department remain stalled after 2 weeks of meetings.");
        var v = NoveltyJudge.judge(later, order, 14, 3);
        assertThat(v.scored()).singleElement().satisfies(s -> assertThat(s.newFacts()).isEqualTo(1));
        assertThat(NoveltyJudge.isNewFact("n:2 week", java.util.Set.of("n:2 model"), java.util.Set.of("2"),
                java.util.Set.of())).isTrue();
        assertThat(NoveltyJudge.isNewFact("n:2", java.util.Set.of("n:2 model"), java.util.Set.of("2"),
                java.util.Set.of())).isFalse();
        assertThat(NoveltyJudge.isNewFact("n:400 peopl", java.util.Set.of("n:400 resident"), java.util.Set.of("400"),
                java.util.Set.of())).isFalse();
    }

    @Test
    void containmentIsOverTheFirstSet() {
        assertThat(NoveltyJudge.containment(new int[]{1, 2, 3, 4}, new int[]{2, 4, 9})).isEqualTo(0.5);
        assertThat(NoveltyJudge.containment(new int[]{}, new int[]{1})).isZero();
    }

    @Test
    void memoryIsBounded() {
        StoryMemory m = StoryMemory.empty();
        for (int i = 0; i < 50; i++) {
            m = NoveltyJudge.remember(m, NoveltyJudge.sentences("", "Sentence number " + i + " about item" + i
                    + " and thing" + i + " with word" + i + "."), 10);
        }
        assertThat(m.sentences()).hasSize(10);
        assertThat(m.vocabulary()).hasSizeLessThanOrEqualTo(200);
        assertThat(m.facts()).hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void shortLinesAreNeverWhatIsNew() {
        var v = NoveltyJudge.judge(NoveltyJudge.sentences("", "Last Modified: June 18, 2026 at 1:38 am"),
                STORY, 0, 0);
        assertThat(v.scored()).isEmpty();
        assertThat(v.development()).isFalse();
    }

    @Test
    void absorbedMemoryKnowsBothStoriesAndKeepsTheBoundsDroppingTheMergedStorysFirst() {
        StoryMemory mine = NoveltyJudge.remember(StoryMemory.empty(), NoveltyJudge.sentences("",
                "Divers found a second wreck off Malta on Monday, said Captain Joe Borg."), 400);
        StoryMemory other = NoveltyJudge.remember(StoryMemory.empty(), NoveltyJudge.sentences("",
                "The 40 metre ship sank in 1942 near Valletta, according to the Heritage Malta agency."), 400);
        StoryMemory both = NoveltyJudge.absorb(mine, other, 400);
        assertThat(both.facts()).containsAll(mine.facts()).containsAll(other.facts());
        assertThat(both.sentences()).hasSize(mine.sentences().size() + other.sentences().size());

        // one sentence of room: the surviving story's own sentence stays
        StoryMemory tight = NoveltyJudge.absorb(mine, other, 1);
        assertThat(tight.sentences()).hasSize(1);
        assertThat(tight.sentences().get(0)).isEqualTo(mine.sentences().get(mine.sentences().size() - 1));
        assertThat(tight.facts()).hasSizeLessThanOrEqualTo(4);
        assertThat(tight.vocabulary()).hasSizeLessThanOrEqualTo(15);
    }

    /**
     * A wire's brief of a known story opens with a dateline: the town it was filed from and the agency, names the story
     * never used. Neither is news; the sentence is still quoted as written when it carries news.
     */
    @Test
    void aWireDatelineIsNoNews() {
        StoryMemory story = known("Ferry fire: crew member missing",
                "A crew member is missing after fire broke out in the engine room of the ferry Lady Teodora late on "
                        + "Thursday. All 186 passengers were rescued by coastguard boats off Tambaro Island.");
        var brief = NoveltyJudge.sentences("Crew member missing after ferry fire",
                "MANILA (BPW) - A crew member is missing after fire broke out in the engine room of the ferry Lady "
                        + "Teodora late on Thursday. All 186 passengers were rescued off Tambaro Island.");
        assertThat(brief.get(1).facts()).noneMatch(f -> f.contains("bpw") || f.contains("manila"));
        assertThat(brief.get(1).text()).startsWith("MANILA (BPW) - ");
        assertThat(NoveltyJudge.judge(brief, story, 14, 3).newFacts()).isZero();
        var news = NoveltyJudge.judge(NoveltyJudge.sentences("Missing ferry oiler found dead",
                "CEBU CITY (BPW) — Divers found the body of oiler Ramon Alcaraz, 38, on Saturday, and the coastguard "
                        + "suspended 4 ferries of the operator, Bisayan Star Shipping Lines."), story, 14, 3);
        assertThat(news.development()).isTrue();
        assertThat(news.whatsNew()).anyMatch(w -> w.startsWith("CEBU CITY (BPW) — Divers"));
    }

    @Test
    void datelinesAreReadInTheirUsualForms() {
        assertThat(NoveltyJudge.withoutDateline("CARROW LANDING, La. (CNW) — A third worker has died."))
                .isEqualTo("A third worker has died.");
        assertThat(NoveltyJudge.withoutDateline("DEVGARH (PSI): Within a week, the scandal grew."))
                .isEqualTo("Within a week, the scandal grew.");
        assertThat(NoveltyJudge.withoutDateline("BUFFALO, N.Y. — Snow fell.")).isEqualTo("Snow fell.");
        // a name in capitals that opens a sentence is no dateline without its dash
        assertThat(NoveltyJudge.withoutDateline("NASA said the probe was lost.")).isEqualTo("NASA said the probe was lost.");
        assertThat(NoveltyJudge.withoutDateline("The BBC - a broadcaster - said so.")).isEqualTo("The BBC - a broadcaster - said so.");
    }
}
