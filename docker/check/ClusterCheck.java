import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Checks a Kafka cluster the way an operator would: the brokers it has, the KRaft controller quorum (leader,
 * voters and how far each lags), and every topic's leaders, replicas and in-sync replicas. Exits 1 when fewer
 * brokers than expected answer, a voter lags, or a partition has no leader or fewer in-sync replicas than
 * replicas. Reads only; creates and changes nothing.
 *
 * <p>Run with the Java 17 source launcher (a JDK, not only a JRE) and the Wirewatch jar for the Kafka client:
 * <pre>java -cp app/target/wirewatch.jar docker/check/ClusterCheck.java localhost:19092,localhost:29092,localhost:39092 3</pre>
 */
public final class ClusterCheck {
    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "localhost:19092,localhost:29092,localhost:39092";
        int expectedBrokers = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        boolean ok = true;
        try (Admin admin = Admin.create(p)) {
            var cluster = admin.describeCluster();
            Collection<Node> nodes = cluster.nodes().get(30, TimeUnit.SECONDS);
            System.out.printf("cluster id %s, %d broker(s): %s%n", cluster.clusterId().get(),
                    nodes.size(), nodes.stream().map(n -> n.id() + "=" + n.host() + ":" + n.port()).sorted().toList());
            if (nodes.size() < expectedBrokers) {
                System.out.printf("FAIL: expected %d brokers%n", expectedBrokers);
                ok = false;
            }

            QuorumInfo q = admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS);
            System.out.printf("metadata quorum: leader %d, epoch %d, high watermark %d%n",
                    q.leaderId(), q.leaderEpoch(), q.highWatermark());
            for (QuorumInfo.ReplicaState v : q.voters()) {
                long lag = q.highWatermark() - v.logEndOffset();
                System.out.printf("  voter %d: log end %d, lag %d%n", v.replicaId(), v.logEndOffset(), lag);
                // A voter that trails by more than a few hundred records is not really following.
                if (lag > 500) ok = false;
            }
            if (q.voters().size() < expectedBrokers) {
                System.out.printf("FAIL: expected %d voters%n", expectedBrokers);
                ok = false;
            }

            Set<String> names = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                    .names().get(30, TimeUnit.SECONDS);
            Map<String, TopicDescription> topics = new TreeMap<>(admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS));
            for (TopicDescription t : topics.values()) {
                int under = 0;
                for (TopicPartitionInfo pi : t.partitions()) {
                    if (pi.leader() == null || pi.isr().size() < pi.replicas().size()) under++;
                }
                TopicPartitionInfo first = t.partitions().get(0);
                System.out.printf("topic %-58s partitions %2d, replicas %d, under-replicated %d; p0 leader %s replicas %s isr %s%n",
                        t.name(), t.partitions().size(), first.replicas().size(), under,
                        first.leader() == null ? "none" : first.leader().id(), ids(first.replicas()), ids(first.isr()));
                if (under > 0) ok = false;
            }
        }
        System.out.println(ok ? "OK" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    private static String ids(List<Node> nodes) {
        return nodes.stream().map(n -> String.valueOf(n.id())).collect(Collectors.joining(",", "[", "]"));
    }
}
