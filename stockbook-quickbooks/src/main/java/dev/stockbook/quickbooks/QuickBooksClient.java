package dev.stockbook.quickbooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.quickbooks.internal.FaultClassifier;
import dev.stockbook.quickbooks.internal.FaultParser;
import dev.stockbook.quickbooks.internal.GovernedWire;
import dev.stockbook.quickbooks.internal.JdkWire;
import dev.stockbook.quickbooks.internal.Json;
import dev.stockbook.quickbooks.internal.Wire;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The QuickBooks Online Accounting API (v3) on the wire: one company, JSON only. Every request
 * carries the bearer token, {@code Accept: application/json} and {@code minorversion=75}; every
 * write carries a caller-chosen {@code requestid}. Failures come out classified (see {@link
 * FaultClassifier}); this class never sleeps and only repeats a request once, after a 401 and a
 * token refresh.
 */
public final class QuickBooksClient {
  public static final String MINOR_VERSION = "75";
  public static final int MAX_REQUEST_ID = 50;
  public static final int MAX_BATCH_REQUEST_ID = 36;
  public static final int MAX_PAGE = 1000;
  static final int LONG_QUERY = 500;
  private static final DateTimeFormatter WIRE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

  private final String companyUrl;
  private final AccessTokenSource tokens;
  private final Wire wire;
  private final Duration timeout;
  private final Clock clock;
  private final RequestListener listener;
  private final ObjectMapper json = Json.mapper();
  private final FaultClassifier faults = new FaultClassifier(new FaultParser(json));

  private QuickBooksClient(Builder b) {
    this.companyUrl =
        stripSlash(Objects.requireNonNull(b.baseUrl, "baseUrl"))
            + "/"
            + Objects.requireNonNull(b.realmId, "realmId");
    this.tokens = Objects.requireNonNull(b.tokens, "tokens");
    Wire base = b.wire == null ? new JdkWire(HttpClient.newHttpClient()) : b.wire;
    this.wire = b.governor == null ? base : new GovernedWire(base, b.governor);
    this.timeout = b.timeout;
    this.clock = b.clock;
    this.listener = b.listener;
  }

  public static Builder builder() {
    return new Builder();
  }

  public ObjectMapper json() {
    return json;
  }

  /** {@code POST /{entity}}: returns the created object. */
  public JsonNode create(String entity, ObjectNode body, String requestId) {
    return writtenEntity(
        entity, write("POST", path(entity), Map.of(), body, requestId, MAX_REQUEST_ID));
  }

  /** {@code GET /{entity}/{id}}. */
  public JsonNode read(String entity, String id) {
    String path = path(entity) + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    return entityOf(entity, exchange("GET", path, Map.of(), null, null, false));
  }

  /**
   * {@code POST /{entity}?operation=update}; put {@code "sparse": true} in the body for a sparse
   * update.
   */
  public JsonNode update(String entity, ObjectNode body, String requestId) {
    return writtenEntity(
        entity,
        write(
            "POST", path(entity), Map.of("operation", "update"), body, requestId, MAX_REQUEST_ID));
  }

  /** {@code POST /{entity}?operation=void} with {@code Id} and {@code SyncToken}. */
  public JsonNode voidTransaction(String entity, ObjectNode body, String requestId) {
    return writtenEntity(
        entity,
        write("POST", path(entity), Map.of("operation", "void"), body, requestId, MAX_REQUEST_ID));
  }

