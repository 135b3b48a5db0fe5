package dev.stockbook.shopify.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a shop's Admin API lives, from what a merchant types: {@code my-shop}, {@code
 * my-shop.myshopify.com}, {@code https://my-shop.myshopify.com}, or any {@code http(s)://host:port}
 * origin (the simulator, a proxy).
 *
 * @param origin scheme, host and port, without a path
 * @param domain the {@code *.myshopify.com} domain when the shop was named by it, else {@code
 *     null}; webhooks name their shop by this domain
 */
public record ShopAddress(URI origin, String domain) {
  private static final String MYSHOPIFY = ".myshopify.com";

  /** The address, or an {@link IllegalArgumentException} saying what is wrong with the text. */
  public static ShopAddress parse(String text) {
    String value = text == null ? "" : text.trim();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("is empty; give the shop's myshopify.com domain");
    }
    if (!value.contains("://")) {
      String host = value.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
      String domain = host.contains(".") ? host : host + MYSHOPIFY;
      return fromUrl("https://" + domain, value);
    }
    return fromUrl(value, value);
  }

  private static ShopAddress fromUrl(String url, String typed) {
    URI uri;
    try {
      uri = new URI(url.replaceAll("/+$", ""));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + typed + "' is not a domain or URL", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalArgumentException("'" + typed + "' is not an http(s) URL or a domain");
    }
    if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
      throw new IllegalArgumentException(
          "'" + typed + "' has a path; give only the shop's domain (Stockbook adds /admin/api)");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return new ShopAddress(uri, host.endsWith(MYSHOPIFY) ? host : null);
  }

  /** {@code <origin>/admin/api/<version>/graphql.json}. */
  public URI graphql(String version) {
    return URI.create(origin + "/admin/api/" + version + "/graphql.json");
  }

  /** The domain when known, else the origin: how messages name the shop. */
  public String label() {
    return domain != null ? domain : origin.toString();
  }
}
