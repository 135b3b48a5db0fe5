package dev.stockbook.woocommerce.internal;

import dev.stockbook.store.StoreSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WooCommerce connector's settings, read once from {@link StoreSettings#options()}.
 *
 * @param apiRoot {@code <baseUrl>/wp-json/wc/v3}
 * @param auth {@code basic} (default) or {@code oauth1}
 * @param extraHeaders headers sent with every request, e.g. the {@code treatAsHttpsHeader}
 */
public record WooOptions(
    String apiRoot, String auth, Map<String, String> extraHeaders, Duration timeout) {
  public static final String AUTH = "auth";
  public static final String TREAT_AS_HTTPS_HEADER = "treatAsHttpsHeader";

  public static WooOptions from(StoreSettings settings) {
    List<String> problems = new ArrayList<>();
    String auth = settings.option(AUTH, "basic");
    if (!auth.equals("basic") && !auth.equals("oauth1")) {
      problems.add("option auth must be basic or oauth1, was '" + auth + "'");
    }
    Map<String, String> headers = httpsHeader(settings.option(TREAT_AS_HTTPS_HEADER, ""), problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("WooCommerce settings: " + String.join("; ", problems));
    }
    String root = settings.baseUrl().toString().replaceAll("/+$", "") + "/wp-json/wc/v3";
    return new WooOptions(root, auth, headers, settings.timeout());
  }

  private static Map<String, String> httpsHeader(String value, List<String> problems) {
    if (value.isBlank()) {
      return Map.of();
    }
    int colon = value.indexOf(':');
    if (colon < 1 || value.substring(colon + 1).isBlank()) {
      problems.add("option treatAsHttpsHeader must look like 'Header-Name: value'");
      return Map.of();
    }
    return Map.of(value.substring(0, colon).trim(), value.substring(colon + 1).trim());
  }
}
