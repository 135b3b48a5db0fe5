package dev.stockbook.woocommerce.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into consecutive pieces of at most {@code size}. */
final class Chunks {
  private Chunks() {}

  static <T> List<List<T>> of(List<T> items, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      out.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
    }
    return out;
  }
}
