package id.jht.portal.infrastructure.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.UUID;

/**
 * Real Hazelcast members (the version Payara bundles) in this JVM, joined over loopback by TCP, in
 * a cluster of their own name so that no other process on the machine can join it.
 */
final class TwoMembers {

  /** First port tried; members take the next free ones (other Payara processes use 6900 up). */
  static final int BASE_PORT = Integer.getInteger("it.hazelcast.port", 19570);

  private final String clusterName = "jht-test-" + UUID.randomUUID();
  private final java.util.Deque<HazelcastInstance> started = new java.util.ArrayDeque<>();

  HazelcastInstance start() {
    Config config = new Config();
    config.setClusterName(clusterName);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "jdk");
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(BASE_PORT).setPortAutoIncrement(true).setPortCount(30);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    // Without a port, a member is looked for on every port of the range above.
    join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
    HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
    started.push(member);
    return member;
  }

  /** Shuts down every member this cluster started that still runs, the latest first. */
  void shutdownAll() {
    while (!started.isEmpty()) {
      HazelcastInstance member = started.pop();
      if (member.getLifecycleService().isRunning()) {
        member.shutdown();
      }
    }
  }
}
