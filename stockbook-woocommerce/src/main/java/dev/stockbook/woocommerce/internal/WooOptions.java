package dev.stockbook.woocommerce.internal;

import static dev.stockbook.store.config.ConfigKey.Type.INT;
import static dev.stockbook.store.config.ConfigKey.Type.STRING;
import static dev.stockbook.store.config.ConfigKey.Type.URL;

import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigKey;
import dev.stockbook.store.config.ConfigValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WooCommerce connector's settings: the keys it declares (written {@code store.<key>} in a
 * connection) and their values, read once.
 *
 * @param apiRoot {@code <url>/wp-json/wc/v3}
 * @param auth {@code basic} (default) or {@code oauth1}
 * @param extraHeaders headers sent with every request, e.g. the {@code treatAsHttpsHeader}
 * @param pageSize orders per page of the changed-orders listing (1 to 100, WooCommerce's maximum)
 */
public record WooOptions(
    String apiRoot,
    String key,
    String secret,
    String auth,
    Map<String, String> extraHeaders,
    Duration timeout,
    int pageSize) {
  public static final String URL_KEY = "url";
  public static final String CONSUMER_KEY = "consumerKey";
  public static final String CONSUMER_SECRET = "consumerSecret";
  public static final String AUTH = "auth";
  public static final String TREAT_AS_HTTPS_HEADER = "treatAsHttpsHeader";
  public static final String PAGE_SIZE = "pageSize";

  /** What a WooCommerce connection declares, without the {@code store.} prefix. */
  public static final List<ConfigKey> KEYS =
      List.of(
          ConfigKey.required(URL_KEY, URL, false, "The store's site URL."),
          ConfigKey.required(CONSUMER_KEY, STRING, false, "REST API consumer key (read/write)."),
          ConfigKey.required(CONSUMER_SECRET, STRING, true, "REST API consumer secret."),
          ConfigKey.choice(
              AUTH,
              "basic",
              List.of("basic", "oauth1"),
              "basic over HTTPS; oauth1 over plain HTTP."),
          ConfigKey.optional(
              TREAT_AS_HTTPS_HEADER,
              STRING,
              "",
              "Header that makes the store treat a request as HTTPS, e.g. 'X-Forwarded-Proto: https'."),
          ConfigKey.optional(
              PAGE_SIZE,
              INT,
              "100",
              "Orders per page when reading changed orders (1 to 100); lower it for a slow store."));

  public static WooOptions from(StoreSettings settings) {
    List<String> problems = problems(settings.values());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("WooCommerce settings: " + String.join("; ", problems));
    }
    ConfigValues v = settings.values();
    String root = v.string(URL_KEY).replaceAll("/+$", "") + "/wp-json/wc/v3";
    return new WooOptions(
        root,
        v.string(CONSUMER_KEY),
        v.string(CONSUMER_SECRET),
        v.string(AUTH).isBlank() ? "basic" : v.string(AUTH),
        httpsHeader(v.string(TREAT_AS_HTTPS_HEADER), new ArrayList<>()),
        settings.timeout(),
        pageSize(v, new ArrayList<>()));
  }

  /** Every problem with the values, together, each naming its key. */
  public static List<String> problems(ConfigValues v) {
    List<String> problems = new ArrayList<>();
    String auth = v.string(AUTH);
    if (!auth.isBlank() && !auth.equals("basic") && !auth.equals("oauth1")) {
      problems.add(AUTH + ": must be basic or oauth1, was '" + auth + "'");
    }
    httpsHeader(v.string(TREAT_AS_HTTPS_HEADER), problems);
    pageSize(v, problems);
    return problems;
  }

  private static int pageSize(ConfigValues v, List<String> problems) {
    String value = v.string(PAGE_SIZE);
    if (value.isBlank()) {
      return 100;
    }
    try {
      int size = Integer.parseInt(value.trim());
      if (size >= 1 && size <= 100) {
        return size;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    problems.add(PAGE_SIZE + ": must be a whole number from 1 to 100, was '" + value + "'");
    return 100;
  }

  private static Map<String, String> httpsHeader(String value, List<String> problems) {
    if (value.isBlank()) {
      return Map.of();
    }
    int colon = value.indexOf(':');
    if (colon < 1 || value.substring(colon + 1).isBlank()) {
      problems.add(TREAT_AS_HTTPS_HEADER + ": must look like 'Header-Name: value'");
      return Map.of();
    }
    return Map.of(value.substring(0, colon).trim(), value.substring(colon + 1).trim());
  }

  @Override
  public String toString() {
    return "WooOptions[apiRoot=" + apiRoot + ", auth=" + auth + "]";
  }
}
