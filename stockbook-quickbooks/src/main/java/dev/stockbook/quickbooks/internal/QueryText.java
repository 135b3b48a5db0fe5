package dev.stockbook.quickbooks.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/** Building QuickBooks query statements: quoting, {@code in (...)} lists, chunking. */
public final class QueryText {
  private QueryText() {}

  /**
   * {@code 'O\'Brien'}: QuickBooks escapes an apostrophe with a backslash (and so a backslash too).
   */
  public static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** {@code ('a','b')}. */
  public static String inList(Collection<String> values) {
    return values.stream().map(QueryText::quote).collect(Collectors.joining(",", "(", ")"));
  }

  /**
   * Distinct, non-blank values in order of first appearance, cut into chunks of at most {@code
   * size}.
   */
  public static List<List<String>> chunks(Collection<String> values, int size) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
    distinct.removeIf(v -> v == null || v.isBlank());
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i += size) {
      out.add(List.copyOf(distinct.subList(i, Math.min(distinct.size(), i + size))));
    }
    return out;
  }
}
