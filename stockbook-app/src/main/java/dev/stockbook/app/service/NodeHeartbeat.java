package dev.stockbook.app.service;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in the database, every heartbeat interval, that this node is alive, for the cluster view; a
 * node that stops on purpose says so. (Taking a dead node's turns over is db-scheduler's, from its
 * own heartbeats on the turns a node holds.)
 */
final class NodeHeartbeat implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeHeartbeat.class);
  private final ClusterTables cluster;
  private final String node;
  private final Clock clock;
  private final Instant started;
  private final ScheduledExecutorService beats =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "stockbook-node-heartbeat");
            t.setDaemon(true);
            return t;
          });

  NodeHeartbeat(ClusterTables cluster, SyncScheduler.Timing timing, Clock clock) {
    this.cluster = cluster;
    this.node = timing.nodeName();
    this.clock = clock;
    this.started = clock.instant();
    long every = timing.heartbeatInterval().toMillis();
    beats.scheduleAtFixedRate(this::beat, 0, every, TimeUnit.MILLISECONDS);
  }

  private void beat() {
    try {
      cluster.heartbeat(node, started, clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("{}: could not record a heartbeat: {}", node, e.getMessage());
    }
  }

  @Override
  public void close() {
    beats.shutdownNow();
    try {
      cluster.stopped(node, clock.instant());
    } catch (RuntimeException e) {
      LOG.debug("{}: could not record the stop: {}", node, e.getMessage());
    }
  }
}
