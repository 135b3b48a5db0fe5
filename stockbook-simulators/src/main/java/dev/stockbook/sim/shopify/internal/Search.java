package dev.stockbook.sim.shopify.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Shopify's search syntax for the {@code query:} argument: whitespace-separated terms joined by
 * AND, each {@code field:value} with an optional comparator ({@code :>}, {@code :>=}, {@code :<},
 * {@code :<=}), negated by a leading {@code -} or a preceding {@code NOT}; values may be quoted
 * with ' or ". A term without a field is free text. A small tokenizer, not a regex.
 */
public final class Search {
  /** One term; {@code field} is empty for free text. */
  public record Term(String field, String comparator, String value, boolean negated) {}

  private Search() {}

  public static List<Term> parse(String query) {
    List<Term> terms = new ArrayList<>();
    if (query == null) {
      return terms;
    }
    boolean negateNext = false;
    for (String token : tokens(query)) {
      if ("AND".equals(token)) {
        continue;
      }
      if ("NOT".equals(token)) {
        negateNext = true;
        continue;
      }
      terms.add(term(token, negateNext));
      negateNext = false;
    }
    return terms;
  }

  private static Term term(String token, boolean negated) {
    if (token.startsWith("-") && token.length() > 1) {
      return term(token.substring(1), !negated);
    }
    int colon = token.indexOf(':');
    if (colon <= 0) {
      return new Term("", "=", unquote(token), negated);
    }
    String field = token.substring(0, colon);
    String rest = token.substring(colon + 1);
    String comparator = "=";
    for (String c : new String[] {">=", "<=", ">", "<"}) {
      if (rest.startsWith(c)) {
        comparator = c;
        rest = rest.substring(c.length());
        break;
      }
    }
    return new Term(field, comparator, unquote(rest), negated);
  }

  /** Splits on whitespace outside quotes. */
  private static List<String> tokens(String query) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (char c : query.toCharArray()) {
      if (quote == 0 && Character.isWhitespace(c)) {
        if (current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = quote == 0 ? c : quote == c ? 0 : quote;
      }
      current.append(c);
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && (v.charAt(0) == '\'' || v.charAt(0) == '"')
        && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
