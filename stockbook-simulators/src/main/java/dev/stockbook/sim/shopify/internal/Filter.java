package dev.stockbook.sim.shopify.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The search fields a query connection understands and how each reads an item: an Instant
 * (timestamps), a Long (ids, counts) or a String (compared ignoring case). Unknown fields are
 * ignored with a warning in {@code extensions.search}, as Shopify does.
 */
public final class Filter<T> {
  private final Map<String, Function<T, Object>> fields = new LinkedHashMap<>();
  private Function<T, String> text = t -> "";

  public Filter<T> field(String name, Function<T, Object> read) {
    fields.put(name, read);
    return this;
  }

  /** What free text (a term without a field) is matched against. */
  public Filter<T> text(Function<T, String> read) {
    text = read;
    return this;
  }

  /** The predicate for the query; warnings for unusable terms go to the call. */
  public Predicate<T> compile(String query, List<String> path, Call call) {
    List<Predicate<T>> all = new ArrayList<>();
    List<Map<String, Object>> warnings = new ArrayList<>();
    for (Search.Term term : Search.parse(query)) {
      Predicate<T> p = term.field().isEmpty() ? freeText(term.value()) : fieldTerm(term, warnings);
      if (p != null) {
        all.add(term.negated() ? p.negate() : p);
      }
    }
    if (!warnings.isEmpty() && call != null) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("path", path);
      entry.put("query", query);
      entry.put("warnings", warnings);
      call.searchWarnings.add(entry);
    }
    return t -> all.stream().allMatch(p -> p.test(t));
  }

  private Predicate<T> freeText(String value) {
    String needle = value.toLowerCase(Locale.ROOT);
    return t -> text.apply(t).toLowerCase(Locale.ROOT).contains(needle);
  }

  private Predicate<T> fieldTerm(Search.Term term, List<Map<String, Object>> warnings) {
    Function<T, Object> read = fields.get(term.field());
    if (read == null) {
      warnings.add(
          Map.of("field", term.field(), "message", "Invalid search field for this query."));
      return null;
    }
    return t -> matches(read.apply(t), term);
  }

  private static boolean matches(Object actual, Search.Term term) {
    if (actual == null) {
      return false;
    }
    if (actual instanceof List<?> list) {
      return list.stream().anyMatch(a -> matches(a, term));
    }
    int cmp;
    try {
      cmp = compare(actual, term.value());
    } catch (DateTimeParseException | NumberFormatException e) {
      return false;
    }
    return switch (term.comparator()) {
      case ">" -> cmp > 0;
      case ">=" -> cmp >= 0;
      case "<" -> cmp < 0;
      case "<=" -> cmp <= 0;
      default -> cmp == 0;
    };
  }

  private static int compare(Object actual, String value) {
    if (actual instanceof Instant instant) {
      return instant.compareTo(instant(value));
    }
    if (actual instanceof Long number) {
      return number.compareTo(Long.parseLong(value));
    }
    return String.valueOf(actual).compareToIgnoreCase(value);
  }

  /** 2026-03-01T12:00:00Z, with an offset, without one (UTC), or a date (its start, UTC). */
  static Instant instant(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      if (value.contains("T")) {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      }
      return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
  }
}
