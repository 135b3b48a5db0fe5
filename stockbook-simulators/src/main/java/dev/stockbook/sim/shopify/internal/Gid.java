package dev.stockbook.sim.shopify.internal;

import java.util.OptionalLong;

/** Shopify's global ids: {@code gid://shopify/Order/123}, optionally with a query string. */
public final class Gid {
  private static final String PREFIX = "gid://shopify/";

  private Gid() {}

  public static String of(String type, long id) {
    return PREFIX + type + "/" + id;
  }

  /** The numeric id of a gid of this type, or empty when it is malformed or of another type. */
  public static OptionalLong parse(String gid, String type) {
    String head = PREFIX + type + "/";
    if (gid == null || !gid.startsWith(head)) {
      return OptionalLong.empty();
    }
    String rest = gid.substring(head.length());
    int query = rest.indexOf('?');
    String digits = query < 0 ? rest : rest.substring(0, query);
    try {
      return OptionalLong.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** The type segment of a Shopify gid ({@code Order} for {@code gid://shopify/Order/1}), or "". */
  public static String typeOf(String gid) {
    if (gid == null || !gid.startsWith(PREFIX)) {
      return "";
    }
    String rest = gid.substring(PREFIX.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? "" : rest.substring(0, slash);
  }
}
