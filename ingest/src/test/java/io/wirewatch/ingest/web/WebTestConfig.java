package io.wirewatch.ingest.web;

import java.util.HashMap;
import java.util.Map;

/** Small delays and timeouts so the web tests stay fast; loopback allowed (the test server lives there). */
final class WebTestConfig {
    private WebTestConfig() {
    }

    static Map<String, Object> props() {
        Map<String, Object> p = new HashMap<>();
        p.put(WebIngestConfig.ALLOW_PRIVATE_ADDRESSES, true);
        p.put(WebIngestConfig.MIN_DELAY_MS, 0L);
        p.put(WebIngestConfig.READ_TIMEOUT_MS, 1500L);
        p.put(WebIngestConfig.CONNECT_TIMEOUT_MS, 1000L);
        p.put(WebIngestConfig.RETRIES, 2);
        p.put(WebIngestConfig.RETRY_BACKOFF_MS, 20L);
        p.put(WebIngestConfig.RETRY_BACKOFF_MAX_MS, 100L);
        p.put(WebIngestConfig.RETRY_AFTER_MAX_WAIT_MS, 2000L);
        p.put(WebIngestConfig.USER_AGENT, "WirewatchTest/1.0 (+http://127.0.0.1/)");
        return p;
    }

    static WebIngestConfig config(Object... overrides) {
        Map<String, Object> p = props();
        for (int i = 0; i < overrides.length; i += 2) p.put((String) overrides[i], overrides[i + 1]);
        return new WebIngestConfig(p);
    }
}
