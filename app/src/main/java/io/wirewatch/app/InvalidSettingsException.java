package io.wirewatch.app;

/** Settings that cannot work (bad value, unknown key on the command line); a usage error: exit code 2. */
final class InvalidSettingsException extends RuntimeException {
    InvalidSettingsException(String message) {
        super(message);
    }
}
