package dev.stockbook.quickbooks;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.books.MatchRule;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A started simulator with the demo company, and our client and Books wired to it. */
final class SimulatedQuickBooks implements AutoCloseable {
  final SimClock clock = SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
  final QuickBooksSimulator sim;
  final List<Tokens> saved = new ArrayList<>();

  /** "METHOD /path status" of every exchange our client made, as the RequestListener saw it. */
  final List<String> exchanges = java.util.Collections.synchronizedList(new ArrayList<>());

  final OAuthTokens tokens;
  final QuickBooksClient client;
  final QuickBooksBooks books;

  SimulatedQuickBooks() {
    sim = QuickBooksSimulator.builder().clock(clock).start();
    sim.options().disableLimits();
    sim.seedDemoCompany();
    var issued = sim.issueTokens();
    tokens =
        OAuthTokens.builder()
            .tokenUrl(sim.tokenUrl())
            .client(sim.clientId(), sim.clientSecret())
            .tokens(
                new Tokens(issued.accessToken(), issued.refreshToken(), issued.accessExpiresAt()))
            .store(saved::add)
            .clock(clock)
            .timeout(Duration.ofSeconds(5))
            .build();
    client =
        QuickBooksClient.builder()
            .baseUrl(sim.baseUrl().toString())
            .realmId(sim.realmId())
            .tokens(tokens)
            .clock(clock)
            .timeout(Duration.ofSeconds(5))
            .listener(
                (method, path, status, elapsed) ->
                    exchanges.add(method + " " + path + " " + status))
            .build();
    books = new QuickBooksBooks(client, clock, QuickBooksBooks.Options.defaults());
  }

  BooksItem item(String name) {
    return books.findItems(MatchRule.NAME, List.of(name)).get(0);
  }

  String webStore() {
    return books.customerId(dev.stockbook.core.books.CustomerSpec.named("Web Store"));
  }

  /** A sales receipt selling {@code qty} of {@code item} at 12.00, no tax. */
  BooksDocument sale(String key, String docNumber, BooksItem item, int qty) {
    DocumentLine line =
        DocumentLine.item(
            item.id(), item.name(), BigDecimal.valueOf(qty), new BigDecimal("12.00"), false);
    return new BooksDocument(
        DocumentKind.SALES_RECEIPT,
        key,
        docNumber,
        LocalDate.of(2026, 3, 1),
        webStore(),
        "store order " + docNumber + " posting " + key,
        List.of(line),
        BigDecimal.ZERO,
        line.amount(),
        "Undeposited Funds",
        "Credit Card",
        false);
  }

  /**
   * Requests our client sent to a path. Counted on our side: the simulator journals a request only
   * after its answer is written, so its journal can lag behind the client by one entry.
   */
  long requestsTo(String path) {
    return exchanges.stream().filter(e -> e.split(" ")[1].equals(path)).count();
  }

  @Override
  public void close() {
    sim.close();
  }
}
