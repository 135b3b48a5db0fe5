package dev.stockbook.it.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.app.config.ConfigFile;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.it.service.ServiceWorld;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.woocommerce.Shopper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the bad-input corpus against the real code: QuickBooks and WooCommerce webhooks
 * posted over HTTP to {@code stockbook serve}'s endpoints (one service for the class), store orders
 * through the WooCommerce connector and the engine, broken QuickBooks answers through the client
 * and the engine, config files through ConfigFile. No case may crash a cycle or lose an order; each
 * ends the way its {@code expected.tsv} row says.
 */
class BadInputCorpusIT {
  static final List<String> KINDS =
      List.of("webhooks", "woocommerce-webhooks", "store", "quickbooks", "config");
  @TempDir static Path dir;
  private static CorpusWorld world;
  private static WebhookCorpusService service;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(dir.resolve("service"));
    service = new WebhookCorpusService(dir.resolve("service"));
    world = new CorpusWorld(dir);
    world.cycle();
  }

  @AfterAll
  static void stop() throws Exception {
    if (world != null) {
      world.close();
    }
    if (service != null) {
      service.close();
    }
  }

  @Test
  void every_corpus_file_says_what_it_expects() throws Exception {
    StringBuilder counts = new StringBuilder();
    int total = 0;
    for (String kind : KINDS) {
      assertEquals(List.of(), Corpus.unlisted(kind), kind + " files without a row in expected.tsv");
      int n = Corpus.cases(kind).size();
      assertTrue(n > 0, kind + " has no cases");
      total += n;
      counts.append(counts.length() == 0 ? "" : ", ").append(kind).append(' ').append(n);
    }
    System.out.println("corpus: " + total + " cases (" + counts + ")");
  }

  @TestFactory
  Stream<DynamicTest> quickbooks_webhooks_are_accepted_rejected_or_ignored_by_serve_as_expected() {
    return deliveries("webhooks", "/webhooks/quickbooks", service.verifierToken());
  }

  @TestFactory
  Stream<DynamicTest> woocommerce_webhooks_are_accepted_rejected_or_ignored_by_serve_as_expected() {
    return deliveries(
        "woocommerce-webhooks",
        "/webhooks/woocommerce/" + service.world.name(),
        ServiceWorld.WEBHOOK_SECRET);
  }

  /**
   * Columns: HTTP status, outcome, connections triggered ({@code -}: none), answer fragment, log
   * fragment.
   */
  private static Stream<DynamicTest> deliveries(String kind, String path, String signingKey) {
    return Corpus.cases(kind).stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () ->
                        service.check(
                            c.name(),
                            WebhookCase.parse(c.bytes(), path, signingKey),
                            Integer.parseInt(c.column(0)),
                            c.column(1),
                            c.column(2),
                            c.column(3),
                            c.column(4))));
  }

  @TestFactory
  Stream<DynamicTest> bad_store_orders_are_posted_parked_or_ignored_never_crashing_a_cycle() {
    return Corpus.cases("store").stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      Assumptions.assumeFalse(
                          "known-bug".equals(c.column(0)),
                          c.name() + ": known bug, not fixed yet: " + c.column(1));
                      String id = new ObjectMapper().readTree(c.bytes()).path("id").asText();
                      world.feed.serve(c.bytes());
                      CycleReport report;
                      try {
                        report = world.cycle();
                      } catch (RuntimeException crash) {
                        throw new AssertionError(c.name() + " crashed the cycle", crash);
                      } finally {
                        world.feed.serve(null);
                      }
                      String observed =
                          world
                                  .order(id)
                                  .map(t -> t.state() + ": " + t.reason())
                                  .orElse("NOT_RECORDED")
                              + " | errors: "
                              + report.errors();
                      System.out.println("corpus store " + c.name() + " -> " + observed);
                      assertTrue(
                          observed.startsWith(c.column(0).toUpperCase(java.util.Locale.ROOT)),
                          c.name() + " ended as " + observed);
                      assertTrue(
                          "-".equals(c.column(1)) || observed.contains(c.column(1)),
                          c.name() + " ended as " + observed);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> broken_quickbooks_answers_never_crash_a_cycle_nor_post_twice() {
    return Corpus.cases("quickbooks").stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name() + " as " + c.column(2),
                    () -> {
                      long orderId =
                          world
                              .woocommerce
                              .shopper()
                              .placeOrder(List.of(new Shopper.Line("whitewine", 1)));
                      String number = world.woocommerce.order(orderId).path("number").asText();
                      String[] answer = c.column(2).split(":");
                      String body = new String(c.bytes(), StandardCharsets.UTF_8);
                      Fault fault =
                          new Fault(
                              "html".equals(answer[0]) ? Fault.Kind.HTML_PAGE : Fault.Kind.STATUS,
                              Integer.parseInt(answer[1]),
                              body,
                              Duration.ZERO);
                      world
                          .quickbooks
                          .faults()
                          .add(new FaultPlan.Rule(c.column(0), c.column(1), fault, 1.0, 1));
                      try {
                        world.cycle();
                      } catch (RuntimeException crash) {
                        throw new AssertionError(c.name() + " crashed the cycle", crash);
                      } finally {
                        world.quickbooks.faults().clear(0);
                      }
                      world.cycle();
                      world.cycle();
                      TrackedOrder t =
                          world
                              .order(String.valueOf(orderId))
                              .orElseThrow(
                                  () -> new AssertionError("order " + number + " was lost"));
                      int docs = world.bookkeeper().countDocuments("SalesReceipt", "WEB-" + number);
                      System.out.println(
                          "corpus quickbooks "
                              + c.name()
                              + " "
                              + c.column(2)
                              + " -> "
                              + t.state()
                              + ": "
                              + t.reason()
                              + ", documents "
                              + docs);
                      assertTrue(docs <= 1, "order #" + number + " was posted " + docs + " times");
                      assertEquals(
                          c.column(3).toUpperCase(java.util.Locale.ROOT),
                          t.state().name(),
                          c.name() + ": " + t.reason());
                      assertEquals("posted".equals(c.column(3)) ? 1 : 0, docs);
                      assertTrue(
                          "-".equals(c.column(4))
                              || String.valueOf(t.reason()).contains(c.column(4)),
                          c.name() + ": " + t.reason());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> config_files_with_mistakes_are_refused_with_every_problem_named() {
    return Corpus.cases("config").stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      try {
                        new ConfigFile(name -> null).read(c.file());
                        fail(c.name() + " was accepted");
                      } catch (ConfigFile.Invalid invalid) {
                        String problems = String.join("\n", invalid.problems());
                        assertTrue(problems.contains(c.column(0)), c.name() + " gave: " + problems);
                        assertFalse(
                            problems.contains("s3cret"),
                            c.name() + " printed a secret: " + problems);
                      }
                    }));
  }
}
