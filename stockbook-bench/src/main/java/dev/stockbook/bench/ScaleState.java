package dev.stockbook.bench;

import dev.stockbook.core.engine.ledger.PostingKeys;
import dev.stockbook.demo.ScaleCatalog;
import dev.stockbook.state.Databases;
import dev.stockbook.state.internal.Json;
import dev.stockbook.state.internal.Times;
import dev.stockbook.store.StoreOrder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills a fresh state database for the scale benchmark with bulk SQL (setup, not measured): the
 * history of {@code history} posted orders, each with its ledger row, exactly as the engine writes
 * them (same tables, same key and time formats), and a binding and an in-sync stock record per SKU,
 * with the change and sweep cursors at now. PostgreSQL is loaded with COPY, SQLite with batched
 * inserts in one transaction.
 */
final class ScaleState {
  static final String CONNECTION = "scale";

  /** Store order ids of the history start here, far above the simulator's own ids. */
  static final long FIRST_HISTORY_ID = 100_000_000L;

  private static final String ORDERS =
      "orders (connection, order_id, order_number, snapshot, revision, content_hash, state, reason,"
          + " document_kind, books_id, books_doc_number, first_seen_at, posted_at, version)";
  private static final String POSTINGS =
      "postings (posting_key, connection, order_id, kind, state, books_id, doc_number, message,"
          + " attempts, created_at, updated_at, version)";
  private static final String BINDINGS =
      "bindings (connection, sku, books_item_id, store_product_id, store_variation_id, tracked,"
          + " origin, version)";
  private static final String STOCK =
      "stock (connection, sku, books_quantity, published_quantity, store_quantity, updated_at, status,"
          + " message, version)";

  /** One catalog SKU with its ids on both sides. */
  record Sku(String sku, String itemId, String productId) {}

  private ScaleState() {}

