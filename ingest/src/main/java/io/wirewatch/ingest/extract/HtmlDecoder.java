package io.wirewatch.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw bytes of a page into text without mojibake. Order: byte-order mark, charset of the
 * HTTP {@code Content-Type} header, {@code <meta charset>} / {@code http-equiv} / XML declaration in
 * the first bytes, then detection (valid UTF-8, else windows-1252, the web's default for Latin text).
 *
 * <p>Declarations lie often, so two checks guard them: a page declared as UTF-8 whose bytes are not
 * valid UTF-8 is detected instead, and a page declared as a single-byte Latin charset whose bytes form
 * valid multi-byte UTF-8 is read as UTF-8 (real Latin-1 text practically never forms such sequences).
 */
public final class HtmlDecoder {
    private static final int PRESCAN = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {
    }

    /** The decoded text and the charset used. */
    public record Decoded(String text, Charset charset, String source) {
    }

    public static String decode(byte[] bytes, String contentType) {
        return decodeWithCharset(bytes, contentType).text();
    }

    /**
     * @param contentType the HTTP Content-Type header value, or null
     */
    public static Decoded decodeWithCharset(byte[] bytes, String contentType) {
        if (bytes == null || bytes.length == 0) return new Decoded("", StandardCharsets.UTF_8, "empty");
        // 1. A BOM is the strongest signal (the HTML standard puts it before the header).
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        // 2. HTTP header, 3. in-document declaration.
        Charset declared = null;
        String source = null;
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find()) {
                declared = charsetOrNull(m.group(1));
                source = "header";
            }
        }
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            Matcher x = XML_ENCODING.matcher(head);
            if (m.find()) declared = charsetOrNull(m.group(1));
            else if (x.find()) declared = charsetOrNull(x.group(1));
            source = "meta";
        }
        if (declared != null) {
            String utf8 = strictUtf8(bytes);
            if (declared.equals(StandardCharsets.UTF_8)) {
                if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8, source);
            } else if (isSingleByteLatin(declared) && utf8 != null && hasNonAscii(bytes)) {
                return new Decoded(utf8, StandardCharsets.UTF_8, source + "-overridden");
            } else if (declared.equals(StandardCharsets.UTF_16BE) || declared.equals(StandardCharsets.UTF_16LE)
                    || declared.name().equals("UTF-16")) {
                // An ASCII-compatible prescan found the declaration, so the bytes cannot be UTF-16.
                if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8, "detected");
            } else {
                return new Decoded(new String(bytes, declared), declared, source);
            }
        }
        // 4. Detection.
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8, "detected");
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "detected");
    }

    private static Charset charsetOrNull(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG encoding labels: these Latin-1 names all mean windows-1252 in browsers.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
                || n.equals("iso8859-1") || n.equals("l1") || n.equals("cp1252")) {
            return WINDOWS_1252;
        }
        if (n.equals("utf8")) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isSingleByteLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.equals("windows-1252") || n.startsWith("iso-8859-") || n.equals("us-ascii") || n.equals("windows-1250");
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }

    /** The text if the bytes are valid UTF-8, else null. */
    static String strictUtf8(byte[] bytes) {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
