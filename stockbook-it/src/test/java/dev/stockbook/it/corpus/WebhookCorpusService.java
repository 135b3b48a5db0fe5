package dev.stockbook.it.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stockbook.it.service.Eventually;
import dev.stockbook.it.service.ServiceWorld;
import dev.stockbook.state.DatabaseStateStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * {@code stockbook serve} as the webhook cases meet it: two stores ({@code demo}, {@code demo-2})
 * on one QuickBooks company, the schedule an hour away, and the service's log lines caught. A case
 * is posted over HTTP and judged by what the service did, not by what it answered alone: the events
 * it stored, whether a connection's turn was brought forward, and the turns that ran.
 *
 * <ul>
 *   <li><b>rejected</b>: a 4xx, nothing stored, no turn brought forward, no turn run;
 *   <li><b>ignored</b>: a 2xx, the same (nothing to do);
 *   <li><b>accepted</b>: a 2xx, events stored for exactly the named connections, each of which runs
 *       a turn (its runs count grows) while the others stay untouched.
 * </ul>
 */
final class WebhookCorpusService implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(20);
  final ServiceWorld world;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  WebhookCorpusService(Path dir) {
    logs.start();
    root.addAppender(logs);
    world = ServiceWorld.withStores(dir, 2).afterFirstCycle();
  }

  /**
   * What a connection looked like before a case: events stored, turns run, its next scheduled turn.
   */
  private record Snapshot(long events, int runs, String nextTurn) {}

  /**
   * Posts one case and checks the row: {@code status}, {@code outcome}, the connections it must
   * trigger ({@code -} for none), a fragment of the answer and a fragment of the log ({@code -}).
   */
  void check(
      String name,
      WebhookCase delivery,
      int status,
      String outcome,
      String triggered,
      String answerFragment,
      String logFragment) {
    Set<String> expected = "-".equals(triggered) ? Set.of() : Set.of(triggered.split(","));
    assertTrue(world.names().containsAll(expected), name + ": unknown connection in " + triggered);
    switch (outcome) {
      case "rejected" ->
          assertTrue(
              status >= 400 && status < 500 && expected.isEmpty(),
              name + ": a rejection is a 4xx that triggers nothing");
      case "ignored" ->
          assertTrue(
              status >= 200 && status < 300 && expected.isEmpty(),
              name + ": ignoring is a 2xx that triggers nothing");
      case "accepted" ->
          assertTrue(
              status >= 200 && status < 300 && !expected.isEmpty(),
              name + ": accepting is a 2xx that triggers a turn");
      default -> throw new AssertionError(name + ": unknown outcome " + outcome);
    }
    quiet();
    Map<String, Snapshot> before = snapshot();
    int logMark = logs.list.size();

    HttpResponse<String> answer = world.send(request(delivery));

    String said = answer.statusCode() + " " + answer.body();
    System.out.println("corpus webhook " + name + " -> " + said.replace('\n', ' '));
    assertEquals(status, answer.statusCode(), name + " answered " + said);
    assertTrue(
        "-".equals(answerFragment) || answer.body().contains(answerFragment),
        name + " answered " + said);
    assertFalse(
        answer.body().contains("Exception") || answer.body().contains("\tat "),
        name + " answered a stack trace: " + said);
    Map<String, Snapshot> after = snapshot();
    for (String connection : world.names()) {
      Snapshot was = before.get(connection);
      Snapshot now = after.get(connection);
      if (expected.contains(connection)) {
        assertTrue(now.events() > was.events(), name + ": nothing stored for " + connection);
        Eventually.until(
            WAIT, () -> world.runs(connection) > was.runs(), name + ": a turn of " + connection);
      } else {
        assertEquals(was.events(), now.events(), name + ": events stored for " + connection);
        assertEquals(
            was.nextTurn(),
            now.nextTurn(),
            name + ": the turn of " + connection + " was brought forward");
        assertEquals(was.runs(), now.runs(), name + ": a turn of " + connection + " ran");
      }
    }
    String logged =
        logs.list.subList(logMark, logs.list.size()).stream()
            .map(e -> e.getFormattedMessage() + " " + e.getThrowableProxy())
            .collect(Collectors.joining("\n"));
    assertTrue(
        "-".equals(logFragment) || logged.contains(logFragment), name + " logged: " + logged);
    for (String secret : secrets()) {
      assertFalse(logged.contains(secret), name + " logged a secret");
      assertFalse(answer.body().contains(secret), name + " answered a secret");
    }
  }

  private HttpRequest.Builder request(WebhookCase delivery) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(world.url(delivery.path()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
    delivery.headers().forEach(request::header);
    return request;
  }

  /** Waits until no connection has a turn running or events waiting, so a case starts from rest. */
  private void quiet() {
    for (String connection : world.names()) {
      Eventually.until(
          WAIT,
          () ->
              world.server.runtime().tables().waiting(connection).isEmpty()
                  && !nextTurn(connection).startsWith("picked"),
          connection + " at rest");
    }
  }

  private Map<String, Snapshot> snapshot() {
    Map<String, Snapshot> all = new LinkedHashMap<>();
    for (String connection : world.names()) {
      all.put(
          connection,
          new Snapshot(
              world.server.runtime().tables().count(connection),
              world.runs(connection),
              nextTurn(connection)));
    }
    return all;
  }

  /** The connection's row in db-scheduler's table: picked or not, and when its turn is. */
  private String nextTurn(String connection) {
    DatabaseStateStore state = (DatabaseStateStore) world.wiring.state();
    try (var c = state.dataSource().getConnection();
        var s =
            c.prepareStatement(
                "SELECT picked, execution_time FROM scheduled_tasks WHERE task_name = 'stockbook-sync' AND task_instance = ?")) {
      s.setString(1, connection);
      try (var rs = s.executeQuery()) {
        return rs.next() ? (rs.getBoolean(1) ? "picked " : "waiting ") + rs.getString(2) : "none";
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> secrets() {
    return world.connections.stream()
        .flatMap(
            c ->
                java.util.stream.Stream.of(
                    c.get("store.webhookSecret"),
                    c.get("store.consumerSecret"),
                    c.get("quickbooks.clientSecret"),
                    c.get("quickbooks.accessToken"),
                    c.get("quickbooks.refreshToken"),
                    c.get("quickbooks.webhookVerifierToken")))
        .filter(s -> s != null && s.length() > 8)
        .distinct()
        .toList();
  }

  String verifierToken() {
    return world.quickbooks.webhookVerifierToken();
  }

  @Override
  public void close() throws Exception {
    root.detachAppender(logs);
    world.close();
  }
}