  /** One page of a query: the objects of the queried entity (empty when none). */
  public List<JsonNode> query(String statement) {
    JsonNode root =
        statement.length() > LONG_QUERY
            ? exchange(
                "POST",
                "/query",
                Map.of(),
                statement.getBytes(StandardCharsets.UTF_8),
                "application/text",
                false)
            : exchange("GET", "/query", Map.of("query", statement), null, null, false);
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode value : iterable(root.path("QueryResponse").elements())) {
      if (value.isArray()) {
        value.forEach(out::add);
      }
    }
    return out;
  }

  /** Every page of {@code statement} (which must not page itself), {@value #MAX_PAGE} at a time. */
  public List<JsonNode> queryAll(String statement) {
    List<JsonNode> all = new ArrayList<>();
    queryEach(statement, all::add);
    return all;
  }

  /**
   * Like {@link #queryAll}, handing each entity to {@code each} page by page, so a caller that
   * keeps less than the JSON (100,000 items) never holds every page at once.
   */
  public void queryEach(String statement, java.util.function.Consumer<JsonNode> each) {
    for (int start = 1; ; start += MAX_PAGE) {
      List<JsonNode> page =
          query(statement + " startposition " + start + " maxresults " + MAX_PAGE);
      page.forEach(each);
      if (page.size() < MAX_PAGE) {
        return;
      }
    }
  }

  /** {@code GET /cdc}: the whole response, {@code CDCResponse} and the server {@code time}. */
  public JsonNode cdc(Collection<String> entities, Instant changedSince) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("entities", String.join(",", entities));
    params.put("changedSince", wireTime(changedSince));
    return exchange("GET", "/cdc", params, null, null, false);
  }

  /**
   * {@code POST /batch}: {@code items} are {@code BatchItemRequest} entries (each with its {@code
   * bId}); returns the {@code BatchItemResponse} array, one entry per item that QuickBooks
   * answered.
   */
  public JsonNode batch(ArrayNode items, String requestId) {
    ObjectNode body = json.createObjectNode();
    body.set("BatchItemRequest", items);
    JsonNode root = write("POST", "/batch", Map.of(), body, requestId, MAX_BATCH_REQUEST_ID);
    JsonNode responses = root.get("BatchItemResponse");
    if (responses == null || !responses.isArray()) {
      throw faults.classify("POST /batch", true, 200, new byte[0]);
    }
    return responses;
  }

  /** The server's {@code time} of a response, or null. */
  public static Instant serverTime(JsonNode root) {
    String time = root.path("time").asText("");
    return time.isEmpty() ? null : OffsetDateTime.parse(time).toInstant();
  }

  /** How the API writes a timestamp in queries and CDC: {@code 2024-01-02T10:00:00.000+00:00}. */
  public static String wireTime(Instant instant) {
    return WIRE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  private JsonNode write(
      String method,
      String path,
      Map<String, String> params,
      ObjectNode body,
      String requestId,
      int maxId) {
    validateRequestId(requestId, maxId);
    Map<String, String> all = new LinkedHashMap<>(params);
    all.put("requestid", requestId);
    byte[] bytes = toBytes(body);
    return exchange(method, path, all, bytes, "application/json", true);
  }

  static void validateRequestId(String requestId, int max) {
    if (requestId == null || requestId.isBlank() || requestId.length() > max) {
      throw new IllegalArgumentException(
          "requestid must be 1.."
              + max
              + " characters, got "
              + (requestId == null ? "null" : requestId.length()));
    }
  }

  private JsonNode exchange(
      String method,
      String path,
      Map<String, String> params,
      byte[] body,
      String contentType,
      boolean write) {
    String what = method + " " + path;
    String token = tokens.accessToken();
    Wire.Response response = send(method, path, params, body, contentType, write, token);
    if (response.status() == 401) {
      response =
          send(method, path, params, body, contentType, write, tokens.afterUnauthorized(token));
    }
    if (response.status() / 100 != 2) {
      throw faults.classify(what, write, response.status(), response.body());
    }
    JsonNode root = parse(response.body());
    if (root == null || !root.isObject() || root.has("Fault") || root.has("fault")) {
      throw faults.classify(what, write, response.status(), response.body());
    }
    return root;
  }

  private Wire.Response send(
      String method,
      String path,
      Map<String, String> params,
      byte[] body,
      String contentType,
      boolean write,
      String token) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + token);
    headers.put("Accept", "application/json");
    if (body != null) {
      headers.put("Content-Type", contentType);
    }
    Instant start = clock.instant();
    try {
      Wire.Response response =
          wire.send(new Wire.Request(method, uri(path, params), headers, body, timeout));
      listener.onExchange(
          method, path, response.status(), Duration.between(start, clock.instant()));
      return response;
    } catch (IOException e) {
      listener.onExchange(method, path, 0, Duration.between(start, clock.instant()));
      throw FaultClassifier.noAnswer(method + " " + path, write, e);
    }
  }

  private URI uri(String path, Map<String, String> params) {
    StringBuilder url =
        new StringBuilder(companyUrl).append(path).append("?minorversion=").append(MINOR_VERSION);
    params.forEach(
        (k, v) ->
            url.append('&')
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return URI.create(url.toString());
  }

  private JsonNode parse(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private byte[] toBytes(ObjectNode body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise a request body", e);
    }
  }

  private JsonNode entityOf(String entity, JsonNode root) {
    JsonNode object = root.get(entity);
    if (object == null || !object.isObject()) {
      throw new dev.stockbook.core.books.RetriableBooksException(
          "QuickBooks answered without a " + entity + " object");
    }
    return object;
  }

  private JsonNode writtenEntity(String entity, JsonNode root) {
    JsonNode object = root.get(entity);
    if (object == null || !object.isObject()) {
      throw new UncertainWriteException(
          "QuickBooks answered a write without a " + entity + " object; it may have been applied",
          null);
    }
    return object;
  }

  private static String path(String entity) {
    return "/" + entity.toLowerCase(Locale.ROOT);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static <T> Iterable<T> iterable(Iterator<T> it) {
    return () -> it;
  }

  @Override
  public String toString() {
    return "QuickBooksClient[" + companyUrl + "]";
  }

  /** Settings: base URL, realm id and a token source are required. */
  public static final class Builder {
    private String baseUrl;
    private String realmId;
    private AccessTokenSource tokens;
    private Wire wire;
    private dev.stockbook.quickbooks.RateGovernor governor;
    private Duration timeout = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();
    private RequestListener listener = RequestListener.NONE;

    /** E.g. {@code https://quickbooks.api.intuit.com/v3/company}. */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    public Builder realmId(String realmId) {
      this.realmId = realmId;
      return this;
    }

    public Builder tokens(AccessTokenSource tokens) {
      this.tokens = tokens;
      return this;
    }

    public Builder httpClient(HttpClient http) {
      this.wire = new JdkWire(http);
      return this;
    }

    /** For tests: the exchange itself. */
    public Builder wire(Wire wire) {
      this.wire = wire;
      return this;
    }

    /** How long one request may take in total (QuickBooks gives up at 120 s). */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Every request waits for this company's rate governor (shared by all clients of the company).
     */
    public Builder governor(dev.stockbook.quickbooks.RateGovernor governor) {
      this.governor = governor;
      return this;
    }

    public Builder listener(RequestListener listener) {
      this.listener = listener;
      return this;
    }

    public QuickBooksClient build() {
      return new QuickBooksClient(this);
    }
  }
}
