package dev.stockbook.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.quickbooks.Tokens;
import dev.stockbook.state.DatabaseStateStore;
import dev.stockbook.store.config.ConfigValues;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Connects (or reconnects) a connection's QuickBooks company with OAuth 2: the authorization URL
 * with a random {@code state}, then on the callback the state check, the code exchange ({@code
 * authorization_code} grant, HTTP Basic client auth) and the tokens stored sealed. A connection
 * that was waiting for a reconnect becomes active again.
 */
public final class QuickBooksConnect {
  public static final String CALLBACK_PATH = "/oauth/quickbooks/callback";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Wiring wiring;
  private final ConfigValues connection;
  private final URI redirectUri;
  private final Clock clock;
  private final String state;

  public QuickBooksConnect(Wiring wiring, ConfigValues connection, URI redirectUri, Clock clock) {
    this.wiring = wiring;
    this.connection = connection;
    this.redirectUri = redirectUri;
    this.clock = clock;
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    this.state = HexFormat.of().formatHex(random);
  }

  /** Where the person signs in to QuickBooks and approves Stockbook. */
  public URI authorizationUrl() {
    return URI.create(
        connection.string("quickbooks.authorizeUrl")
            + "?client_id="
            + enc(connection.string("quickbooks.clientId"))
            + "&response_type=code&scope="
            + enc("com.intuit.quickbooks.accounting")
            + "&redirect_uri="
            + enc(redirectUri.toString())
            + "&state="
            + state);
  }

  /**
   * Handles the callback's parameters; returns a message for the person, or throws {@link
   * IllegalArgumentException} saying what was wrong.
   */
  public String complete(String code, String returnedState, String realmId)
      throws IOException, InterruptedException {
    if (returnedState == null
        || !MessageDigest.isEqual(
            state.getBytes(StandardCharsets.UTF_8),
            returnedState.getBytes(StandardCharsets.UTF_8))) {
      throw new IllegalArgumentException(
          "The state parameter does not match this connect request; start 'stockbook connect' again.");
    }
    String name = connection.string("name");
    if (realmId != null && !realmId.equals(connection.string("quickbooks.realmId"))) {
      throw new IllegalArgumentException(
          "You approved QuickBooks company "
              + realmId
              + ", but connection "
              + name
              + " is configured for company "
              + connection.string("quickbooks.realmId")
              + ".");
    }
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException(
          "QuickBooks sent no authorization code (was access denied?).");
    }
    wiring.saveQuickBooksTokens(name, exchange(code));
    if (wiring.state() instanceof DatabaseStateStore db) {
      new ServiceTables(db.dataSource()).setStatus(name, ConnectionStatus.State.ACTIVE, null);
    }
    return "QuickBooks company "
        + connection.string("quickbooks.realmId")
        + " is connected to "
        + name
        + ".";
  }

  private Tokens exchange(String code) throws IOException, InterruptedException {
    String client =
        connection.string("quickbooks.clientId")
            + ":"
            + connection.string("quickbooks.clientSecret");
    String form =
        "grant_type=authorization_code&code="
            + enc(code)
            + "&redirect_uri="
            + enc(redirectUri.toString());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(connection.string("quickbooks.tokenUrl")))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode body =
        response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    if (response.statusCode() != 200
        || !body.hasNonNull("access_token")
        || !body.hasNonNull("refresh_token")) {
      throw new IllegalArgumentException(
          "QuickBooks refused the authorization code (HTTP "
              + response.statusCode()
              + ", "
              + body.path("error").asText("no error code")
              + ").");
    }
    return new Tokens(
        body.get("access_token").asText(),
        body.get("refresh_token").asText(),
        clock.instant().plusSeconds(body.path("expires_in").asLong(3600)));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
