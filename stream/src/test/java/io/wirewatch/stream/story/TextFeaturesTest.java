package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextFeaturesTest {
    @Test
    void scannerTokenisesExactlyAsTheReferenceRegexOnRealAndRandomText() throws java.io.IOException {
        List<String> texts = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("..", "seeds"))) {
            for (var f : files.sorted().toList()) texts.add(java.nio.file.Files.readString(f));
        }
        texts.add("U.S.-China talks: $1,500.75 (12.5%) -- it's O'Brien’s 3rd try... ½ Ⅻ 東京 naïve café 𝔸𝔹 x- -y '' ,a, 5%%");
        // random strings over the characters that decide token boundaries, to reach every corner of the rules
        String alphabet = "aZ09'’.,$%- \n\t!?é東京の年Ⅻ½𝔸۸٣٫कि्ँ";
        int[] cps = alphabet.codePoints().toArray();
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(1, 25);
            for (int i = 0; i < len; i++) sb.appendCodePoint(cps[random.nextInt(cps.length)]);
            texts.add(sb.toString());
        }
        for (String t : texts) assertThat(TextFeatures.tokens(t)).as(t).isEqualTo(TextFeatures.tokensByRegex(t));
        assertThat(TextFeatures.tokens("U.S.-China talks, $1,500.75 (12.5%).")).containsExactly("U.S.-China", "talks",
                "1,500.75", "12.5%");
    }

    @Test
    void digitsOfOtherScriptsAreTheNumbersTheyWrite() {
        assertThat(TextFeatures.tokens("خسارت ۸۵۰ میلیارد ریال")).contains("850");
        assertThat(TextFeatures.tokens("٣٫٥ مليون")).contains("3.5");
        assertThat(TextFeatures.tokens("नुकसान ८५० करोड़")).contains("850");
        // a Persian development's figure is a fact, and the same fact however a rewrite writes its digits
        assertThat(TextFeatures.facts("خسارت این آتش‌سوزی ۸۵۰ میلیارد ریال برآورد شده است"))
                .isEqualTo(TextFeatures.facts("خسارت این آتش‌سوزی 850 میلیارد ریال برآورد شده است"))
                .anyMatch(f -> f.startsWith("n:850"));
    }

    @Test
    void aNumberHyphenatedToItsWordsIsTheFactItStates() {
        assertThat(TextFeatures.facts("A 31-year-old man has been charged.")).containsExactly("n:31 " + Stemmer.stem("year"));
        assertThat(TextFeatures.facts("The launch put a 184-million-euro mission at risk."))
                .isEqualTo(TextFeatures.facts("The launch put a mission worth 184 million euros at risk."));
        assertThat(TextFeatures.facts("They hired a salvor to refloat the 62-metre ship."))
                .containsExactly("n:62 " + Stemmer.stem("metre"));
        // a score or a name with a number stays what it was
        assertThat(TextFeatures.facts("Rovers won a 3-2 thriller.")).noneMatch(f -> f.startsWith("n:"));
    }

    @Test
    void aUnitSymbolCountsAsTheUnitItNames() {
        assertThat(TextFeatures.facts("Around 68mm of rain fell.")).isEqualTo(TextFeatures.facts("Around 68 millimetres of rain fell."));
        assertThat(TextFeatures.facts("It orbits 720 km up.")).isEqualTo(TextFeatures.facts("It orbits 720 kilometres up."));
        // "m" may be metres or millions: it stays as written, unless a currency says it is money
        assertThat(TextFeatures.facts("A 4.2m wall.")).containsExactly("n:4.2 m");
        assertThat(TextFeatures.facts("A £4.2m fund.")).containsExactly("n:4.2 million");
    }

    @Test
    void currencyLettersGluedToAFigureAreMoney() {
        // rand, rupees, ringgit, shillings and dollars of other countries are written as letters before the figure
        assertThat(TextFeatures.facts("The contract was worth R38 600 000.")).containsExactly("n:38600000");
        assertThat(TextFeatures.facts("The contract was worth R38.6m.")).containsExactly("n:38.6 million");
        assertThat(TextFeatures.facts("They paid NZ$1.2m for it.")).containsExactly("n:1.2 million");
        assertThat(TextFeatures.facts("Bail was set at R20 000 for Coetsee.")).contains("n:20000").doesNotContain("f:r20");
    }

    @Test
    void aHedgedNumberIsMarkedApproximate() {
        assertThat(TextFeatures.facts("It faces a shortfall of almost £39 million.")).containsExactly("n:~39 million");
        assertThat(TextFeatures.facts("It faces a shortfall of £39 million.")).containsExactly("n:39 million");
        assertThat(TextFeatures.facts("About four hundred people left.")).containsExactly("n:~400 " + Stemmer.stem("people"));
    }

    @Test
    void chineseAndJapaneseAreReadInPairsOfCharactersAndEndTheirSentencesWithoutASpace() {
        // no spaces between words: a run is cut into overlapping pairs, as Lucene's CJKBigramFilter does
        assertThat(TextFeatures.tokens("东莞家具厂发生火灾")).containsExactly("东莞", "莞家", "家具", "具厂", "厂发", "发生", "生火", "火灾");
        assertThat(TextFeatures.tokens("火，")).containsExactly("火");
        // digits inside a run are numbers of their own, and a fact with the character they count
        assertThat(TextFeatures.tokens("2028年3月")).containsExactly("2028", "年", "3", "月");
        assertThat(TextFeatures.facts("直接经济损失约为850万元。")).anyMatch(f -> f.startsWith("n:850"));
        assertThat(TextFeatures.sentences("据警方称，两名工人受伤。火灾原因仍在调查中。")).hasSize(2);
        assertThat(TextFeatures.sentences("東京で火事があった。「原因を調べている」と警察は述べた。")).hasSize(2);
        // Thai too writes no spaces between words: the JDK's dictionary-based breaker cuts them
        assertThat(TextFeatures.tokens("เพลิงไหม้โรงงาน")).containsExactly("เพลิง", "ไหม้", "โรงงาน");
        assertThat(TextFeatures.tokens("ตำรวจ")).containsExactly("ตำรวจ"); // NFKC's split SARA AM is joined again
        // Korean writes spaces: its words stay whole
        assertThat(TextFeatures.tokens("서울에서 화재가 발생했다")).containsExactly("서울에서", "화재가", "발생했다");
    }

    @Test
    void indicWordsKeepTheirVowelSignsAndSentencesEndAtTheDanda() {
        // the vowel signs and viramas of Devanagari are combining marks: a word goes on through them
        assertThat(TextFeatures.tokens("कानपुर में एक फर्नीचर कारखाने में")).containsExactly("कानपुर", "में", "एक", "फर्नीचर", "कारखाने", "में");
        assertThat(TextFeatures.sentences("पुलिस के अनुसार दो मज़दूर घायल हो गए। आग लगने का कारण अभी पता नहीं चला है।"))
                .hasSize(2);
        // a script without case starts its sentences with no capital
        assertThat(TextFeatures.sentences("اندلع حريق في مصنع للأثاث مساء الثلاثاء. وقالت الشرطة إن عاملين أصيبا.")).hasSize(2);
        // English as before: a lower-case word after a full stop starts no sentence
        assertThat(TextFeatures.sentences("It cost $4.5 million. it was late.")).hasSize(1);
    }

    @Test
    void quotationsInGuillemetsAndLowMarksAreQuotes() {
        assertThat(TextFeatures.facts("« Nous avons fermé la ligne par précaution », a déclaré le directeur."))
                .anyMatch(f -> f.startsWith("q:"));
        assertThat(TextFeatures.facts("„Die Strecke bleibt bis Freitag gesperrt“, sagte eine Sprecherin."))
                .anyMatch(f -> f.startsWith("q:"));
        assertThat(TextFeatures.facts("«بررسی‌های کارشناسی نشان می‌دهد جرقه از تابلوی برق بوده است»"))
                .anyMatch(f -> f.startsWith("q:"));
        // English marks as before, and a quote mark inside a word is no quotation
        assertThat(TextFeatures.facts("“We closed the line as a precaution,” the director said."))
                .anyMatch(f -> f.startsWith("q:"));
        assertThat(TextFeatures.facts("The director said the line was closed as a precaution.")).noneMatch(f -> f.startsWith("q:"));
    }

    @Test
    void stemsFoldInflections() {
        assertThat(List.of("negotiations", "negotiated", "negotiating").stream().map(Stemmer::stem).distinct())
                .hasSize(1);
        assertThat(Stemmer.stem("companies")).isEqualTo(Stemmer.stem("company"));
    }

    @Test
    void termsDropStopwordsAndReadNumberWords() {
        assertThat(TextFeatures.terms("Two weeks after the order, talks remain stalled"))
                .containsExactly("2", Stemmer.stem("weeks"), Stemmer.stem("order"), Stemmer.stem("talks"),
                        Stemmer.stem("remain"), Stemmer.stem("stalled"));
    }

    @Test
    void factsAreCountedNounsNamesAndQuotes() {
        var facts = TextFeatures.facts("Alex Stamos published a letter signed by more than 150 executives, "
                + "calling for rules \"based upon science and nothing else.\" It was worth $1 trillion.");
        assertThat(facts).contains("n:~150 " + Stemmer.stem("executives"), "n:1 trillion", "f:" + Stemmer.stem("stamos"))
                .anySatisfy(f -> assertThat(f).startsWith("q:"));
        // the first word of a sentence is capitalised by grammar, not because it is a name
        assertThat(facts).doesNotContain("f:alex");
        assertThat(TextFeatures.facts("Watch two things.")).containsExactly("n:2 " + Stemmer.stem("things"));
    }

    @Test
    void aDayNextToItsMonthIsOneDateHoweverTheSentenceGoesOn() {
        // the same date must be the same fact, or a rewrite that repeats it reads as news
        assertThat(TextFeatures.facts("Since the directive of June 12, foreign nationals have been locked out."))
                .contains("d:june 12").noneMatch(f -> f.startsWith("n:"));
        assertThat(TextFeatures.facts("From then until June 29 nobody could use the models."))
                .contains("d:june 29").noneMatch(f -> f.startsWith("n:"));
        assertThat(TextFeatures.facts("The order took effect on 29 June after a review.")).contains("d:june 29");
        assertThat(TextFeatures.facts("The hearing is set for Sept. 3 in the capital.")).contains("d:september 3");
    }

    @Test
    void aNumberWithItsUnitWrittenOnIsAFactAndAScaleReadsAsItsWord() {
        // "445p", "£2.1bn", "180MW": wire and British style; such figures were no facts at all, so a raised offer
        // told in pence added nothing new
        assertThat(TextFeatures.facts("Brightmere raised its offer to 445p a share, valuing the group at £2.1bn."))
                .contains("n:445 p", "n:2.1 billion");
        // a unit's symbol reads as the unit it names, "180 megawatts" as well
        assertThat(TextFeatures.facts("The campus would draw 180MW from the grid.")).contains("n:180 " + Stemmer.stem("megawatts"));
        // written out, the scale is the same fact
        assertThat(TextFeatures.facts("It values the group at £2.1 billion.")).contains("n:2.1 billion");
        // an ordinal is its number: "June 12th" is the date
        assertThat(TextFeatures.facts("The hearing was moved to June 12th in the capital.")).contains("d:june 12");
        assertThat(TextFeatures.facts("Rates rose 4.25% on Tuesday.")).contains("n:4.25");
    }

    @Test
    void aCountedNounFollowsItsNumberDirectly() {
        assertThat(TextFeatures.facts("The vote was 52, with several senators absent."))
                .contains("n:52").doesNotContain("n:52 " + Stemmer.stem("with"), "n:52 " + Stemmer.stem("several"));
        assertThat(TextFeatures.facts("The plant employs 400 workers on two shifts."))
                .contains("n:400 " + Stemmer.stem("workers"), "n:2 " + Stemmer.stem("shifts"));
    }

    @Test
    void aCapitalAfterAColonStartsAClauseNotAName() {
        assertThat(TextFeatures.facts("Analysis: Half a reopening, and a spotlight on Anthropic"))
                .containsExactly("f:" + Stemmer.stem("anthropic"));
        // the same word elsewhere in the sentence still reads as a name
        assertThat(TextFeatures.facts("The verdict: Reuters was right, and the report by Reuters stands"))
                .containsExactly("f:" + Stemmer.stem("reuters"));
    }

    @Test
    void titleCaseHeadlinesYieldNoNames() {
        assertThat(TextFeatures.facts("Anthropic's Mythos Standoff Sets the Template for AI Export Negotiations"))
                .noneMatch(f -> f.startsWith("f:"));
    }

    @Test
    void anAbbreviationsDotDoesNotEndASentence() {
        assertThat(TextFeatures.sentences("The company filed with the U.S. Food and Drug Administration on Tuesday. "
                + "Sen. Elizabeth Warren and Gov. Ron DeSantis spoke, as did John F. Kennedy Jr. at the event. "
                + "Shares rose in St. Paul, Minn. Trading was light."))
                .containsExactly("The company filed with the U.S. Food and Drug Administration on Tuesday.",
                        "Sen. Elizabeth Warren and Gov. Ron DeSantis spoke, as did John F. Kennedy Jr. at the event.",
                        "Shares rose in St. Paul, Minn. Trading was light.");
    }

    @Test
    void aQuotationIsNotCutInside() {
        assertThat(TextFeatures.sentences("\"We are not against transit. We are against being put out of business by it,\" "
                + "said Grace Lindqvist. \u201CNobody told us. Nothing,\u201D she added. The court sits on Monday."))
                .containsExactly("\"We are not against transit. We are against being put out of business by it,\" said Grace "
                        + "Lindqvist.", "\u201CNobody told us. Nothing,\u201D she added.", "The court sits on Monday.");
    }

    @Test
    void sentencesSplitParagraphsAndBullets() {
        assertThat(TextFeatures.sentences("First one. Second one!\n\n  • A bullet point\nU.S. officials met. \"Yes,\" he said."))
                .containsExactly("First one.", "Second one!", "A bullet point", "U.S. officials met.", "\"Yes,\" he said.");
    }

    @Test
    void aNumberWrittenOutInWordsIsTheSameFactAsItsFigure() {
        assertThat(TextFeatures.facts("The fund is worth four point two million pounds."))
                .isEqualTo(TextFeatures.facts("The fund is worth 4.2 million pounds."));
        assertThat(TextFeatures.facts("Growers get three hundred and ten pounds a tree.")).contains("n:310 " + Stemmer.stem("pounds"));
        assertThat(TextFeatures.facts("Twenty-one flights were cancelled.")).contains("n:21 " + Stemmer.stem("flights"));
        assertThat(TextFeatures.facts("About two thousand homes lost power.")).contains("n:~2000 " + Stemmer.stem("homes"));
        // words that only stand next to each other are no one number
        assertThat(TextFeatures.facts("Two and three bedroom flats were sold.")).doesNotContain("n:5", "n:23");
        assertThat(TextFeatures.facts("He scored two, three times a season.")).doesNotContain("n:23", "n:5");
        // the words "unit" and "tens" are words, whatever the parser calls its states
        assertThat(TextFeatures.facts("Two unit managers and tens of nurses left.")).contains("n:2 unit");
    }

    @Test
    void aNumberWithSpacesBetweenItsThousandsIsOneNumber() {
        // French, Nordic, Slavic and Hungarian style, with a plain, a no-break or a narrow no-break space
        assertThat(TextFeatures.facts("Altaasta pääsi noin 40 000 kuutiota vettä.")).anyMatch(f -> f.startsWith("n:40000 "));
        assertThat(TextFeatures.facts("Około 38\u00a0000 osób zostało bez ogrzewania.")).anyMatch(f -> f.startsWith("n:38000 "));
        assertThat(TextFeatures.facts("Le fonds atteint 1\u202f200\u202f000 euros.")).anyMatch(f -> f.startsWith("n:1200000 "));
        // a year is no group's head, nor a group after a comma
        assertThat(TextFeatures.facts("In 2019 300 people moved away.")).contains("n:2019", "n:300 " + Stemmer.stem("people"));
        assertThat(TextFeatures.facts("Scores were 7, 250 and 12 points.")).noneMatch(f -> f.startsWith("n:7250"));
    }

    @Test
    void aScaleWordBelongsToItsNumber() {
        // not also "a thousand investors" or "a million pounds" of their own
        assertThat(TextFeatures.facts("Around 38 thousand investors are locked in.")).containsExactly("n:~38 thousand");
        assertThat(TextFeatures.facts("The fund is worth four point two million pounds.")).containsExactly("n:4.2 million");
    }

    @Test
    void aCommaBeforeOtherThanThreeDigitsIsADecimalComma() {
        assertThat(TextFeatures.figure("4,2")).isEqualTo("4.2");
        assertThat(TextFeatures.figure("1,45")).isEqualTo("1.45");
        assertThat(TextFeatures.figure("12,5")).isEqualTo("12.5");
        // English grouping stays grouping
        assertThat(TextFeatures.figure("2,300")).isEqualTo("2300");
        assertThat(TextFeatures.figure("1,234,567")).isEqualTo("1234567");
        assertThat(TextFeatures.figure("1,234.5")).isEqualTo("1234.5");
    }

    @Test
    void aScaleWordOfAnotherLanguageBelongsToItsNumber() {
        // "about 4.2 thousand students", "1.45 thousand tickets", "3.5 million euros"
        assertThat(TextFeatures.facts("Из них примерно 4,2 тыс. студентов учатся платно.")).contains("n:4.2 thousand")
                .noneMatch(f -> f.contains("тыс"));
        assertThat(TextFeatures.facts("Buvo nupirkta 1,45 tūkst. bilietų.")).contains("n:1.45 thousand");
        assertThat(TextFeatures.facts("Der Schaden liegt bei 3,5 Mio. Euro.")).contains("n:3.5 million");
        // an English word is never read as another language's scale: "3 bin bags" are bags, not Turkish thousands
        assertThat(TextFeatures.facts("Crews collected 3 bin bags of litter.")).contains("n:3 bin");
    }

    @Test
    void aQuotationOpenedLowIsClosedByTheMarkThatOpensOneInEnglish() {
        // Lithuanian, German, Bulgarian close „ with “ (Polish with ”): the sentence ends at its full stop
        assertThat(TextFeatures.sentences("Spektaklio „Tylos sodai“ premjera atšaukta. Priežastis – saugumo."))
                .containsExactly("Spektaklio „Tylos sodai“ premjera atšaukta.", "Priežastis – saugumo.");
        assertThat(TextFeatures.sentences("Napisała o tym „Gazeta Lokalna”. Prokuratura milczy."))
                .hasSize(2);
        // an English quotation still runs over its full stops
        assertThat(TextFeatures.sentences("“We are not against transit. We are against this,” she said. Then she left."))
                .hasSize(2);
    }

    @Test
    void anOrdinalWithItsNounIsTheCountTheStoryReached() {
        // "a fourth worker has died" is four deaths now, the fact "four workers" states
        assertThat(TextFeatures.facts("A fourth worker has died after the blast."))
                .contains("n:4 " + TextFeatures.counted("worker"));
        assertThat(TextFeatures.facts("Four workers have died.")).contains("n:4 " + TextFeatures.counted("worker"));
        // alone it counts nothing, and a "second" is a unit of time as often as a rank
        assertThat(TextFeatures.facts("A third of the homes were lost, the third in a row.")).noneMatch(f -> f.startsWith("n:"));
        assertThat(TextFeatures.facts("A second worker died.")).noneMatch(f -> f.startsWith("n:"));
    }
}
