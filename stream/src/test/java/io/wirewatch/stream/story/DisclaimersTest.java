package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DisclaimersTest {
    private static final String TITLE = "Sewage overflows from Ahuroa pump station into Kōwhai Stream";
    private static final String LEAD = "Untreated sewage spilled from the Ahuroa pump station into Kōwhai Stream on Sunday "
            + "after a power cut stopped its pumps, the district council said.\n\n";

    @Test
    void readsTheEventAnArticleSaysItIsNotAbout() {
        Set<String> words = Disclaimers.of(TITLE, LEAD + "The council said the overflow was unrelated to last week's fish "
                + "kill near Mirrabool, which it blamed on low oxygen.", "en");
        assertThat(words).contains("fish", "kill", "mirrabool", "oxygen");
    }

    @Test
    void leavesOutTheWordsOfItsOwnTitleAndFirstLines() {
        Set<String> words = Disclaimers.of(TITLE, LEAD + "The spill is not connected to the sewage overflow at Tarrant "
                + "Bay in June.", "en");
        assertThat(words).contains("tarrant", "bay", "jun").doesNotContain("sewag", "overflow");
    }

    @Test
    void readsNoConnectionOfAnyKind() {
        // blind set 86, read after its first replay
        assertThat(Disclaimers.of(TITLE, LEAD + "\"This spill has no connection of any kind to what happened at the "
                + "Brannock terminal,\" the mayor said.", "en")).contains("brannock", "terminal");
    }

    @Test
    void readsTheSentenceBeforeADisclaimerWithoutAnObject() {
        Set<String> words = Disclaimers.of(TITLE, LEAD + "Last month a chemical leak at the Orrin dairy plant closed the "
                + "stream to swimmers. The council said the two incidents were unrelated.", "en");
        assertThat(words).contains("chemical", "leak", "orrin", "dairi");
    }

    @Test
    void readsTheTwoEventsOfNoConnectionBetween() {
        Set<String> words = Disclaimers.of(TITLE, LEAD + "A fire at the Orrin dairy plant killed a worker last week. "
                + "Officers said there was no connection between the two.", "en");
        assertThat(words).contains("fir", "orrin", "dairi", "worker");
    }

    @Test
    void readsAnEventCalledAnotherIncident() {
        // a reporter's other way of saying it: "a completely different incident", "a separate case", "a different
        // thing entirely"; what the other event was is said in the sentence or the one before
        Set<String> words = Disclaimers.of(TITLE, LEAD + "A passenger train struck a landslip near Loch Ardrie on Saturday. "
                + "The councillor said the overflow was a completely different incident.", "en");
        assertThat(words).contains("landslip", "loch", "ardri", "passenger");
        assertThat(Disclaimers.of(TITLE, LEAD + "Police arrested the plant's owner in a separate case over the Crescent "
                + "Meadows housing scheme.", "en")).contains("crescent", "meadow", "hous");
        assertThat(Disclaimers.of(TITLE, LEAD + "Residents remember the Orrin dairy fire. \"It's a different thing "
                + "entirely,\" one said.", "en")).contains("orrin", "dairi");
    }

    @Test
    void readsAnEventThatOnlyAppearsUnrelated() {
        // "appear" and "seem" link a subject to "unrelated" as "is" does
        Set<String> words = Disclaimers.of(TITLE, LEAD + "A freight train left the rails at Ashcombe on Monday. The MP "
                + "said two derailments in a week were worrying, even though they appeared unrelated.", "en");
        assertThat(words).contains("ashcomb", "freight", "derail");
    }

    @Test
    void aFigureNamesNoEvent() {
        // a development of a kickbacks story: the contracts it sets apart are the story's own, and so are their years
        Set<String> words = Disclaimers.of("Council president suspended as 41 accounts frozen", "The council froze nine "
                + "contracts on Friday.\n\nThe nine contracts are separate from the 23 contracts worth RM47mil awarded "
                + "between 2031 and 2033.", "en");
        assertThat(words).contains("award").doesNotContain("2031", "2033", "rm47mil", "23");
    }

    @Test
    void aSeparateThingIsNoDisclaimer() {
        // "separate" before a noun says nothing about another event; only "is separate from" does
        assertThat(Disclaimers.of(TITLE, LEAD + "Kisaragi will run a separate trial in Japanese patients, and the pumps "
                + "were moved to a separate store.", "en")).isEmpty();
        assertThat(Disclaimers.of(TITLE, LEAD + "The settlement is separate from the cyberattack Meridell disclosed.", "en"))
                .contains("cyberattack", "meridell");
    }

    @Test
    void anUnrelatedThingBeforeItsNounIsNoDisclaimer() {
        // "unrelated" said of a strain, a sample or a patient, before its noun ("was carrying an unrelated strain"), or of
        // one counted member ("The 13th was unrelated"), sets it apart from the others counted: the article's own
        // outbreak, not another event. A long retelling of a hospital's outbreak said both (blind set 60) and was kept
        // out of its own story
        assertThat(Disclaimers.of(TITLE, LEAD + "Sequencing showed 12 of the 13 samples were one strain. The 13th patient "
                + "was carrying an unrelated strain and is no longer counted.", "en")).isEmpty();
        assertThat(Disclaimers.of(TITLE, LEAD + "Sequencing showed 12 of the 13 samples were one strain. The 13th was "
                + "unrelated, reducing the count to 12.", "en")).isEmpty();
        // a count before its noun still names two events
        assertThat(Disclaimers.of(TITLE, LEAD + "Last month a chemical leak at the Orrin dairy plant closed the stream. "
                + "The council said the two incidents were unrelated.", "en")).contains("orrin", "dairi");
    }

    @Test
    void aDifferentMatterIsAnIdiomNotAnotherEvent() {
        // "X is a different matter" means "X is another question"; an adverb or a count makes it two events again
        assertThat(Disclaimers.of(TITLE, LEAD + "Construction timelines can be argued about. A related-party customer is a "
                + "different matter.", "en")).isEmpty();
        assertThat(Disclaimers.of(TITLE, LEAD + "A chemical leak at the Orrin dairy plant closed the stream last month. "
                + "The council said that was an entirely separate matter.", "en")).contains("orrin", "dairi");
    }

    @Test
    void anIdiomWhoseObjectNamesNothingDisclaimsNothing() {
        assertThat(Disclaimers.of(TITLE, LEAD + "Whoever steps in will ride under a cloud that has nothing to do with him.",
                "en")).isEmpty();
    }

    @Test
    void findsADisclaimerAnywhereInALongArticleAndNotAKeyWordAlone() {
        String filler = "Crews worked through the night and the linked roads stayed closed to traffic. ".repeat(200);
        assertThat(Disclaimers.mayDisclaim("unrelated to the fire")).isTrue();
        assertThat(Disclaimers.mayDisclaim(filler + "the spill was not directly related to last week's fish kill."))
                .isTrue();
        assertThat(Disclaimers.mayDisclaim(filler + "the two incidents were unrelated")).isTrue();
        // "linked", "related" and "separate" alone disclaim nothing
        assertThat(Disclaimers.mayDisclaim(filler + "a related inquiry runs on a separate track")).isFalse();
        assertThat(Disclaimers.of(TITLE, LEAD + filler + "The council said the overflow was unrelated to last week's fish kill.",
                "en")).contains("fish", "kill");
    }

    @Test
    void readsEachLanguageByItsOwnIdiom() {
        String body = LEAD + "The overflow was unrelated to last week's fish kill near Mirrabool.";
        // the English idiom in an article detected as German is not German's
        assertThat(Disclaimers.of(TITLE, body, "de")).isEmpty();
        assertThat(Disclaimers.of(TITLE, body, null)).isEmpty();
        // a language whose idiom is not read here: Italian
        assertThat(Disclaimers.of("Focolaio di norovirus nella casa di riposo", "Trenta ospiti sono malati. Il focolaio "
                + "non ha alcun legame con la leptospirosi del triathlon.", "it")).isEmpty();
    }

    private static final String DE_TITLE = "Norovirus-Ausbruch im Seniorenheim Eggersried";
    private static final String DE_LEAD = "Im Seniorenheim Eggersried sind 23 Bewohner an Brechdurchfall erkrankt, teilte "
            + "das Gesundheitsamt am Montag mit.\n\nDas Heim hat Besuche untersagt.\n\n";

    @Test
    void readsTheGermanEventAnArticleSaysItIsNotAbout() {
        // the object first, the idiom last ("Mit X hat der Ausbruch nichts zu tun")
        assertThat(Disclaimers.of(DE_TITLE, DE_LEAD + "Mit den Leptospirose-Erkrankungen nach dem Moorlauf in "
                + "Kaltenbrunn hat der Ausbruch nach Angaben der Behörde nichts zu tun.", "de"))
                .contains("moorlauf", "kaltenbrunn").doesNotContain("ausbruch", "behord");
        // "in keinem Zusammenhang mit", and a denied link ("Einen Zusammenhang mit X sieht die Polizei nicht")
        assertThat(Disclaimers.of(DE_TITLE, DE_LEAD + "Die Erkrankungen stehen in keinem Zusammenhang mit dem "
                + "Q-Fieber nach dem Lämmertag in Hallerbeck.", "de")).contains("hallerbeck", "lammertag");
        assertThat(Disclaimers.of(DE_TITLE, DE_LEAD + "Einen Zusammenhang mit dem Einbruch in das Naturkundemuseum vor "
                + "knapp einer Woche sieht die Polizei allerdings nicht.", "de")).contains("naturkundemuseum", "einbruch");
        // the object first, the link denied after it (blind set 88, read after its first replay)
        assertThat(Disclaimers.of(DE_TITLE, DE_LEAD + "\"Mit dem Vorfall an der Zirmkogelbahn besteht nicht der geringste "
                + "Zusammenhang\", betonte der Betriebsleiter.", "de")).contains("zirmkogelbahn", "vorfall");
        // "damit nichts zu tun": the other event is in the sentence before
        assertThat(Disclaimers.of(DE_TITLE, DE_LEAD + "Seit Sonntag beschäftigt das Fischsterben in der Wesse die Stadt. "
                + "Die Verwaltung stellte klar, dass der Vorfall damit nichts zu tun hat.", "de"))
                .contains("fischsterb", "wess");
    }

    @Test
    void aGermanLinkNotShownOrNotFoundIsNoDisclaimer() {
        // "nicht belegt" leaves the link open, "ergab sich nicht" is an inquiry's finding, "wies ... zurück" a person
        // denying his part: a development or the story's own opener says these, not another event's
        assertThat(Disclaimers.of(DE_TITLE, DE_LEAD + "Ein Zusammenhang mit den Partikeln sei bislang nicht belegt.", "de"))
                .isEmpty();
        assertThat(Disclaimers.of(DE_TITLE, DE_LEAD + "Ein Zusammenhang mit der Verpflegung an den Stationen ergab sich "
                + "nicht.", "de")).isEmpty();
        assertThat(Disclaimers.of(DE_TITLE, DE_LEAD + "Der Bürgermeister wies jeden Zusammenhang mit den Vorgängen "
                + "zurück.", "de")).isEmpty();
        assertThat(Disclaimers.of(DE_TITLE, DE_LEAD + "Die Polizei prüft, ob es einen Zusammenhang mit dem Diebstahl des "
                + "Psalters gibt.", "de")).isEmpty();
    }

    @Test
    void readsSpanishAndFrenchDisclaimers() {
        String title = "Cae un contenedor sobre un camión en la terminal de Arriolasa";
        String lead = "Un contenedor cayó el domingo sobre un camión en la terminal portuaria, sin heridos.\n\n";
        assertThat(Disclaimers.of(title, lead + "El incidente, sin relación con la inundación del dique seco del "
                + "astillero en la que murieron dos trabajadores, se produjo de madrugada.", "es"))
                .contains("inund", "diqu", "astiller");
        // the other event before the idiom, in a relative clause
        assertThat(Disclaimers.of(title, lead + "Es el segundo brote en la región tras el de triquinosis detectado en "
                + "Valdecárdenas, con el que no guarda relación.", "es")).contains("triquinosis", "valdecarden");
        assertThat(Disclaimers.of(title, lead + "El agua de la red \"no tiene nada que ver\" con ninguno de los dos "
                + "brotes de leptospirosis.", "es")).contains("leptospirosis");
        // "en relación con" is "about"
        assertThat(Disclaimers.of(title, lead + "La fiscalía abrió diligencias en relación con la inundación del dique.",
                "es")).isEmpty();
        assertThat(Disclaimers.of("Huîtres de Roc'h Glaz: la vente suspendue", "La préfecture a suspendu la vente des "
                + "huîtres.\n\nLa préfecture précise que cet épisode est sans lien avec les cas de botulisme liés aux "
                + "soupes de poissons d’une conserverie.", "fr")).contains("botul", "conserver");
    }

    @Test
    void namesAStoryWhenADisclaimedWordIsAmongItsHeaviest() {
        Map<String, Double> river = Map.of("fish", 6.0, "kill", 6.0, "mirrabool", 4.0, "river", 3.0, "@mirrabool", 9.0);
        assertThat(Disclaimers.names(Set.of("mirrabool", "week"), river, river::get)).isTrue();
        assertThat(Disclaimers.names(Set.of("week"), river, river::get)).isFalse();
        assertThat(Disclaimers.names(Set.of(), river, river::get)).isFalse();
        // entity features are the subject, not the event's words
        assertThat(Disclaimers.names(Set.of("@mirrabool"), river, river::get)).isFalse();
    }
}
