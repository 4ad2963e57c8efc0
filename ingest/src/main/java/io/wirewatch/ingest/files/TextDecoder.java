package io.wirewatch.ingest.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of a saved article into text without mojibake: a BOM wins; otherwise strict
 * UTF-8; when the bytes are not valid UTF-8, Windows-1252 (a superset of ISO-8859-1's printable
 * range, which is what "Latin-1" files almost always are). Bytes that are not text at all (NUL
 * bytes, or many control characters) are refused with a reason rather than decoded into garbage.
 */
public final class TextDecoder {
    /** Share of control characters above which the content is considered binary, not text. */
    static final double MAX_CONTROL_SHARE = 0.02;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Thrown when bytes are not decodable text; the message is the dead-letter reason. */
    public static final class NotTextException extends Exception {
        public NotTextException(String message) {
            super(message);
        }
    }

    /** The decoded text and the charset that was used. */
    public record Decoded(String text, String charset) {
    }

    public static Decoded decode(byte[] bytes) throws NotTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return check(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)"), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) return check(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)"), "UTF-16BE");
        if (startsWith(bytes, 0xFF, 0xFE)) return check(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)"), "UTF-16LE");
        for (byte b : bytes) {
            if (b == 0) {
                throw new NotTextException("not text: contains NUL bytes (binary or an unsupported encoding)");
            }
        }
        try {
            return check(decodeStrict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return check(decodeStrict(bytes, 0, WINDOWS_1252), "windows-1252");
            } catch (CharacterCodingException notCp1252) {
                // Five byte values are undefined in windows-1252; ISO-8859-1 maps every byte.
                return check(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1");
            }
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String name) throws NotTextException {
        try {
            return decodeStrict(bytes, offset, cs);
        } catch (CharacterCodingException e) {
            throw new NotTextException("undecodable bytes: declared " + name + " by its byte-order mark but not valid "
                    + cs.name());
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static Decoded check(String text, String charset) throws NotTextException {
        int control = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean ctl = (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c < 0xA0)
                    || c == '\uFFFD';
            if (ctl) control++;
        }
        if (n > 0 && (double) control / n > MAX_CONTROL_SHARE) {
            throw new NotTextException(String.format(java.util.Locale.ROOT,
                    "undecodable bytes: not text (%.0f%% control or replacement characters when read as %s)",
                    100.0 * control / n, charset));
        }
        return new Decoded(text, charset);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        return Arrays.equals(Arrays.copyOf(b, prefix.length), toBytes(prefix));
    }

    private static byte[] toBytes(int[] ints) {
        byte[] r = new byte[ints.length];
        for (int i = 0; i < ints.length; i++) r[i] = (byte) ints[i];
        return r;
    }
}
