package io.wirewatch.ingest.files;

import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.ingest.RawArticlePublisher;
import io.wirewatch.ingest.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileIngesterTest {
    static final class Collecting implements RawArticlePublisher {
        final List<RawArticle> articles = new ArrayList<>();
        final List<DeadLetter> dead = new ArrayList<>();

        @Override
        public void publish(RawArticle a) {
            articles.add(a);
        }

        @Override
        public void deadLetter(DeadLetter d) {
            dead.add(d);
        }
    }

    @TempDir
    Path dir;
    final Collecting out = new Collecting();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    final FileIngester ingester = new FileIngester(out, ArticleExtractor.defaultExtractor(), 64 * 1024, clock);

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(FileIngesterTest.class.getResource("/files/" + name).toURI());
    }

    @Test
    void readsHeaderBlockOfLatin1TextFile() throws Exception {
        ingester.ingestFile(fixture("latin1-with-header.txt"));
        assertThat(out.dead).isEmpty();
        RawArticle a = out.articles.get(0);
        assertThat(a.title()).isEqualTo("Café society reopens");
        assertThat(a.source()).isEqualTo("Le Monde");
        assertThat(a.body()).isEqualTo("The café on the corner reopened on Monday, its owner said.\n");
        assertThat(a.input()).isEqualTo("latin1-with-header.txt");
        assertThat(a.fetchedAt()).isEqualTo(clock.instant());
    }

    @Test
    void withoutHeaderFirstLineIsTitleAndWholeTextIsBody() throws Exception {
        ingester.ingestFile(fixture("bom-no-header.txt"));
        RawArticle a = out.articles.get(0);
        assertThat(a.title()).isEqualTo("First line is the title");
        assertThat(a.body()).startsWith("First line is the title\nAnd the rest");
        assertThat(a.url()).isNull();
    }

    /** A text file says nothing of its language: the detector does, as for an extracted page. */
    @Test
    void textFilesAndJsonLinesWithoutALanguageGetTheDetectedOne() throws Exception {
        Files.writeString(dir.resolve("es.txt"), "Un autobús cae por un barranco en la sierra\n\nUn autobús de la "
                + "empresa Transportes Azul cayó el martes por un barranco en la carretera de la sierra, y murieron "
                + "cinco de los pasajeros que iban en él, según las autoridades de la provincia.\n");
        Files.writeString(dir.resolve("en.txt"), "Bus falls into a ravine in the mountains\n\nA bus of the Blue "
                + "Transport company fell into a ravine on the mountain road on Tuesday, killing five of its "
                + "passengers, provincial authorities said.\n");
        Files.writeString(dir.resolve("lines.jsonl"), "{\"title\":\"Ônibus cai\",\"language\":\"pt\",\"text\":\"Um "
                + "ônibus caiu numa ribanceira na serra na terça-feira e cinco passageiros morreram.\"}\n"
                + "{\"title\":\"Bus\",\"text\":\"Ein Bus ist am Dienstag in den Bergen in eine Schlucht gestürzt, "
                + "fünf Fahrgäste sind nach Angaben der Behörden ums Leben gekommen.\"}\n");
        ingester.ingestFile(dir.resolve("es.txt"));
        ingester.ingestFile(dir.resolve("en.txt"));
        ingester.ingestFile(dir.resolve("lines.jsonl"));
        assertThat(out.dead).isEmpty();
        assertThat(out.articles).extracting(RawArticle::language).containsExactly("es", "en", "pt", "de");
    }

    @Test
    void jsonlBadLinesBecomeDeadLettersWithTheirLineNumber() throws Exception {
        FileIngester.Result r = ingester.ingestFile(fixture("mixed.jsonl"));
        assertThat(r).isEqualTo(new FileIngester.Result(2, 2));
        assertThat(out.articles).extracting(RawArticle::input).containsExactly("mixed.jsonl:1", "mixed.jsonl:4");
        assertThat(out.articles.get(0).canonicalUrl()).isEqualTo("https://a.example/1");
        assertThat(out.articles.get(0).publishedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(out.dead).extracting(DeadLetter::input).containsExactly("mixed.jsonl:2", "mixed.jsonl:3");
        assertThat(out.dead.get(0).reason()).startsWith("bad JSON line");
        assertThat(out.dead.get(1).reason()).contains("no \"text\"");
    }

    @Test
    void jsonLinesAreLimitedPerLineNotPerFile() throws Exception {
        // 200 articles of 1 KB: three times the ingester's 64 KiB limit as a file, each line well within it
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            sb.append("{\"title\":\"Item ").append(i).append("\",\"text\":\"")
                    .append(("Article number " + i + " says something. ").repeat(30)).append("\"}\r\n");
        }
        sb.append("{\"title\":\"Huge\",\"text\":\"").append("x".repeat(70 * 1024)).append("\"}\n");
        sb.append("{\"title\":\"After\",\"text\":\"The line after the huge one is read.\"}");
        Path file = Files.writeString(dir.resolve("many.jsonl"), sb);
        assertThat(Files.size(file)).isGreaterThan(3 * 64 * 1024);
        FileIngester.Result r = ingester.ingestFile(file);
        assertThat(r).isEqualTo(new FileIngester.Result(201, 1));
        assertThat(out.articles.get(199).input()).isEqualTo("many.jsonl:200");
        assertThat(out.articles.get(200).input()).isEqualTo("many.jsonl:202");
        assertThat(out.articles.get(200).title()).isEqualTo("After");
        assertThat(out.dead).singleElement().satisfies(d -> {
            assertThat(d.input()).isEqualTo("many.jsonl:201");
            assertThat(d.reason()).isEqualTo("line is over the limit of 65536 bytes (ingest.max.file.bytes)");
        });
    }

    @Test
    void gzippedJsonLinesAndAByteOrderMarkAreRead() throws Exception {
        Path file = dir.resolve("wire.jsonl.gz");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(("\uFEFF{\"title\":\"Dock strike ends\",\"text\":\"Dock workers returned on Friday.\"}\n\n"
                    + "{\"title\":\"Ferry resumes\",\"text\":\"The ferry sailed again at noon.\"}\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(ingester.ingestFile(file)).isEqualTo(new FileIngester.Result(2, 0));
        assertThat(out.articles).extracting(RawArticle::input).containsExactly("wire.jsonl.gz:1", "wire.jsonl.gz:3");
        assertThat(out.articles).extracting(RawArticle::title).containsExactly("Dock strike ends", "Ferry resumes");
    }

    @Test
    void aJsonLineThatIsNotUtf8IsDeadLetteredAndTheOthersRead() throws Exception {
        byte[] latin1 = "{\"title\":\"Caf\u00e9\",\"text\":\"Le caf\u00e9 ferme.\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] utf8 = "{\"title\":\"Caf\u00e9\",\"text\":\"Le caf\u00e9 rouvre.\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("mixed-encodings.jsonl");
        Files.write(file, java.nio.ByteBuffer.allocate(latin1.length + utf8.length).put(latin1).put(utf8).array());
        assertThat(ingester.ingestFile(file)).isEqualTo(new FileIngester.Result(1, 1));
        assertThat(out.dead).singleElement().satisfies(d -> {
            assertThat(d.input()).isEqualTo("mixed-encodings.jsonl:1");
            assertThat(d.reason()).isEqualTo("JSON line is not UTF-8");
        });
        assertThat(out.articles.get(0).body()).isEqualTo("Le caf\u00e9 rouvre.");
    }

    @Test
    void anArticleTooLargeForOneRecordIsDeadLetteredWithTheReason() throws Exception {
        FileIngester roomy = new FileIngester(out, ArticleExtractor.defaultExtractor(), 10 * 1024 * 1024, clock);
        Path file = Files.writeString(dir.resolve("minutes.txt"),
                "Council minutes\n\n" + "The council met again and talked at length. ".repeat(14_000));
        assertThat(roomy.ingestFile(file)).isEqualTo(new FileIngester.Result(0, 1));
        assertThat(out.dead).singleElement().satisfies(d -> {
            assertThat(d.input()).isEqualTo("minutes.txt");
            assertThat(d.reason()).contains("over the limit of 524288 for one record");
        });
    }

    @Test
    void savedNewsPagesOfAFewMegabytesAreReadByDefault() throws Exception {
        // a real page of 1.49 MB (scripts and inline data around the article) from the extraction benchmark
        Path page = Path.of(FileIngesterTest.class.getResource("/extraction/html/"
                + "ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf.html.gz").toURI());
        int limit = new io.wirewatch.ingest.IngestConfig(java.util.Map.of()).maxFileBytes();
        FileIngester byDefault = new FileIngester(out, ArticleExtractor.defaultExtractor(), limit, clock);
        assertThat(byDefault.ingestFile(page)).isEqualTo(new FileIngester.Result(1, 0));
        assertThat(out.articles.get(0).body()).hasSizeGreaterThan(500);
    }

    @Test
    void htmlAndGzippedHtmlGiveTheSameArticle() throws Exception {
        ingester.ingestFile(fixture("page.html"));
        ingester.ingestFile(fixture("page.html.gz"));
        assertThat(out.articles).hasSize(2);
        RawArticle plain = out.articles.get(0);
        assertThat(plain.title()).isEqualTo("Dock workers strike over pay");
        assertThat(plain.body()).contains("walked out on Tuesday").doesNotContain("Privacy", "Home");
        assertThat(plain.canonicalUrl()).isEqualTo("https://port.example/news/strike");
        assertThat(out.articles.get(1).id()).isEqualTo(plain.id());
    }

    @Test
    void emptyOversizedAndBinaryFilesAreDeadLetteredNotDropped() throws IOException {
        Path empty = Files.createFile(dir.resolve("a-empty.txt"));
        Path big = Files.writeString(dir.resolve("b-big.txt"), "x".repeat(70 * 1024));
        byte[] noise = new byte[2048];
        new java.util.Random(1).nextBytes(noise);
        Path binary = Files.write(dir.resolve("c-noise.txt"), noise);
        Path odd = Files.writeString(dir.resolve("d-notes.docx"), "whatever");
        FileIngester.Result r = ingester.ingest(List.of(dir));
        assertThat(r).isEqualTo(new FileIngester.Result(0, 4));
        assertThat(out.dead).extracting(DeadLetter::input)
                .containsExactly("a-empty.txt", "b-big.txt", "c-noise.txt", "d-notes.docx");
        assertThat(out.dead.get(0).reason()).isEqualTo("empty file");
        assertThat(out.dead.get(1).reason()).contains("over the limit of 65536");
        assertThat(out.dead.get(2).reason()).contains("not text");
        assertThat(out.dead.get(2).payloadEncoding()).isEqualTo("base64");
        assertThat(out.dead.get(3).reason()).contains("unsupported file type");
        assertThat(List.of(empty, big, binary, odd)).allMatch(Files::exists);
    }

    @Test
    void gzipBombIsCutAtTheLimit() throws IOException {
        Path bomb = dir.resolve("bomb.html.gz");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
            gz.write(("<p>" + "a".repeat(200 * 1024) + "</p>").getBytes());
        }
        ingester.ingestFile(bomb);
        assertThat(out.dead).singleElement().satisfies(d -> assertThat(d.reason()).contains("once decompressed"));
    }

    @Test
    void readsFoldersInNameOrder() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "B title\nb body");
        Files.writeString(dir.resolve("a.txt"), "A title\na body");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("c.txt"), "C title\nc body");
        Files.writeString(dir.resolve(".hidden.txt"), "skip me");
        ingester.ingest(List.of(dir));
        assertThat(out.articles).extracting(RawArticle::title).containsExactly("A title", "B title", "C title");
    }

    @Test
    void folderWatcherPublishesEachFileOnceAcrossRestarts() throws IOException {
        Path watched = Files.createDirectories(dir.resolve("in"));
        Path state = dir.resolve("state").resolve("seen.txt");
        Files.writeString(watched.resolve("one.txt"), "One\nfirst body");
        try (FolderWatcher w = new FolderWatcher(watched, ingester, state, 100, () -> { })) {
            assertThat(w.scanOnce().published()).isEqualTo(1);
            assertThat(w.scanOnce().published()).isZero();
        }
        Files.writeString(watched.resolve("two.txt"), "Two\nsecond body");
        try (FolderWatcher restarted = new FolderWatcher(watched, ingester, state, 100, () -> { })) {
            assertThat(restarted.scanOnce().published()).isEqualTo(1);
        }
        assertThat(out.articles).extracting(RawArticle::title).containsExactly("One", "Two");
    }

}
