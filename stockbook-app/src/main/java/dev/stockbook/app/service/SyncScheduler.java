package dev.stockbook.app.service;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.store.config.ConfigValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every connection on its own schedule with db-scheduler, on the state database: one task
 * instance per connection, so at most one node works a connection at a time, and a node that dies
 * mid-turn has its connections revived by the others once its heartbeats stop. {@link #wake} brings
 * a connection's turn forward; a burst of calls costs one turn.
 */
public final class SyncScheduler implements AutoCloseable {
  static final String TASK = "stockbook-sync";
  private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
  private final StockbookConfig config;
  private final Clock clock;
  private final Duration debounce;
  private final Scheduler scheduler;
  private final CustomTask<Void> task;
  private final ScheduledExecutorService nudges =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "stockbook-sync-nudge");
            t.setDaemon(true);
            return t;
          });

  SyncScheduler(
      StockbookConfig config,
      DataSource dataSource,
      ConnectionRun run,
      Timing timing,
      Clock clock) {
    this.config = config;
    this.clock = clock;
    this.debounce = timing.debounce();
    CustomTask<Void> task =
        Tasks.custom(TASK, Void.class)
            .onFailure(new FailureHandler.OnFailureRetryLater<>(timing.retryAfterFailure()))
            .onDeadExecutionRevive()
            .execute(
                (instance, ctx) -> {
                  Optional<ConfigValues> connection = find(instance.getId());
                  if (connection.isEmpty()) {
                    return (complete, ops) -> ops.remove();
                  }
                  Instant next = run.run(connection.get());
                  nudgeAt(next);
                  return (CompletionHandler<Void>)
                      (complete, ops) -> ops.reschedule(complete, next);
                });
    Clock time = clock;
    SchedulerBuilder builder =
        new SchedulerBuilder(dataSource, List.of(task)) {
          {
            this.clock =
                time::instant; // the builder has no setter; tests and the service share one clock
          }
        };
    if (SqliteJdbcCustomization.isSqlite(dataSource)) {
      builder.jdbcCustomization(new SqliteJdbcCustomization());
    }
    this.scheduler =
        builder
            .schedulerName(new SchedulerName.Fixed(timing.nodeName()))
            .threads(timing.threads())
            .pollingInterval(timing.pollingInterval())
            .heartbeatInterval(timing.heartbeatInterval())
            .missedHeartbeatsLimit(timing.missedHeartbeats())
            .alwaysPersistTimestampInUTC()
            .enableImmediateExecution()
            .build();
    this.task = task;
  }

  /** Starts polling, and gives every configured connection a turn now unless it has one already. */
  public void start() {
    for (ConfigValues c : config.connections()) {
      scheduler.scheduleIfNotExists(task.instance(c.string("name")), clock.instant());
    }
    scheduler.start();
  }

  /**
   * Brings the connection's next turn forward (never later than it was) for an event of {@code
   * topic} already recorded: to now, or to after the debounce for topics that come in bursts
   * ({@link WebhookTopics#debounced}).
   */
  public void wake(String connection, String topic) {
    Duration after = WebhookTopics.debounced(topic) ? debounce : Duration.ZERO;
    Instant soon = clock.instant().plus(after);
    TaskInstanceId id = TaskInstanceId.of(TASK, connection);
    try {
      scheduler
          .getScheduledExecution(id)
          .ifPresentOrElse(
              e -> {
                if (!e.isPicked() && e.getExecutionTime().isAfter(soon)) {
                  scheduler.reschedule(id, soon);
                }
              },
              () -> scheduler.scheduleIfNotExists(task.instance(connection), soon));
    } catch (RuntimeException busy) {
      // Picked by a node right now: that turn ends by looking at the events again
      // (ConnectionRun#next).
      LOG.debug("{} is being worked; its next turn picks the new events up", connection);
    }
    nudge(after.toMillis() + 20);
  }

  /**
   * Looks for due work when the turn just rescheduled is due, instead of at the next poll after it
   * (up to {@code pollingInterval} later): a turn that ends with events waiting is due after the
   * debounce, and the order probe every few seconds (without this a 5 s probe ran every 6–7 s on a
   * real store). Waits longer than {@link #NUDGE_HORIZON} (the hourly cycle) are left to the poll,
   * so a node does not hold a timer per turn for an hour.
   */
  private void nudgeAt(Instant next) {
    long wait = Math.max(0, Duration.between(clock.instant(), next).toMillis());
    if (wait <= NUDGE_HORIZON.toMillis()) {
      nudge(wait + 20);
    }
  }

  /** The longest wait {@link #nudgeAt} keeps a timer for. */
  static final Duration NUDGE_HORIZON = Duration.ofSeconds(60);

  /**
   * Looks for due work in {@code millis}; nothing once the scheduler is closing (a turn may still
   * be ending).
   */
  private void nudge(long millis) {
    try {
      nudges.schedule(scheduler::triggerCheckForDueExecutions, millis, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      LOG.debug("not nudging the scheduler: it is closing");
    }
  }

  private Optional<ConfigValues> find(String name) {
    return config.connections().stream().filter(c -> c.string("name").equals(name)).findFirst();
  }

  @Override
  public void close() {
    nudges.shutdownNow();
    scheduler.stop();
  }

  /**
   * How the scheduler paces itself.
   *
   * @param nodeName this node's name in {@code scheduled_tasks.picked_by}
   * @param threads turns worked at once on this node
   * @param pollingInterval how often the node looks for due turns
   * @param heartbeatInterval how often a running turn says it is alive
   * @param missedHeartbeats after this many missed heartbeats another node revives the turn
   * @param debounce how long a webhook waits for others of the same burst before its turn
   * @param retryAfterFailure when a turn that threw is tried again
   */
  public record Timing(
      String nodeName,
      int threads,
      Duration pollingInterval,
      Duration heartbeatInterval,
      int missedHeartbeats,
      Duration debounce,
      Duration retryAfterFailure) {

    /**
     * WooCommerce's queue runner sends the webhooks of one request (an order's {@code created} and
     * {@code updated}) within milliseconds of each other (each delivery waits for the answer to the
     * one before, and Stockbook answers as soon as the event is recorded); a tenth of a second
     * gathers them into one turn. It is waited on the way of every sale to another store, so it is
     * kept short (it was a quarter of a second, an eighth of the 2 s target).
     */
    static final Duration DEBOUNCE = Duration.ofMillis(100);

    /**
     * A dead node's turns move within 15 s: it counts as dead after 4 missed heartbeats of 1.5 s
     * (db-scheduler's least), db-scheduler looks for dead turns every 2 heartbeats (3 s), and a
     * revived turn is picked at the next poll (2 s): 6 + 3 + 2 = 11 s at worst. A heartbeat is one
     * small update per held turn; a live node stalled 6 s (a long GC pause) loses its turn, which
     * the posting ledger makes harmless.
     */
    public static Timing defaults(String nodeName) {
      return new Timing(
          nodeName,
          4,
          Duration.ofSeconds(2),
          Duration.ofMillis(1500),
          4,
          DEBOUNCE,
          Duration.ofMinutes(1));
    }
  }
}
