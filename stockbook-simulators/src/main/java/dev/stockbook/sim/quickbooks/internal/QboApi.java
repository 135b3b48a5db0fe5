package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.common.SimHandler;
import dev.stockbook.sim.common.SimRequest;
import dev.stockbook.sim.common.SimResponse;
import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;

/**
 * The HTTP edge of the QuickBooks simulator: OAuth routes, then for {@code /v3/company/{realm}/...}
 * bearer auth, throttling, {@code requestid} replay and dispatch to entity CRUD, query, CDC and
 * batch. Every answer carries an {@code intuit_tid}; every failure is a QuickBooks fault body.
 */
public final class QboApi implements SimHandler {
  private static final String PREFIX = "/v3/company/";

  private final String realmId;
  private final QuickBooksOptions options;
  private final CompanyTime time;
  private final EntityStore store;
  private final QueryEngine queries;
  private final Cdc cdc;
  private final Batch batch;
  private final OAuth oauth;
  private final OAuthRoutes oauthRoutes;
  private final RateLimiter limiter;
  private final RequestIds requestIds = new RequestIds();
  private final Random tids;

  public QboApi(
      String realmId,
      QuickBooksOptions options,
      CompanyTime time,
      EntityStore store,
      OAuth oauth,
      OAuthRoutes oauthRoutes,
      RateLimiter limiter,
      long seed) {
    this.realmId = realmId;
    this.options = options;
    this.time = time;
    this.store = store;
    this.queries = new QueryEngine(store);
    this.cdc = new Cdc(store, time);
    this.batch = new Batch(store, queries);
    this.oauth = oauth;
    this.oauthRoutes = oauthRoutes;
    this.limiter = limiter;
    this.tids = new Random(seed);
  }

  @Override
  public SimResponse handle(SimRequest request) {
    SimResponse oauthAnswer = oauthRoutes.handle(request);
    if (oauthAnswer != null) {
      return withTid(oauthAnswer);
    }
    try {
      return withTid(company(request));
    } catch (QboFault fault) {
      return fault(fault);
    } catch (RuntimeException e) {
      return fault(QboFault.service(500));
    }
  }

  /** The body the shared server sends for a bare status (fault plan, oversized body, crash). */
  public SimResponse errorBody(int status) {
    return switch (status) {
      case 401 -> unauthorized("Token expired or invalid");
      case 413 ->
          fault(
              new QboFault(
                  413,
                  "ValidationFault",
                  "2010",
                  "Request has invalid or unsupported property",
                  "Request body is too large",
                  ""));
      case 429 -> fault(QboFault.throttled());
      default ->
          fault(
              status >= 500
                  ? QboFault.service(status)
                  : new QboFault(
                      status,
                      "ValidationFault",
                      "2010",
                      "Request failed",
                      "Simulated status " + status,
                      ""));
    };
  }

  private SimResponse company(SimRequest request) {
    String path = request.path();
    if (!path.startsWith(PREFIX)) {
      throw new QboFault(
          404, "ValidationFault", "2010", "Unsupported resource", "No such resource " + path, "");
    }
    String[] parts = path.substring(PREFIX.length()).split("/");
    if (!realmId.equals(parts[0]) || !oauth.valid(bearer(request))) {
      return unauthorized("Token expired or not valid for realm " + parts[0]);
    }
    int weight = 1;
    boolean isBatch = parts.length == 2 && "batch".equalsIgnoreCase(parts[1]);
    ArrayNode batchItems = null;
    if (isBatch) {
      batchItems = Batch.items(jsonBody(request));
      if (batchItems.size() > options.maxBatchItems()) {
        throw QboFault.validation(
            "1040",
            "Batch size exceeds allowed limit",
            "Batch has " + batchItems.size() + " items; the limit is " + options.maxBatchItems());
      }
      weight = options.meterBatchItems() ? Math.max(1, batchItems.size()) : 1;
    }
    limiter.acquire(weight, isBatch);
    try {
      return idempotent(request, parts, batchItems);
    } finally {
      limiter.release();
    }
  }

  private SimResponse idempotent(SimRequest request, String[] parts, ArrayNode batchItems) {
    String requestId = request.param("requestid");
    if (requestId == null || requestId.isBlank() || !options.honourRequestId()) {
      return route(request, parts, batchItems);
    }
    String key = request.path() + "?operation=" + request.param("operation");
    var replay = requestIds.replay(requestId, request.method(), key, request.body());
    if (replay.isPresent()) {
      return replay.get();
    }
    SimResponse response;
    try {
      response = route(request, parts, batchItems);
    } catch (QboFault fault) {
      response = fault(fault);
    }
    requestIds.remember(requestId, request.method(), key, request.body(), response);
    return response;
  }

  private SimResponse route(SimRequest request, String[] parts, ArrayNode batchItems) {
    if (parts.length < 2) {
      throw new QboFault(
          404,
          "ValidationFault",
          "2010",
          "Unsupported resource",
          "Missing resource after the realm",
          "");
    }
    String resource = parts[1].toLowerCase(Locale.ROOT);
    return switch (resource) {
      case "query" -> ok(wrap("QueryResponse", queries.run(queryText(request))));
      case "cdc" -> ok(cdc(request));
      case "batch" -> ok(batch.run(batchItems).put("time", time.stamp()));
      case "exchangerate" -> ok(exchangeRate(request));
      default -> entity(request, parts, resource);
    };
  }

