package io.wirewatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.wirewatch.common.serde.JsonSerde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscription flow a user follows: subscribe on a data dir, replay the seeds into it, read the
 * subscription's topic with tail; a webhook receiver on loopback gets every matching alert once,
 * correctly signed, and a subscription for an unrelated query gets nothing.
 */
class SubscriptionIT {
    @TempDir
    Path tmp;

    @Test
    void seedAlertsReachTheSubscriptionTopicAndItsWebhookExactlyOnce() throws Exception {
        List<JsonNode> received = new ArrayList<>();
        List<String> badSignatures = new ArrayList<>();
        String secret = "test-secret-123";
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            String sig = ex.getRequestHeaders().getFirst("X-Wirewatch-Signature");
            if (!("sha256=" + hmac(secret, body)).equals(sig)) badSignatures.add(String.valueOf(sig));
            synchronized (received) {
                received.add(JsonSerde.MAPPER.readTree(body));
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        http.start();
        String data = tmp.resolve("data").toString();
        try {
            assertThat(Main.execute("subscribe", "--data-dir", data, "--id", "anthropic", "--query",
                    "entity:Anthropic AND NOT topic:sport", "--webhook", "http://127.0.0.1:" + http.getAddress().getPort() + "/hook",
                    "--webhook-secret", secret)).isZero();
            assertThat(Main.execute("subscribe", "--data-dir", data, "--id", "football", "--query",
                    "\"premier league\" OR topic:sport")).isZero();
            assertThat(Main.execute("subscribe", "--data-dir", data, "--id", "bad", "--query", "(export AND")).isEqualTo(2);

            Path report = tmp.resolve("r.json");
            assertThat(Main.execute("replay", Path.of("..", "seeds").toString(), "--data-dir", data,
                    "--report", report.toString())).isZero();
            int alerts = JsonSerde.MAPPER.readTree(report.toFile()).get("totals").get("alerts").asInt();
            assertThat(alerts).isPositive();

            List<String> tailed = tail(data, "anthropic");
            assertThat(tailed).hasSize(alerts);
            assertThat(tailed).allSatisfy(line -> assertThat(line).contains("\"subscriptionId\":\"anthropic\""));
            assertThat(tail(data, "football")).isEmpty();

            synchronized (received) {
                assertThat(received).hasSize(alerts);
                assertThat(received.stream().map(n -> n.get("alert").get("alertId").asText()).distinct().count())
                        .isEqualTo(alerts);
                assertThat(received).allSatisfy(n -> assertThat(n.get("text").asText()).isNotBlank());
            }
            assertThat(badSignatures).isEmpty();
        } finally {
            http.stop(0);
        }
    }

    private static List<String> tail(String data, String id) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("tail", "--data-dir", data, "--subscription", id, "--from-beginning", "--json",
                    "--idle-timeout", "3")).isZero();
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
