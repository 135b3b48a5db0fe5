package dev.stockbook.sim.woocommerce.internal;

import dev.stockbook.sim.common.SimRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The list filters shared by products and orders: dates, include, and sorting with MySQL's ties.
 */
public final class Filters {
  private final SiteTime time;

  public Filters(SiteTime time) {
    this.time = time;
  }

  /** Dates live to the second, as WordPress stores them. */
  public <T> Predicate<T> dates(
      SimRequest r,
      Function<T, Instant> created,
      Function<T, Instant> modified,
      InvalidParams bad) {
    boolean gmt = "true".equals(r.param("dates_are_gmt")) || "1".equals(r.param("dates_are_gmt"));
    Predicate<T> all = x -> true;
    all = all.and(bound(r, "after", created, gmt, true, bad));
    all = all.and(bound(r, "before", created, gmt, false, bad));
    all = all.and(bound(r, "modified_after", modified, gmt, true, bad));
    return all.and(bound(r, "modified_before", modified, gmt, false, bad));
  }

  private <T> Predicate<T> bound(
      SimRequest r,
      String name,
      Function<T, Instant> field,
      boolean gmt,
      boolean after,
      InvalidParams bad) {
    String value = r.param(name);
    if (value == null) {
      return x -> true;
    }
    Instant limit = time.parse(value, gmt);
    if (limit == null) {
      bad.invalidDate(name);
      return x -> true;
    }
    return x -> {
      Instant at = field.apply(x).truncatedTo(ChronoUnit.SECONDS);
      return after ? at.isAfter(limit) : at.isBefore(limit);
    };
  }

  /** Values of a list param given as CSV or as {@code name[]} / {@code name[0]} repeats. */
  public static List<String> list(SimRequest r, String name) {
    List<String> out = new ArrayList<>();
    r.params()
        .forEach(
            (k, values) -> {
              if (k.equals(name) || k.startsWith(name + "[")) {
                values.forEach(
                    v ->
                        Arrays.stream(v.split(","))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .forEach(out::add));
              }
            });
    return out;
  }

  public static List<Long> ids(SimRequest r, String name, InvalidParams bad) {
    List<Long> out = new ArrayList<>();
    for (String v : list(r, name)) {
      try {
        out.add(Long.parseLong(v));
      } catch (NumberFormatException e) {
        bad.notType(name + "[" + out.size() + "]", "integer");
      }
    }
    return out;
  }

  /**
   * Sorts by the {@code orderby} key. Ties on a unique key (id, include) cannot happen; ties on a
   * key WordPress keeps to the second (date, modified, title) come in an order of their own that
   * depends on the page asked for, as MySQL gives them: rows with equal ORDER BY values may come in
   * any order, and a query with LIMIT may order them differently from one without or with another
   * LIMIT (MySQL 8.0 manual, "LIMIT Query Optimization"). The real HPOS store did so in the
   * connector contract (pages of two: one order listed twice, one not at all). Deterministic: the
   * same request gives the same page.
   */
  public static <T> List<T> sort(
      List<T> items, Listing listing, Comparator<T> key, Function<T, Long> id) {
    Comparator<T> order =
        List.of("id", "include").contains(listing.orderby)
            ? key.thenComparing(id, Comparator.naturalOrder())
            : key.thenComparing(x -> scramble(id.apply(x), listing.rowLimit()))
                .thenComparing(id, Comparator.naturalOrder());
    List<T> out = new ArrayList<>(items);
    out.sort(listing.ascending ? order : order.reversed());
    return out;
  }

  /** A tie order that changes with the LIMIT of the query (splitmix64 of id and limit). */
  private static long scramble(long id, long limit) {
    long z = id * 0x9E3779B97F4A7C15L + limit * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
