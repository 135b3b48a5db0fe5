package dev.stockbook.quickbooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.quickbooks.internal.Wire;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a valid access token: refreshes with the {@code refresh_token} grant (HTTP Basic client
 * auth, form body) when the token is within {@code margin} of expiry or QuickBooks answered 401.
 * Every refresh is handed to the {@link TokenStore} before the new access token is used.
 * Thread-safe.
 */
public final class OAuthTokens implements AccessTokenSource {
  static final String RECONNECT = "QuickBooks connection needs to be reconnected";

  private final URI tokenUrl;
  private final String basicAuth;
  private final TokenStore store;
  private final Wire wire;
  private final Clock clock;
  private final Duration margin;
  private final Duration timeout;
  private final RequestListener listener;
  private final ObjectMapper json = new ObjectMapper();
  private Tokens current;

  OAuthTokens(Builder b) {
    this.tokenUrl = Objects.requireNonNull(b.tokenUrl, "tokenUrl");
    String pair =
        Objects.requireNonNull(b.clientId, "clientId")
            + ":"
            + Objects.requireNonNull(b.clientSecret, "clientSecret");
    this.basicAuth =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    this.current = Objects.requireNonNull(b.tokens, "tokens");
    this.store = Objects.requireNonNull(b.store, "store");
    this.wire = b.wire;
    this.clock = b.clock;
    this.margin = b.margin;
    this.timeout = b.timeout;
    this.listener = b.listener;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** An access token good for at least {@code margin}, refreshing first when needed. */
  @Override
  public synchronized String accessToken() {
    if (!clock.instant().isBefore(current.accessExpiresAt().minus(margin))) {
      refresh();
    }
    return current.accessToken();
  }

  /**
   * QuickBooks answered 401 to {@code rejected}: refresh unless another caller already did, and
   * return the token to try once more.
   */
  @Override
  public synchronized String afterUnauthorized(String rejected) {
    if (current.accessToken().equals(rejected)) {
      refresh();
    }
    return current.accessToken();
  }

  private void refresh() {
    Tokens next = parse(exchange());
    store.save(next);
    current = next;
  }

  private Wire.Response exchange() {
    String form =
        "grant_type=refresh_token&refresh_token="
            + URLEncoder.encode(current.refreshToken(), StandardCharsets.UTF_8);
    Map<String, String> headers =
        Map.of(
            "Authorization",
            basicAuth,
            "Accept",
            "application/json",
            "Content-Type",
            "application/x-www-form-urlencoded");
    Instant start = clock.instant();
    try {
      Wire.Response response =
          wire.send(
              new Wire.Request(
                  "POST", tokenUrl, headers, form.getBytes(StandardCharsets.UTF_8), timeout));
      listener.onExchange(
          "POST", tokenUrl.getPath(), response.status(), Duration.between(start, clock.instant()));
      return response;
    } catch (IOException e) {
      listener.onExchange("POST", tokenUrl.getPath(), 0, Duration.between(start, clock.instant()));
      throw new RetriableBooksException(
          "refreshing the QuickBooks access token failed: no answer ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    }
  }

  private Tokens parse(Wire.Response response) {
    JsonNode body = readQuietly(response.body());
    String error = body.path("error").asText("");
    if (response.status() == 400 && "invalid_grant".equals(error)) {
      throw new QuickBooksAuthException("invalid_grant", RECONNECT);
    }
    if (response.status() == 400 || response.status() == 401) {
      throw new QuickBooksAuthException(
          error.isEmpty() ? String.valueOf(response.status()) : error,
          RECONNECT
              + " (token endpoint said "
              + (error.isEmpty() ? "HTTP " + response.status() : error)
              + ")");
    }
    if (response.status() / 100 != 2 || !body.hasNonNull("access_token")) {
      throw new RetriableBooksException(
          "refreshing the QuickBooks access token failed: HTTP " + response.status());
    }
    String refresh = body.path("refresh_token").asText(current.refreshToken());
    Instant expires = clock.instant().plusSeconds(body.path("expires_in").asLong(3600));
    return new Tokens(body.get("access_token").asText(), refresh, expires);
  }

  private JsonNode readQuietly(byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      return node == null ? json.createObjectNode() : node;
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }

  @Override
  public String toString() {
    return "OAuthTokens[tokenUrl=" + tokenUrl + ", tokens=" + current + "]";
  }

  /**
   * Settings for {@link OAuthTokens}; token URL, client id/secret, tokens and store are required.
   */
  public static final class Builder {
    private URI tokenUrl;
    private String clientId;
    private String clientSecret;
    private Tokens tokens;
    private TokenStore store;
    private Wire wire;
    private Clock clock = Clock.systemUTC();
    private Duration margin = Duration.ofMinutes(5);
    private Duration timeout = Duration.ofSeconds(30);
    private RequestListener listener = RequestListener.NONE;

    public Builder tokenUrl(URI url) {
      this.tokenUrl = url;
      return this;
    }

    public Builder client(String id, String secret) {
      this.clientId = id;
      this.clientSecret = secret;
      return this;
    }

    public Builder tokens(Tokens initial) {
      this.tokens = initial;
      return this;
    }

    public Builder store(TokenStore store) {
      this.store = store;
      return this;
    }

    public Builder httpClient(java.net.http.HttpClient http) {
      this.wire = new dev.stockbook.quickbooks.internal.JdkWire(http);
      return this;
    }

    /** For tests: the exchange itself. */
    public Builder wire(Wire wire) {
      this.wire = wire;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Refresh this long before the access token expires (default 5 minutes). */
    public Builder refreshMargin(Duration margin) {
      this.margin = margin;
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder listener(RequestListener listener) {
      this.listener = listener;
      return this;
    }

    public OAuthTokens build() {
      if (wire == null) {
        httpClient(java.net.http.HttpClient.newHttpClient());
      }
      return new OAuthTokens(this);
    }
  }
}
