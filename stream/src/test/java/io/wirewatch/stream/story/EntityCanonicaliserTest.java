package io.wirewatch.stream.story;

import io.wirewatch.common.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EntityCanonicaliserTest {
    private static Map<String, Entity> known(Entity... entities) {
        Map<String, Entity> m = new LinkedHashMap<>();
        for (Entity e : entities) m.put(e.name(), e);
        return m;
    }

    private static Entity e(String name, String type, int mentions) {
        return new Entity(name, type, mentions, 0.5, List.of());
    }

    @Test
    void mapsRareSpellingToTheNameTheStoryKnows() {
        List<Entity> out = EntityCanonicaliser.canonicalise(List.of(e("Anthroplic", "PERSON", 1)),
                known(e("Anthropic", "ORGANIZATION", 12)));
        assertThat(out).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("Anthropic");
            assertThat(x.type()).isEqualTo("ORGANIZATION");
            assertThat(x.aliases()).contains("Anthroplic");
            assertThat(x.mentions()).isEqualTo(1);
        });
    }

    @Test
    void mergesVariantWithTheCorrectSpellingInTheSameArticle() {
        List<Entity> out = EntityCanonicaliser.canonicalise(
                List.of(e("Anthropic", "ORGANIZATION", 2), e("Anthroplic", "ORGANIZATION", 1)),
                known(e("Anthropic", "ORGANIZATION", 12)));
        assertThat(out).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("Anthropic");
            assertThat(x.mentions()).isEqualTo(3);
            assertThat(x.aliases()).containsExactly("Anthroplic");
        });
    }

    @Test
    void twoWordNamesAllowTwoEditsWhenLong() {
        List<Entity> out = EntityCanonicaliser.canonicalise(List.of(e("Howard Lutnik", "PERSON", 1)),
                known(e("Howard Lutnick", "PERSON", 6)));
        assertThat(out).extracting(Entity::name).containsExactly("Howard Lutnick");
    }

    @Test
    void leavesNamesWithDigitsAndShortNamesAlone() {
        List<Entity> in = List.of(e("Mythos 4", "PRODUCT", 1), e("Iran", "LOCATION", 1));
        List<Entity> out = EntityCanonicaliser.canonicalise(in,
                known(e("Mythos 5", "PRODUCT", 10), e("Iraq", "LOCATION", 10)));
        assertThat(out).isEqualTo(in);
    }

    @Test
    void leavesNameTheStoryHasAlreadySeen() {
        List<Entity> in = List.of(e("Carlsen", "PERSON", 1));
        List<Entity> out = EntityCanonicaliser.canonicalise(in,
                known(e("Carlson", "PERSON", 9), e("Carlsen", "PERSON", 1)));
        assertThat(out).isEqualTo(in);
    }

    @Test
    void leavesAmbiguousVariantAlone() {
        List<Entity> in = List.of(e("Carlsan", "PERSON", 1));
        List<Entity> out = EntityCanonicaliser.canonicalise(in,
                known(e("Carlson", "PERSON", 9), e("Carlsen", "PERSON", 9)));
        assertThat(out).isEqualTo(in);
    }

    @Test
    void needsStrongEvidenceFromTheStory() {
        List<Entity> rare = List.of(e("Anthroplic", "ORGANIZATION", 1));
        assertThat(EntityCanonicaliser.canonicalise(rare, known(e("Anthropic", "ORGANIZATION", 2)))).isEqualTo(rare);
        // the article uses its spelling as often as the story used the other: no evidence which is right
        List<Entity> frequent = List.of(e("Anthroplic", "ORGANIZATION", 4));
        assertThat(EntityCanonicaliser.canonicalise(frequent, known(e("Anthropic", "ORGANIZATION", 5))))
                .isEqualTo(frequent);
    }

    @Test
    void bareSurnameTakesTheFullNameOfTheOnePersonTheStoryKnows() {
        List<Entity> out = EntityCanonicaliser.canonicalise(List.of(e("Lutnick", "PERSON", 2)),
                known(e("Howard Lutnick", "PERSON", 4), e("Commerce Department", "ORGANIZATION", 6)));
        assertThat(out).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("Howard Lutnick");
            assertThat(x.aliases()).contains("Lutnick");
        });
        List<Entity> two = List.of(e("Smith", "PERSON", 1));
        assertThat(EntityCanonicaliser.canonicalise(two,
                known(e("Anna Smith", "PERSON", 3), e("John Smith", "PERSON", 3)))).isEqualTo(two);
    }
}
