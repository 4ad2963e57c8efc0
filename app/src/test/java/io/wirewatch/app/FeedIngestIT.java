package io.wirewatch.app;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.KafkaClients;
import io.wirewatch.common.TopicAdmin;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.StreamApp;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local feed server → {@code wirewatch ingest --feed} → the broker → the topology. The ingester is
 * run twice (a restart): the second run must publish nothing again.
 */
class FeedIngestIT {
    @TempDir
    Path tmp;

    static String page(String title, String text) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><p>" + text + "</p><p>" + text
                + " More detail followed from officials later in the day.</p></article><footer>© Local</footer></body></html>";
    }

    @Test
    void feedArticlesArePublishedOnceAcrossAnIngesterRestart() throws Exception {
        AtomicInteger feedRequests = new AtomicInteger();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + http.getAddress().getPort();
        String[][] items = {
                {"Port strike enters second day", "Dock workers at the port stayed out for a second day on Wednesday."},
                {"Council approves new tram line", "The city council approved a new tram line to the airport on Tuesday."},
                {"Heatwave warning for the south", "Forecasters issued a heatwave warning for the south of the country."}};
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>");
        for (int i = 0; i < items.length; i++) {
            rss.append("<item><title>").append(items[i][0]).append("</title><link>").append(base).append("/a/").append(i)
                    .append("</link><guid>local-").append(i).append("</guid><pubDate>Mon, 23 Nov 2026 10:0").append(i)
                    .append(":00 GMT</pubDate></item>");
            byte[] html = page(items[i][0], items[i][1]).getBytes(StandardCharsets.UTF_8);
            http.createContext("/a/" + i, ex -> {
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, html.length);
                ex.getResponseBody().write(html);
                ex.close();
            });
        }
        byte[] feed = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        http.createContext("/feed.xml", ex -> {
            feedRequests.incrementAndGet();
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.sendResponseHeaders(200, feed.length);
                ex.getResponseBody().write(feed);
            }
            ex.close();
        });
        http.start();

        Path data = tmp.resolve("data");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("broker"))) {
            String bs = kafka.bootstrapServers();
            Map<String, String> settings = Map.of(CommonConfig.BOOTSTRAP_SERVERS, bs, CommonConfig.DATA_DIR, data.toString());
            TopicAdmin.ensure(bs, new CommonConfig(settings), Topics.CORE);
            try (StreamApp app = new StreamApp(bs, settings).start(Duration.ofSeconds(120))) {
                String[] ingest = {"ingest", "--bootstrap-servers", bs, "--data-dir", data.toString(), "--feed",
                        base + "/feed.xml", "--once", "--allow-private-addresses"};
                assertThat(Main.execute(ingest)).isZero();
                assertThat(Main.execute(ingest)).as("restarted ingester").isZero();

                List<RawArticle> raw = readAll(bs, Topics.RAW.name(), WirewatchSerdes.RAW_ARTICLE, 3, Duration.ofSeconds(10));
                assertThat(raw).hasSize(3);
                assertThat(raw).extracting(RawArticle::format).containsOnly("page");
                assertThat(raw).extracting(RawArticle::title).containsExactlyInAnyOrder(items[0][0], items[1][0], items[2][0]);
                List<Article> accepted = readAll(bs, Topics.ARTICLES.name(), WirewatchSerdes.ARTICLE, 3, Duration.ofSeconds(90));
                assertThat(accepted).hasSize(3);
                assertThat(accepted).allSatisfy(a -> assertThat(a.body()).contains("officials"));
                assertThat(feedRequests.get()).isEqualTo(2);
            }
        } finally {
            http.stop(0);
        }
    }

    /** Reads a topic from the beginning until {@code expected} records arrived and then {@code settle} passed quietly. */
    static <T> List<T> readAll(String bs, String topic, io.wirewatch.common.serde.JsonSerde<T> serde, int expected,
                               Duration max) {
        List<T> out = new ArrayList<>();
        try (KafkaConsumer<String, T> c = new KafkaConsumer<>(KafkaClients.consumer(bs, null, true),
                new StringDeserializer(), serde)) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            long deadline = System.currentTimeMillis() + max.toMillis();
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                c.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
                if (out.size() >= expected && quietUntil == Long.MAX_VALUE) quietUntil = System.currentTimeMillis() + 2000;
            }
        }
        return out;
    }
}
