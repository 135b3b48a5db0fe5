package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.common.SimRequest;
import dev.stockbook.sim.common.SimResponse;
import dev.stockbook.sim.quickbooks.Tokens;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The OAuth 2 endpoints (reference §2): discovery document, an authorize page that approves at once
 * and redirects with {@code code}, {@code state} and {@code realmId}, the token endpoint (HTTP
 * Basic client auth, form body) and revocation.
 */
public final class OAuthRoutes {
  public static final String DISCOVERY = "/.well-known/openid_configuration";
  public static final String AUTHORIZE = "/connect/oauth2";
  public static final String TOKEN = "/oauth2/v1/tokens/bearer";
  public static final String REVOKE = "/oauth2/v1/tokens/revoke";

  private final OAuth oauth;
  private final String realmId;
  private final String clientId;
  private final String clientSecret;
  private volatile URI base;

  public OAuthRoutes(OAuth oauth, String realmId, String clientId, String clientSecret) {
    this.oauth = oauth;
    this.realmId = realmId;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  public void base(URI base) {
    this.base = base;
  }

  /** The answer for an OAuth path, or {@code null} when the path is not one of ours. */
  public SimResponse handle(SimRequest request) {
    return switch (request.path()) {
      case DISCOVERY -> discovery();
      case AUTHORIZE -> authorize(request);
      case TOKEN ->
          "POST".equals(request.method()) ? token(request) : error(405, "invalid_request");
      case REVOKE ->
          "POST".equals(request.method()) ? revoke(request) : error(405, "invalid_request");
      default -> null;
    };
  }

  private SimResponse discovery() {
    ObjectNode doc = Json.object();
    doc.put("issuer", base + "/op/v1");
    doc.put("authorization_endpoint", base + AUTHORIZE);
    doc.put("token_endpoint", base + TOKEN);
    doc.put("revocation_endpoint", base + REVOKE);
    doc.putArray("response_types_supported").add("code");
    doc.putArray("token_endpoint_auth_methods_supported")
        .add("client_secret_post")
        .add("client_secret_basic");
    doc.putArray("scopes_supported").add("com.intuit.quickbooks.accounting").add("openid");
    return SimResponse.json(200, Json.bytes(doc));
  }

  private SimResponse authorize(SimRequest request) {
    String redirect = request.param("redirect_uri");
    if (!clientId.equals(request.param("client_id"))
        || redirect == null
        || !"code".equals(request.param("response_type"))) {
      return error(400, "invalid_request");
    }
    String code = oauth.newCode(redirect);
    String state = request.param("state") == null ? "" : request.param("state");
    String location =
        redirect
            + (redirect.contains("?") ? "&" : "?")
            + "code="
            + enc(code)
            + "&state="
            + enc(state)
            + "&realmId="
            + enc(realmId);
    return new SimResponse(302, Map.of("Location", location), new byte[0]);
  }

  private SimResponse token(SimRequest request) {
    if (!clientAuthenticated(request)) {
      return error(401, "invalid_client");
    }
    Map<String, List<String>> form = SimRequest.parseQuery(request.bodyText());
    String grant = first(form, "grant_type");
    try {
      Tokens tokens =
          switch (grant == null ? "" : grant) {
            case "authorization_code" -> oauth.exchangeCode(first(form, "code"));
            case "refresh_token" -> oauth.refresh(first(form, "refresh_token"));
            default -> null;
          };
      return tokens == null
          ? error(400, "unsupported_grant_type")
          : SimResponse.json(200, Json.bytes(body(tokens)));
    } catch (OAuth.GrantException e) {
      return error(400, e.getMessage());
    }
  }

  private SimResponse revoke(SimRequest request) {
    if (!clientAuthenticated(request)) {
      return error(401, "invalid_client");
    }
    String token = first(SimRequest.parseQuery(request.bodyText()), "token");
    if (token == null) {
      try {
        JsonNode json = Json.MAPPER.readTree(request.body());
        token = json == null ? null : Json.text(json, "token");
      } catch (java.io.IOException e) {
        token = null;
      }
    }
    if (token == null) {
      return error(400, "invalid_request");
    }
    oauth.revoke(token);
    return SimResponse.json(200, "{}");
  }

  private ObjectNode body(Tokens tokens) {
    ObjectNode body = Json.object();
    body.put("token_type", "bearer")
        .put("access_token", tokens.accessToken())
        .put("refresh_token", tokens.refreshToken());
    body.put("expires_in", OAuth.ACCESS_TTL.toSeconds())
        .put("x_refresh_token_expires_in", OAuth.REFRESH_TTL.toSeconds());
    body.put("id_token", "sim-id-token");
    return body;
  }

  private boolean clientAuthenticated(SimRequest request) {
    String header = request.header("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String expected =
          Base64.getEncoder()
              .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
      return expected.equals(header.substring(6).trim());
    }
    Map<String, List<String>> form = SimRequest.parseQuery(request.bodyText());
    return clientId.equals(first(form, "client_id"))
        && clientSecret.equals(first(form, "client_secret"));
  }

  private static SimResponse error(int status, String error) {
    return SimResponse.json(status, "{\"error\":\"" + error + "\"}");
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
