package dev.stockbook.woocommerce.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-legged OAuth 1.0a with HMAC-SHA256, parameters in the query string, for stores reached over
 * plain HTTP.
 *
 * <p>The base string follows what WooCommerce verifies ({@code WC_REST_Authentication::
 * check_oauth_signature}): {@code METHOD&enc(url)&} then the parameters sorted by name, each name
 * and value RFC 3986 encoded <em>once</em>, joined with {@code %3D} and {@code %26}. RFC 5849 would
 * encode the values twice; the two agree only for values made of unreserved characters, and
 * WooCommerce is the one that has to say yes.
 */
public final class OAuth1Authenticator implements Authenticator {
  static final String METHOD = "HMAC-SHA256";
  private final String key;
  private final String secret;
  private final Clock clock;
  private final Supplier<String> nonces;

  public OAuth1Authenticator(String key, String secret, Clock clock, Supplier<String> nonces) {
    this.key = key;
    this.secret = secret;
    this.clock = clock;
    this.nonces = nonces;
  }

  @Override
  public Signed sign(String method, String url, Query query) {
    Query withOauth =
        query
            .with("oauth_consumer_key", key)
            .with("oauth_nonce", nonces.get())
            .with("oauth_signature_method", METHOD)
            .with("oauth_timestamp", clock.instant().getEpochSecond());
    String signature = signature(secret, baseString(method, url, withOauth));
    return new Signed(withOauth.with("oauth_signature", signature), Map.of());
  }

  /** The string WooCommerce signs; package-visible so tests can recompute it. */
  public static String baseString(String method, String url, Query query) {
    String params =
        query.params().stream()
            .filter(e -> !e.getKey().equals("oauth_signature"))
            .sorted(Comparator.comparing(Map.Entry::getKey))
            .map(e -> Rfc3986.encode(e.getKey()) + "%3D" + Rfc3986.encode(e.getValue()))
            .collect(Collectors.joining("%26"));
    return method.toUpperCase(java.util.Locale.ROOT) + "&" + Rfc3986.encode(url) + "&" + params;
  }

  /** Base64 HMAC-SHA256 of {@code baseString} with the key {@code secret&}. */
  public static String signature(String secret, String baseString) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      byte[] keyBytes = (secret + "&").getBytes(StandardCharsets.UTF_8);
      mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
      byte[] raw = mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(raw);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "OAuth1Authenticator[key=" + key + ", secret=****]";
  }
}
