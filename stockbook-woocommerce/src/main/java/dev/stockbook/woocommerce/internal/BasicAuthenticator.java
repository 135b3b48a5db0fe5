package dev.stockbook.woocommerce.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** HTTP Basic with consumer key and secret; WooCommerce accepts it only over HTTPS. */
public final class BasicAuthenticator implements Authenticator {
  private final String authorization;

  public BasicAuthenticator(String key, String secret) {
    String pair = key + ":" + secret;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Signed sign(String method, String url, Query query) {
    return new Signed(query, Map.of("Authorization", authorization));
  }

  @Override
  public String toString() {
    return "BasicAuthenticator[****]";
  }
}
