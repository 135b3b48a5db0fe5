package dev.stockbook.sim.quickbooks.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into tokens. A quoted string becomes one token starting with {@code '} (the
 * closing quote dropped, {@code \'} unescaped); operators {@code <= >=} stay whole.
 */
final class QueryTokens {
  private QueryTokens() {}

  static List<String> split(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        i = quoted(text, i, tokens);
      } else if ("(),*=".indexOf(c) >= 0) {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '<' || c == '>') {
        boolean eq = i + 1 < text.length() && text.charAt(i + 1) == '=';
        tokens.add(eq ? c + "=" : String.valueOf(c));
        i += eq ? 2 : 1;
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && "(),*=<>'".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        tokens.add(text.substring(start, i));
      }
    }
    return tokens;
  }

  private static int quoted(String text, int open, List<String> tokens) {
    StringBuilder value = new StringBuilder("'");
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        value.append(text.charAt(i + 1));
        i += 2;
      } else if (c == '\'') {
        tokens.add(value.toString());
        return i + 1;
      } else {
        value.append(c);
        i++;
      }
    }
    throw QboFault.query("unterminated string literal");
  }
}
