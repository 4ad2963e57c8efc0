package io.wirewatch.app.bench;

import java.io.PrintStream;
import java.util.Locale;

/** One progress line per update on stderr, prefixed with the elapsed time; stdout stays for the results. */
final class Progress {
    private final PrintStream err;
    private final long t0 = System.nanoTime();

    Progress(PrintStream err) {
        this.err = err;
    }

    void update(String message) {
        err.printf(Locale.ROOT, "[bench %4ds] %s%n", elapsedSeconds(), message);
        err.flush();
    }

    long elapsedSeconds() {
        return (System.nanoTime() - t0) / 1_000_000_000L;
    }
}
