package io.wirewatch.common.model;

import io.wirewatch.common.Topics;
import io.wirewatch.common.query.QuerySyntaxException;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void roundTripsThroughJson() {
        Subscription s = new Subscription("anthropic", "entity:Anthropic AND NOT topic:sport", Set.of(AlertType.NEW_STORY),
                "https://hooks.example.com/x", "s3cret", "/tmp/a.jsonl", T);
        byte[] json = WirewatchSerdes.SUBSCRIPTION.serialize("t", s);
        assertThat(WirewatchSerdes.SUBSCRIPTION.deserialize("t", json)).isEqualTo(s);
    }

    @Test
    void noTypesMeansAllTypes() {
        Subscription s = new Subscription("a", "x", null, null, null, null, T);
        assertThat(s.types()).isEqualTo(EnumSet.allOf(AlertType.class));
        assertThat(s.wants(AlertType.DEVELOPMENT)).isTrue();
    }

    @Test
    void idMustBeTopicSafe() {
        for (String bad : new String[]{"Anthropic", "a b", "a/b", "", "-a", "é"}) {
            assertThatThrownBy(() -> new Subscription(bad, "x", null, null, null, null, T))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subscription id");
        }
        assertThat(Topics.alertsFor("my_sub.v2-1")).isEqualTo("wirewatch.alerts.my_sub.v2-1");
    }

    @Test
    void queryMustParse() {
        assertThatThrownBy(() -> new Subscription("a", "(x", null, null, null, null, T))
                .isInstanceOf(QuerySyntaxException.class).hasMessageStartingWith("expected ')' at column 3");
    }

    @Test
    void webhookMustBeHttpAndSigned() {
        assertThatThrownBy(() -> new Subscription("a", "x", null, "ftp://h/x", "k", null, T))
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new Subscription("a", "x", null, "https://h/x", null, null, T))
                .hasMessageContaining("secret");
    }
}
