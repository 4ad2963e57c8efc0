package io.wirewatch.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns feed bytes into text. Order of trust: byte-order mark, the XML declaration's encoding, the
 * HTTP charset, then UTF-8. The XML declaration wins over HTTP because servers often send a
 * default charset that the publisher never chose. Bytes that do not decode under the chosen
 * charset are a well-formedness problem: the text is then decoded with the next candidate that
 * fits (finally windows-1252, which maps every byte) and the problem is reported.
 */
final class XmlText {
    private static final Pattern DECL_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:+-]+)[\"']");

    /** @param problem null when the bytes decoded cleanly under the charset they claimed */
    record Decoded(String text, Charset charset, String problem) {
    }

    private XmlText() {
    }

    static Decoded decode(byte[] bytes, String httpCharset) {
        int bom = 0;
        Charset bomCharset = null;
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF) {
            bomCharset = Charset.forName("UTF-32BE");
            bom = 4;
        } else if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            bomCharset = Charset.forName("UTF-32LE");
            bom = 4;
        } else if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == '<') {
            bomCharset = Charset.forName("UTF-32BE");
        } else if (bytes.length >= 4 && bytes[0] == '<' && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0) {
            bomCharset = Charset.forName("UTF-32LE");
        } else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            bomCharset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            bomCharset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            bomCharset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (bytes.length >= 4 && bytes[0] == '<' && bytes[1] == 0 && bytes[2] == '?' && bytes[3] == 0) {
            bomCharset = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] == '?') {
            bomCharset = StandardCharsets.UTF_16BE;
        }
        List<String> problems = new ArrayList<>();
        Set<Charset> candidates = new LinkedHashSet<>();
        if (bomCharset != null) candidates.add(bomCharset);
        String head = new String(bytes, bom, Math.min(bytes.length - bom, 512),
                bomCharset != null && bomCharset != StandardCharsets.UTF_8 ? bomCharset : StandardCharsets.ISO_8859_1);
        Matcher m = DECL_ENCODING.matcher(head);
        if (m.find()) {
            Charset declared = charset(m.group(1));
            if (declared == null) problems.add("unknown encoding '" + m.group(1) + "' in the XML declaration");
            else if (bomCharset == null && declared.name().toUpperCase(Locale.ROOT).matches("UTF-(16|32).*")) {
                problems.add("declares " + m.group(1) + " but the bytes are ASCII-compatible");
            } else if (bomCharset == null || !isUnicode(declared)) candidates.add(declared);
        }
        Charset http = charset(httpCharset);
        if (httpCharset != null && !httpCharset.isBlank() && http == null) {
            problems.add("unknown charset '" + httpCharset + "' in Content-Type");
        }
        if (http != null) candidates.add(http);
        candidates.add(StandardCharsets.UTF_8);
        candidates.add(Charset.forName("windows-1252"));
        boolean first = true;
        for (Charset cs : candidates) {
            String text = strict(bytes, bom, cs);
            if (text != null) {
                if (!problems.isEmpty() || !first) {
                    if (!first) problems.add(0, "bytes are not valid " + candidates.iterator().next().name());
                    problems.add("decoded as " + cs.name());
                }
                return new Decoded(text, cs, problems.isEmpty() ? null : String.join("; ", problems));
            }
            first = false;
        }
        // Unreachable in practice: windows-1252 leaves five bytes unmapped, so replace them.
        return new Decoded(new String(bytes, bom, bytes.length - bom, StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1, "bytes fit no candidate charset; decoded as ISO-8859-1");
    }

    private static boolean isUnicode(Charset cs) {
        return cs.name().toUpperCase(Locale.ROOT).startsWith("UTF-");
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().replace("'", "").replace("\"", "");
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
