package io.wirewatch.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectionTest {
    @Test
    void detectsTheLanguageOfAParagraph() {
        assertThat(LanguageDetection.detect("The council said on Sunday that its systems had been hit by ransomware "
                + "and that residents should expect delays to housing benefit payments this week.")).isEqualTo("en");
        assertThat(LanguageDetection.detect("Prokuratura wszczęła śledztwo po awarii elektrociepłowni, a mieszkańcy "
                + "kilku osiedli od trzech dni nie mają ogrzewania ani ciepłej wody.")).isEqualTo("pl");
        assertThat(LanguageDetection.detect("Die Rakete geriet kurz nach dem Start ins Taumeln und wurde von der "
                + "Flugsicherung gesprengt; verletzt wurde niemand.")).isEqualTo("de");
        assertThat(LanguageDetection.detect("Ishallen stängs på obestämd tid sedan en takbalk har spruckit, meddelar "
                + "kommunen efter besiktningen på fredagen.")).isEqualTo("sv");
    }

    /**
     * The model has a class for each of Norwegian's written standards and splits a Norwegian text's confidence between
     * them (a report scored Nynorsk 0.09, Bokmål 0.07): pooled, they are Norwegian, not "unsure".
     */
    @Test
    void norwegiansTwoWrittenStandardsPoolTheirConfidence() {
        assertThat(LanguageDetection.detect("Høypatogen fugleinfluensa er påvist i en besetning med verpehøner i "
                + "kommunen. Alle hønene på gården skal avlives, opplyser tilsynet, og det er opprettet en sone "
                + "rundt gården der fjørfe må holdes innendørs.")).isEqualTo("no");
    }

    /** Croatian, Bosnian and Serbian share most words: the model's confidence in a Croatian text is split too. */
    @Test
    void croatianBosnianAndSerbianPoolTheirConfidence() {
        assertThat(LanguageDetection.detect("Gradsko vijeće u utorak je odlučilo zatvoriti gradski bazen zbog visokih "
                + "troškova energije, a gradonačelnik je najavio da će se bazen ponovno otvoriti tek nakon obnove "
                + "krova i zamjene sustava grijanja.")).isEqualTo("hr");
    }

    /** Names and figures alone are no language: the classes share the confidence, English among them. */
    @Test
    void listOfNamesAndFiguresIsUnsure() {
        assertThat(LanguageDetection.detect("Smith 12, Jones 45, Brown 7, Taylor 19, Walker 88, Wilson 3, Davies 61, "
                + "Evans 24, Thomas 9, Roberts 30")).isNull();
    }

    @Test
    void saysNothingAboutTooLittleText() {
        assertThat(LanguageDetection.detect("Ferry aground")).isNull();
        assertThat(LanguageDetection.detect(null)).isNull();
    }

    @Test
    void readsDeclaredTagsAndThreeLetterCodesAsTwoLetterOnes() {
        assertThat(LanguageDetection.toIso1("pt_BR")).isEqualTo("pt");
        assertThat(LanguageDetection.toIso1("de-AT")).isEqualTo("de");
        assertThat(LanguageDetection.toIso1("pol")).isEqualTo("pl");
        assertThat(LanguageDetection.toIso1("nob")).isEqualTo("nb");
        assertThat(LanguageDetection.toIso1("ind")).isEqualTo("id");
        assertThat(LanguageDetection.toIso1("heb")).isEqualTo("he");
        assertThat(LanguageDetection.toIso1(" ")).isNull();
    }
}
