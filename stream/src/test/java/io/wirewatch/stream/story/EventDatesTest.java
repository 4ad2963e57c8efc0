package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.MonthDay;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventDatesTest {
    @Test
    void readsADayNextToItsMonthAsThePressWritesIt() {
        assertThat(EventDates.of("the 2 June explosion at the maltings")).containsExactly(MonthDay.of(6, 2));
        assertThat(EventDates.of("on June 2, and again on Sept. 3")).containsExactlyInAnyOrder(MonthDay.of(6, 2),
                MonthDay.of(9, 3));
        assertThat(EventDates.of("since the 5th of May")).containsExactly(MonthDay.of(5, 5));
        assertThat(EventDates.of("der Ausfall der Greitbergbahn vom 4. März")).containsExactly(MonthDay.of(3, 4));
        assertThat(EventDates.of("la liberación del 5 de mayo desde la destilería")).containsExactly(MonthDay.of(5, 5));
        assertThat(EventDates.of("depuis le 5 mai, la rivière")).containsExactly(MonthDay.of(5, 5));
        assertThat(EventDates.of("po katastrofie z 4 marca")).containsExactly(MonthDay.of(3, 4));
        assertThat(EventDates.of("Mar. 4 and May 21st")).containsExactlyInAnyOrder(MonthDay.of(3, 4), MonthDay.of(5, 21));
    }

    @Test
    void readsNoDayWhereNoMonthStandsNextToIt() {
        // the verb "may", the sea, a count, an impossible day, dates in figures alone (whose order differs by country)
        assertThat(EventDates.of("5 may be affected; el mar 3 veces; 12 workers; 31 June; 04.03.2035; 3/4")).isEmpty();
        assertThat(EventDates.of(null)).isEmpty();
    }

    @Test
    void theEventDayIsTheStorysFirstPublicationDayOrOneOfTheTwoBefore() {
        Long first = Instant.parse("2035-06-03T10:00:00Z").toEpochMilli();
        assertThat(EventDates.namesEventDay(Set.of(MonthDay.of(6, 3)), first)).isTrue();
        assertThat(EventDates.namesEventDay(Set.of(MonthDay.of(6, 1)), first)).isTrue();
        assertThat(EventDates.namesEventDay(Set.of(MonthDay.of(5, 31)), first)).isFalse();
        // a later day is the article's own, or another event's
        assertThat(EventDates.namesEventDay(Set.of(MonthDay.of(6, 4)), first)).isFalse();
        // across a year's end
        assertThat(EventDates.namesEventDay(Set.of(MonthDay.of(12, 31)),
                Instant.parse("2036-01-01T08:00:00Z").toEpochMilli())).isTrue();
        // an undated story has no event day
        assertThat(EventDates.namesEventDay(Set.of(MonthDay.of(6, 3)), null)).isFalse();
    }
}