  static List<Sku> readIds(Path file) throws IOException {
    List<Sku> skus = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String[] f = line.split("\t");
      skus.add(new Sku(f[0], f[1], f[2]));
    }
    return skus;
  }

  /** Creates the schema (Stockbook's own migrations), then loads the rows. */
  static void fill(String url, List<Sku> skus, int history, Instant now)
      throws SQLException, IOException {
    Databases.open(url).close();
    boolean postgres = url.startsWith("jdbc:postgresql:");
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      Rows orders = orderRows(skus, now, history);
      PostingKeys keys = new PostingKeys(CONNECTION);
      IntFunction<Object[]> postings =
          i -> {
            String id = Long.toString(FIRST_HISTORY_ID + i);
            String at = Times.format(now.minusSeconds(history - i));
            return new Object[] {
              keys.sale(id, 1, 1),
              CONNECTION,
              id,
              "SALE",
              "DONE",
              Long.toString(1_000_000L + i),
              "H" + i,
              null,
              1,
              at,
              at,
              1
            };
          };
      IntFunction<Object[]> bindings =
          i ->
              new Object[] {
                CONNECTION,
                skus.get(i).sku(),
                skus.get(i).itemId(),
                skus.get(i).productId(),
                null,
                true,
                "MATCHED",
                1
              };
      String at = Times.format(now);
      long q = ScaleCatalog.QUANTITY;
      IntFunction<Object[]> stock =
          i -> new Object[] {CONNECTION, skus.get(i).sku(), q, q, q, at, "in-sync", null, 1};
      if (postgres) {
        copy(c, ORDERS, history, orders::row);
        copy(c, POSTINGS, history, postings);
        copy(c, BINDINGS, skus.size(), bindings);
        copy(c, STOCK, skus.size(), stock);
      } else {
        insert(c, ORDERS, 14, history, orders::row);
        insert(c, POSTINGS, 12, history, postings);
        insert(c, BINDINGS, 8, skus.size(), bindings);
        insert(c, STOCK, 9, skus.size(), stock);
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO cursors (connection, name, value, version) VALUES (?, ?, ?, 1)")) {
        for (String name : List.of("books.changes", "stock.sweep")) {
          p.setString(1, CONNECTION);
          p.setString(2, name);
          p.setString(3, now.toString());
          p.addBatch();
        }
        p.executeBatch();
      }
      c.commit();
      if (postgres) {
        // what autovacuum does soon after a load this size; without it the planner guesses
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE");
        }
      }
    }
  }

  /** The history's orders: posted sales of two catalog SKUs, with the snapshot the engine keeps. */
  private static final class Rows {
    private final String template;
    private final List<Sku> skus;
    private final Instant now;
    private final int history;

    Rows(String template, List<Sku> skus, Instant now, int history) {
      this.template = template;
      this.skus = skus;
      this.now = now;
      this.history = history;
    }

    Object[] row(int i) {
      String id = Long.toString(FIRST_HISTORY_ID + i);
      String a = skus.get(i % skus.size()).sku();
      String b = skus.get((i * 7 + 1) % skus.size()).sku();
      String snapshot =
          template
              .replace("@ID@", id)
              .replace("@NUM@", "H" + i)
              .replace("@A@", a)
              .replace("@B@", b);
      String at = Times.format(now.minusSeconds(history - i));
      return new Object[] {
        CONNECTION,
        id,
        "H" + i,
        snapshot,
        1,
        "h" + i,
        "POSTED",
        null,
        "SALES_RECEIPT",
        Long.toString(1_000_000L + i),
        "H" + i,
        at,
        at,
        1
      };
    }
  }

  private static Rows orderRows(List<Sku> skus, Instant now, int history) {
    Instant at = now.minusSeconds(86_400);
    BigDecimal ten = new BigDecimal("10.00");
    StoreOrder order =
        new StoreOrder(
            "@ID@",
            "@NUM@",
            "completed",
            dev.stockbook.store.OrderLifecycle.FULFILLED,
            "USD",
            at,
            at,
            true,
            "stripe",
            new StoreOrder.Customer("7", "shopper@example.com", "Sam", "Shopper", ""),
            List.of(
                new StoreOrder.OrderLine(
                    "1",
                    "11",
                    null,
                    "@A@",
                    "Product @A@",
                    BigDecimal.ONE,
                    ten,
                    ten,
                    BigDecimal.ZERO),
                new StoreOrder.OrderLine(
                    "2",
                    "12",
                    null,
                    "@B@",
                    "Product @B@",
                    BigDecimal.ONE,
                    ten,
                    ten,
                    BigDecimal.ZERO)),
            List.of(),
            List.of(),
            List.of(),
            BigDecimal.ZERO,
            new BigDecimal("20.00"),
            false,
            List.of());
    return new Rows(Json.write(order), skus, now, history);
  }

  private static void insert(
      Connection c, String table, int columns, int count, IntFunction<Object[]> row)
      throws SQLException {
    String marks = "?" + ", ?".repeat(columns - 1);
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
      for (int i = 0; i < count; i++) {
        Object[] values = row.apply(i);
        for (int k = 0; k < values.length; k++) {
          p.setObject(k + 1, values[k]);
        }
        p.addBatch();
        if (i % 1000 == 999) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
  }

  private static void copy(Connection c, String table, int count, IntFunction<Object[]> row)
      throws SQLException {
    CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN");
    try {
      StringBuilder chunk = new StringBuilder();
      for (int i = 0; i < count; i++) {
        Object[] values = row.apply(i);
        for (int k = 0; k < values.length; k++) {
          chunk.append(k == 0 ? "" : "\t").append(text(values[k]));
        }
        chunk.append('\n');
        if (chunk.length() > 1 << 20 || i == count - 1) {
          byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
          in.writeToCopy(bytes, 0, bytes.length);
          chunk.setLength(0);
        }
      }
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  /** COPY's text format: \N for null, backslash, tab and newline escaped. */
  private static String text(Object value) {
    if (value == null) {
      return "\\N";
    }
    return value
        .toString()
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }
}
