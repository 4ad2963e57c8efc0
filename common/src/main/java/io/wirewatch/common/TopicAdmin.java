package io.wirewatch.common;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates Wirewatch's topics explicitly (the broker's auto-creation is never relied on).
 * Existing topics are left untouched, so it is safe to call at every start.
 */
public final class TopicAdmin {
    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    public static Properties adminProps(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return p;
    }

    /** Creates the given topics (name → compacted?) when missing. */
    public static void ensure(String bootstrap, CommonConfig config, Collection<Topics.Spec<?, ?>> specs) {
        List<NewTopic> wanted = new ArrayList<>();
        for (Topics.Spec<?, ?> s : specs) {
            wanted.add(newTopic(s.name(), s.compacted(), config));
        }
        ensureTopics(bootstrap, wanted);
    }

    public static NewTopic newTopic(String name, boolean compacted, CommonConfig config) {
        NewTopic t = new NewTopic(Topics.checkName(name), config.partitions(), config.replication());
        if (compacted) {
            t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        } else {
            t.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(config.retentionMs())));
        }
        return t;
    }

    public static void ensureTopics(String bootstrap, List<NewTopic> wanted) {
        try (Admin admin = Admin.create(adminProps(bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) return;
            try {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                log.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) throw e;
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrap + ": " + e.getCause().getMessage()
                    + " (is the cluster reachable and are you allowed to create topics?)", e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrap + " did not answer within 30 s;"
                    + " check bootstrap.servers and that the brokers are up", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
