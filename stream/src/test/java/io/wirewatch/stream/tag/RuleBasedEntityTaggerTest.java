package io.wirewatch.stream.tag;

import io.wirewatch.common.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBasedEntityTaggerTest {
    private final RuleBasedEntityTagger tagger = new RuleBasedEntityTagger();

    private static Optional<Entity> find(List<Entity> es, String name) {
        return es.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void resolvesSurnameToTheFullNameIntroducedEarlier() {
        List<Entity> es = tagger.tag("", "Microsoft chief executive Satya Nadella spoke in Redmond on Tuesday. "
                + "Later, Nadella told analysts that demand was strong. Nadella declined to give figures.");
        Entity p = find(es, "Satya Nadella").orElseThrow();
        assertThat(p.type()).isEqualTo("PERSON");
        assertThat(p.mentions()).isEqualTo(3);
        assertThat(p.aliases()).containsExactly("Nadella");
        assertThat(find(es, "Nadella")).isEmpty();
        assertThat(find(es, "Redmond").orElseThrow().type()).isEqualTo("LOCATION");
    }

    @Test
    void titleSplitsOrganisationFromPerson() {
        List<Entity> es = tagger.tag("", "The deal was confirmed by Acmetronics CEO Priya Ramaswamy, who said it "
                + "would close in March.");
        assertThat(find(es, "Acmetronics").orElseThrow().type()).isEqualTo("ORGANIZATION");
        assertThat(find(es, "Priya Ramaswamy").orElseThrow().type()).isEqualTo("PERSON");
    }

    @Test
    void capitalisedNameWithVersionNumberIsAProductAndAbsorbsItsFamilyName() {
        List<Entity> es = tagger.tag("", "The startup released Zephyr 3 on Monday. Users said Zephyr was faster "
                + "than rival models, and the company plans more Zephyr models.");
        Entity p = find(es, "Zephyr 3").orElseThrow();
        assertThat(p.type()).isEqualTo("PRODUCT");
        assertThat(p.aliases()).contains("Zephyr");
        assertThat(p.mentions()).isEqualTo(3);
    }

    @Test
    void rareMisspellingJoinsTheFrequentNameItIsOneEditFrom() {
        List<Entity> es = tagger.tag("", "Veridiana said profits rose. Analysts expect Veridiana to grow. "
                + "Veridianna shares rose 3%. Veridiana declined to comment.");
        Entity o = find(es, "Veridiana").orElseThrow();
        assertThat(o.aliases()).contains("Veridianna");
        assertThat(o.mentions()).isEqualTo(4);
        assertThat(find(es, "Veridianna")).isEmpty();
    }

    @Test
    void commonWordsCapitalisedOnlyBySentenceStartOrHeadingAreNotEntities() {
        List<Entity> es = tagger.tag("Regulators Weigh Tougher Rules for Lenders",
                "Background\nFounded in 1998, the lender grew quickly. Critics say regulators were slow.\n"
                        + "Implications for Borrowers\nHowever, nothing changes for now.");
        assertThat(es).isEmpty();
    }

    @Test
    void definiteShortFormAliasesTheNameTheArticleEstablished() {
        List<Entity> es = tagger.tag("", "The Financial Times reported the talks on Sunday. According to the "
                + "Times, the bid values the group at $4bn.");
        Entity o = find(es, "Financial Times").orElseThrow();
        assertThat(o.type()).isEqualTo("ORGANIZATION");
        assertThat(o.mentions()).isEqualTo(2);
    }

    @Test
    void institutionNameContainingAPlaceStaysOneOrganisation() {
        List<Entity> es = tagger.tag("", "Shares are listed on the Hong Kong Stock Exchange, and the "
                + "University of Toronto holds a stake.");
        assertThat(find(es, "Hong Kong Stock Exchange").orElseThrow().type()).isEqualTo("ORGANIZATION");
        assertThat(find(es, "University of Toronto").orElseThrow().type()).isEqualTo("ORGANIZATION");
    }

    @Test
    void gazetteerAliasesShareOneCanonicalPlace() {
        List<Entity> es = tagger.tag("", "Officials in the U.S. said the United States would respond. "
                + "The US embassy confirmed it.");
        Entity us = find(es, "United States").orElseThrow();
        assertThat(us.type()).isEqualTo("LOCATION");
        assertThat(us.mentions()).isEqualTo(3);
    }

    @Test
    void headlineAndLeadMentionsWeighMoreInSalience() {
        List<Entity> es = tagger.tag("Nordwind Bank fined by regulator", "Nordwind Bank was fined on Friday. "
                + "The fine follows a complaint.\n".repeat(1) + "Filler sentence about markets. ".repeat(30)
                + "A spokesperson for Corvalis Partners commented.");
        assertThat(find(es, "Nordwind Bank").orElseThrow().salience()).isEqualTo(1.0);
        assertThat(find(es, "Corvalis Partners").orElseThrow().salience()).isLessThan(0.5);
    }

    @Test
    void productsWithDifferentVersionNumbersStayApart() {
        List<Entity> es = tagger.tag("", "Users compared Orbis 4 with Orbis 5 this week. Orbis 5 was faster, "
                + "but Orbis 4 remains cheaper.");
        assertThat(find(es, "Orbis 4").orElseThrow().mentions()).isEqualTo(2);
        assertThat(find(es, "Orbis 5").orElseThrow().mentions()).isEqualTo(2);
    }

    @Test
    void urlsAndHandlesAreNotNames() {
        List<Entity> es = tagger.tag("", "Read more at https://t.co/XPxUJuyIAC and follow @RobertMaguire_ today.");
        assertThat(es).isEmpty();
    }

    @Test
    void emptyAndBlankTextGiveNoEntities() {
        assertThat(tagger.tag("", "")).isEmpty();
        assertThat(tagger.tag(null, "   \n  ")).isEmpty();
    }
}
