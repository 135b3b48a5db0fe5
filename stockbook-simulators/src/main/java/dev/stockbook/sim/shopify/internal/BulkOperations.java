package dev.stockbook.sim.shopify.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * bulkOperationRunQuery: the query runs over the whole store without page sizes, its connection
 * nodes become JSONL lines (nested connection nodes on their own lines with {@code __parentId}),
 * and the file is served at the operation's {@code url}. The run completes at once: the mutation
 * answers CREATED, later reads show COMPLETED.
 */
public final class BulkOperations {
  /** A bulk operation as BulkOperation shows it. */
  public record Operation(
      long id,
      String status,
      String errorCode,
      String query,
      Instant createdAt,
      Instant completedAt,
      long objectCount,
      long rootObjectCount,
      Long fileSize,
      String url) {
    public String gid() {
      return Gid.of("BulkOperation", id);
    }

    public String type() {
      return "QUERY";
    }

    Operation created() {
      return new Operation(id, "CREATED", null, query, createdAt, null, 0, 0, null, null);
    }
  }

  /** Runs a bulk query's text and gives back what {@link BulkFlattener} needs. */
  public interface Runner {
    BulkFlattener.Result run(String query);
  }

  private final Shop shop;
  private final String baseUrl;
  private final Map<Long, Operation> operations = new LinkedHashMap<>();
  private final Map<Long, byte[]> files = new LinkedHashMap<>();

  public BulkOperations(Shop shop, String baseUrl) {
    this.shop = shop;
    this.baseUrl = baseUrl;
  }

  /** Runs the query; the payload is the operation as just created. */
  public Operation run(String query, Runner runner) {
    long id = shop.nextId();
    Instant now = shop.now();
    BulkFlattener.Result result = runner.run(query);
    Operation done;
    if (result.accessDenied()) {
      done = new Operation(id, "FAILED", "ACCESS_DENIED", query, now, now, 0, 0, null, null);
    } else {
      byte[] file =
          String.join("\n", result.lines())
              .concat(result.lines().isEmpty() ? "" : "\n")
              .getBytes(StandardCharsets.UTF_8);
      files.put(id, file);
      String url = baseUrl + "/bulk-results/" + id + ".jsonl";
      done =
          new Operation(
              id,
              "COMPLETED",
              null,
              query,
              now,
              now,
              result.lines().size(),
              result.roots(),
              (long) file.length,
              result.lines().isEmpty() ? null : url);
    }
    operations.put(id, done);
    return done.created();
  }

  public Operation get(long id) {
    return operations.get(id);
  }

  /** The most recent operation (currentBulkOperation). */
  public Operation current() {
    List<Operation> all = List.copyOf(operations.values());
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  public Optional<byte[]> file(long id) {
    return Optional.ofNullable(files.get(id));
  }
}
