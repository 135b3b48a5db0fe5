package dev.stockbook.sim.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimHandler;
import dev.stockbook.sim.common.SimRequest;
import dev.stockbook.sim.common.SimResponse;
import dev.stockbook.sim.shopify.CostLog;
import graphql.ExecutionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The HTTP side of the Admin API: {@code POST /admin/api/{version}/graphql.json} with an {@code
 * X-Shopify-Access-Token}, and the bulk result files. Every answer to an executed query is HTTP 200
 * with {@code extensions.cost}; a throttled one too, with the THROTTLED error.
 */
public final class AdminApi implements SimHandler {
  private static final String PREFIX = "/admin/api/";
  private static final String SUFFIX = "/graphql.json";

  private final Shop shop;
  private final Engine engine;
  private final Tokens tokens;
  private final Versions versions;
  private final Bucket bucket;
  private final BulkOperations bulk;
  private final CostLog costs;

  public AdminApi(
      Shop shop,
      Engine engine,
      Tokens tokens,
      Versions versions,
      Bucket bucket,
      BulkOperations bulk,
      CostLog costs) {
    this.costs = costs;
    this.shop = shop;
    this.engine = engine;
    this.tokens = tokens;
    this.versions = versions;
    this.bucket = bucket;
    this.bulk = bulk;
  }

  @Override
  public SimResponse handle(SimRequest request) throws Exception {
    String path = request.path();
    if (path.startsWith("/bulk-results/") && path.endsWith(".jsonl")) {
      return bulkFile(path);
    }
    if (!path.startsWith(PREFIX) || !path.endsWith(SUFFIX) || !"POST".equals(request.method())) {
      return notFound();
    }
    Optional<String> version =
        versions.serve(path.substring(PREFIX.length(), path.length() - SUFFIX.length()));
    if (version.isEmpty()) {
      return notFound();
    }
    Optional<Set<String>> scopes = tokens.scopesOf(request.header("X-Shopify-Access-Token"));
    if (scopes.isEmpty()) {
      return respond(
          401,
          Map.of(
              "errors",
              "[API] Invalid API key or access token (unrecognized login or wrong password)"),
          null);
    }
    Optional<Body> body = Body.read(request);
    if (body.isEmpty()) {
      return respond(
          400,
          Map.of("errors", Map.of("query", "Required parameter missing or invalid")),
          version.get());
    }
    synchronized (shop.lock) {
      return respond(
          200, answer(body.get(), new Call(scopes.get(), version.get(), false)), version.get());
    }
  }

  private Map<String, Object> answer(Body body, Call call) {
    Engine.Prepared p = engine.prepare(body.query(), body.variables(), body.operationName(), false);
    if (!p.errors().isEmpty()) {
      return Map.of("errors", p.errors());
    }
    int requested = engine.cost().requested(p.operation());
    Map<String, Object> out = new LinkedHashMap<>();
    if (requested > QueryCost.MAX_SINGLE_QUERY) {
      out.put("errors", List.of(CostReport.tooExpensive(requested)));
      out.put("extensions", Map.of("cost", CostReport.of(requested, null, bucket.status())));
      return out;
    }
    if (!bucket.take(requested)) {
      log(p, requested, null, true);
      out.put("errors", List.of(CostReport.throttled()));
      out.put("extensions", Map.of("cost", CostReport.of(requested, null, bucket.status())));
      return out;
    }
    ExecutionResult result = engine.execute(p, call);
    Map<String, Object> data = result.getData();
    int actual = engine.cost().actual(p.operation(), data);
    bucket.giveBack(requested - actual);
    log(p, requested, actual, false);
    if (!result.getErrors().isEmpty()) {
      out.put("errors", result.getErrors().stream().map(ErrorShapes::of).toList());
    }
    out.put("data", data);
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("cost", CostReport.of(requested, actual, bucket.status()));
    if (!call.searchWarnings.isEmpty()) {
      extensions.put("search", new ArrayList<>(call.searchWarnings));
    }
    out.put("extensions", extensions);
    return out;
  }

  private void log(Engine.Prepared p, int requested, Integer actual, boolean throttled) {
    var op = p.operation();
    costs.add(
        new CostLog.Entry(
            shop.now(),
            op.getOperation() == graphql.language.OperationDefinition.Operation.MUTATION,
            op.getTopLevelFields().stream().map(f -> f.getName()).toList(),
            requested,
            actual,
            throttled));
  }

  private SimResponse bulkFile(String path) {
    String digits = path.substring("/bulk-results/".length(), path.length() - ".jsonl".length());
    try {
      return bulk.file(Long.parseLong(digits))
          .map(bytes -> SimResponse.of(200, "application/jsonl", bytes))
          .orElseGet(AdminApi::notFound);
    } catch (NumberFormatException e) {
      return notFound();
    }
  }

  static SimResponse notFound() {
    return SimResponse.json(404, Json.bytes(Map.of("errors", "Not Found")));
  }

  private SimResponse respond(int status, Object body, String version) {
    SimResponse response =
        SimResponse.json(status, Json.bytes(body))
            .withHeader("X-Request-Id", UUID.randomUUID().toString());
    return version == null ? response : response.withHeader("X-Shopify-API-Version", version);
  }

  /**
   * The request body: JSON {query, variables, operationName} or a raw application/graphql query.
   */
  record Body(String query, Map<String, Object> variables, String operationName) {
    @SuppressWarnings("unchecked")
    static Optional<Body> read(SimRequest request) {
      String type = String.valueOf(request.header("Content-Type"));
      if (type.startsWith("application/graphql")) {
        return Optional.of(new Body(request.bodyText(), Map.of(), null));
      }
      try {
        JsonNode node = Json.read(request.body());
        if (!node.path("query").isTextual()) {
          return Optional.empty();
        }
        Map<String, Object> vars =
            node.path("variables").isObject()
                ? Json.MAPPER.convertValue(node.get("variables"), Map.class)
                : Map.of();
        String op =
            node.path("operationName").isTextual() ? node.get("operationName").asText() : null;
        return Optional.of(new Body(node.get("query").asText(), vars, op));
      } catch (Exception e) {
        return Optional.empty();
      }
    }
  }
}
