package io.wirewatch.sink.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A real HTTP webhook receiver on 127.0.0.1 for tests. {@code behaviour} maps the 1-based request number
 * to what to do: a status code to answer, or {@link #SLOW} to wait {@link #slowMillis} before answering 200.
 */
final class LoopbackReceiver implements AutoCloseable {
    static final int SLOW = -1;

    /** One request as received. */
    record Received(int number, Map<String, List<String>> headers, byte[] body, int answered) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    final List<Received> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final HttpServer server;
    volatile IntFunction<Integer> behaviour;
    volatile long slowMillis = 2_000;

    LoopbackReceiver(IntFunction<Integer> behaviour) throws IOException {
        this.behaviour = behaviour;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange ex) throws IOException {
        int n = count.incrementAndGet();
        byte[] body = ex.getRequestBody().readAllBytes();
        int action = behaviour.apply(n);
        int status = action;
        if (action == SLOW) {
            try {
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            status = 200;
        }
        requests.add(new Received(n, Map.copyOf(ex.getRequestHeaders()), body, status));
        if (status == 429) ex.getResponseHeaders().add("Retry-After", "0");
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    List<Received> accepted() {
        return requests.stream().filter(r -> r.answered() >= 200 && r.answered() < 300).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