  private SimResponse entity(SimRequest request, String[] parts, String resource) {
    EntityKind kind =
        EntityKind.byName(resource)
            .orElseThrow(
                () ->
                    new QboFault(
                        400,
                        "ValidationFault",
                        "2010",
                        "Unsupported resource",
                        "Unknown entity " + resource,
                        ""));
    if ("GET".equals(request.method())) {
      // GET /preferences and GET /companyinfo/{realm}: one object per company.
      boolean single = kind.shape() == EntityKind.Shape.SETTINGS;
      if (parts.length < 3 && !single) {
        throw QboFault.required("Id");
      }
      return ok(wrap(kind.wireName(), store.read(kind, single ? "1" : parts[2])));
    }
    if (!"POST".equals(request.method())) {
      throw new QboFault(
          405,
          "ValidationFault",
          "500",
          "Unsupported Operation",
          "Method " + request.method() + " is not supported",
          "");
    }
    requireJson(request);
    ObjectNode body = jsonBody(request);
    String operation = operation(request, body);
    if (kind.readOnly()) {
      throw QboFault.unsupported(operation, kind);
    }
    ObjectNode result =
        switch (operation) {
          case "create" -> store.create(kind, body);
          case "update" -> store.update(kind, body);
          case "delete" -> store.delete(kind, body);
          case "void" -> store.voidTxn(kind, body);
          default ->
              throw QboFault.validation(
                  "500", "Unsupported Operation", "Operation " + operation + " is not supported");
        };
    return ok(wrap(kind.wireName(), result));
  }

  /**
   * {@code ?operation=...}; without it a body with an Id is an update. Sales forms are voided with
   * {@code ?operation=update&include=void} (what the Java SDK sends, without the operation).
   */
  private static String operation(SimRequest request, ObjectNode body) {
    if ("void".equalsIgnoreCase(request.param("include"))) {
      return "void";
    }
    String operation = request.param("operation");
    return operation == null
        ? (body.has("Id") ? "update" : "create")
        : operation.toLowerCase(Locale.ROOT);
  }

  private ObjectNode cdc(SimRequest request) {
    ObjectNode root = Json.object();
    root.putArray("CDCResponse")
        .add(cdc.run(request.param("entities"), request.param("changedSince")));
    return root.put("time", time.stamp());
  }

  /**
   * {@code GET /exchangerate?sourcecurrencycode=EUR[&asofdate=yyyy-mm-dd]} ("Manage multiple
   * currencies": the rate in force on the date, today by default; no rate, an empty answer).
   */
  private ObjectNode exchangeRate(SimRequest request) {
    String code = request.param("sourcecurrencycode");
    if (code == null || code.isBlank()) {
      throw QboFault.required("sourcecurrencycode");
    }
    String asOf = request.param("asofdate");
    LocalDate date;
    try {
      date = LocalDate.parse(asOf == null ? time.today() : asOf);
    } catch (DateTimeParseException e) {
      throw QboFault.badRequest("Invalid asofdate", "asofdate must be yyyy-mm-dd: " + asOf);
    }
    ObjectNode root = Json.object();
    store.exchangeRate(code, date).ifPresent(rate -> root.set("ExchangeRate", rate));
    return root.put("time", time.stamp());
  }

  private static String queryText(SimRequest request) {
    String query = request.param("query");
    if (query == null && "POST".equals(request.method())) {
      query = new String(request.body(), StandardCharsets.UTF_8);
    }
    return query;
  }

  private static void requireJson(SimRequest request) {
    String type = request.header("Content-Type");
    if (type != null && !type.toLowerCase(Locale.ROOT).contains("json")) {
      throw new QboFault(
          415,
          "ValidationFault",
          "500",
          "Unsupported Operation",
          "Content-Type " + type + " is not supported; send application/json",
          "");
    }
  }

  private static ObjectNode jsonBody(SimRequest request) {
    return Json.parseObject(request.body());
  }

  private ObjectNode wrap(String name, ObjectNode inner) {
    ObjectNode root = Json.object();
    root.set(name, inner);
    return root.put("time", time.stamp());
  }

  private static SimResponse ok(ObjectNode body) {
    return SimResponse.json(200, Json.bytes(body));
  }

  private SimResponse fault(QboFault fault) {
    return withTid(SimResponse.json(fault.status(), Json.bytes(fault.envelope(time.stamp()))));
  }

  /** The auth gateway's lower-camel 401 body (reference §1.10). */
  private SimResponse unauthorized(String detail) {
    ObjectNode root = Json.object();
    ObjectNode fault = root.putObject("fault");
    fault
        .putArray("error")
        .addObject()
        .put("message", "message=AuthenticationFailed; errorCode=003200; statusCode=401")
        .put("detail", detail)
        .put("code", "3200");
    fault.put("type", "AUTHENTICATION");
    root.put("time", time.stamp());
    return withTid(SimResponse.json(401, Json.bytes(root)));
  }

  private static String bearer(SimRequest request) {
    String header = request.header("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).trim()
        : null;
  }

  private SimResponse withTid(SimResponse response) {
    byte[] id = new byte[16];
    synchronized (tids) {
      tids.nextBytes(id);
    }
    return response.withHeader("intuit_tid", "1-" + HexFormat.of().formatHex(id));
  }
}
