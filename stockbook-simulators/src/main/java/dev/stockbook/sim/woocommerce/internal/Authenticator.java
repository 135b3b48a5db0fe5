package dev.stockbook.sim.woocommerce.internal;

import dev.stockbook.sim.common.SimRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * WC_REST_Authentication: Basic auth or query-string keys over HTTPS only; OAuth 1.0a one-legged
 * over plain HTTP. A request is HTTPS when the configured header says {@code https}.
 */
public final class Authenticator {
  private final ApiKeys keys;
  private final OAuth1 oauth;
  private final String httpsHeader;

  public Authenticator(ApiKeys keys, OAuth1 oauth, String httpsHeader) {
    this.keys = keys;
    this.oauth = oauth;
    this.httpsHeader = httpsHeader;
  }

  /** The key the request authenticates with, or {@code null} for an anonymous request. */
  public ApiKeys.Key authenticate(SimRequest request) {
    boolean https = "https".equalsIgnoreCase(request.header(httpsHeader));
    if (https) {
      String[] basic = basic(request.header("Authorization"));
      if (basic != null) {
        return check(basic[0], basic[1]);
      }
      if (request.param("consumer_key") != null) {
        return check(request.param("consumer_key"), request.param("consumer_secret"));
      }
      return null;
    }
    return oauth.verify(request);
  }

  private ApiKeys.Key check(String consumerKey, String secret) {
    ApiKeys.Key key =
        keys.find(consumerKey).orElseThrow(() -> authError("Consumer key is invalid."));
    byte[] expected = key.consumerSecret().getBytes(StandardCharsets.UTF_8);
    if (secret == null
        || !MessageDigest.isEqual(expected, secret.getBytes(StandardCharsets.UTF_8))) {
      throw authError("Consumer secret is invalid.");
    }
    return key;
  }

  static WpError authError(String message) {
    return new WpError(401, "woocommerce_rest_authentication_error", message);
  }

  private static String[] basic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The 401 WordPress gives an anonymous caller, by what it tried to do. */
  public static WpError forbidden(String method, boolean collection) {
    return switch (method) {
      case "GET", "HEAD" ->
          collection
              ? new WpError(
                  401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
              : new WpError(
                  401, "woocommerce_rest_cannot_view", "Sorry, you cannot view this resource.");
      case "DELETE" ->
          new WpError(
              401,
              "woocommerce_rest_cannot_delete",
              "Sorry, you are not allowed to delete this resource.");
      case "POST" ->
          collection
              ? new WpError(
                  401,
                  "woocommerce_rest_cannot_create",
                  "Sorry, you are not allowed to create resources.")
              : new WpError(
                  401,
                  "woocommerce_rest_cannot_edit",
                  "Sorry, you are not allowed to edit this resource.");
      default ->
          new WpError(
              401,
              "woocommerce_rest_cannot_edit",
              "Sorry, you are not allowed to edit this resource.");
    };
  }

  /** Read-only keys cannot write and write-only keys cannot read (check_permissions). */
  public static void checkPermission(ApiKeys.Key key, String method) {
    boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    if (read && !key.canRead()) {
      throw authError("The API key provided does not have read permissions.");
    }
    if (!read && !key.canWrite()) {
      throw authError("The API key provided does not have write permissions.");
    }
  }
}
