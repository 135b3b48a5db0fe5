package dev.stockbook.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a benchmark measured, as a Markdown table or JSON, each figure next to its bound. */
final class BenchResult {
  BenchRun.Sizes sizes;
  long qbRequestsForOrders;
  double postSeconds;
  long storeRequestsForChanges;
  int stockWrites;
  final List<Long> toPosted = new ArrayList<>();
  final List<Long> toStock = new ArrayList<>();
  long naiveRequests;
  double naiveSeconds;
  long peakHeapBytes;
  List<ScaleBench.Outcome> scale = List.of();

  double qbPer1000() {
    return qbRequestsForOrders * 1000.0 / sizes.orders();
  }

  double naivePer1000() {
    return naiveRequests * 1000.0 / sizes.naiveOrders();
  }

  double storePer1000() {
    return storeRequestsForChanges * 1000.0 / Math.max(1, stockWrites);
  }

  /** QuickBooks' 40 batches a minute at 30 documents a batch: the fastest the limits allow. */
  double boundSeconds() {
    return Math.ceil(sizes.orders() / 30.0) * 60.0 / 40.0;
  }

  double naiveSecondsForN() {
    return naiveSeconds * sizes.orders() / sizes.naiveOrders();
  }

  String markdown() {
    StringBuilder t = new StringBuilder();
    t.append("| Measure | Stockbook | Bound | Naive baseline |\n|---|---|---|---|\n");
    row(t, "QuickBooks requests per 1,000 orders posted", f(qbPer1000()), "34 (ceil(1000/30))", f(naivePer1000()));
    row(t, "Store requests per 1,000 stock changes", f(storePer1000()) + " (" + storeRequestsForChanges + " for " + stockWrites + " changes)", "10 (ceil(1000/100))", "-");
    row(t, "Time to post " + sizes.orders() + " orders", f(postSeconds) + " s", f(boundSeconds()) + " s (40 batches/min)", f(naiveSecondsForN()) + " s (extrapolated from " + sizes.naiveOrders() + ")");
    row(t, "Order placed → posted, p50 / p95 / p99", pct(toPosted), "-", "-");
    row(t, "Order placed → store stock updated, p50 / p95 / p99", pct(toStock), "-", "-");
    row(t, "Peak heap", (peakHeapBytes >> 20) + " MiB", "-", "-");
    ScaleBench.rows(scale).forEach(r -> row(t, r[0], r[1], r[2], r[3]));
    return t.toString();
  }

  ObjectNode json() {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("catalog", sizes.catalog()).put("orders", sizes.orders()).put("seed", sizes.seed());
    o.put("quickbooksRequestsPer1000Orders", qbPer1000()).put("naiveRequestsPer1000Orders", naivePer1000());
    o.put("storeRequestsPer1000StockChanges", storePer1000()).put("postSeconds", postSeconds).put("boundSeconds", boundSeconds());
    o.put("naiveSecondsForOrders", naiveSecondsForN()).put("placedToPosted", pct(toPosted)).put("placedToStock", pct(toStock));
    o.put("peakHeapBytes", peakHeapBytes);
    o.set("scale", ScaleBench.json(scale));
    return o;
  }

  private static void row(StringBuilder t, String a, String b, String c, String d) {
    t.append("| ").append(a).append(" | ").append(b).append(" | ").append(c).append(" | ").append(d).append(" |\n");
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String pct(List<Long> millis) {
    if (millis.isEmpty()) {
      return "no samples";
    }
    List<Long> s = millis.stream().sorted().toList();
    return String.format(Locale.ROOT, "%.1f / %.1f / %.1f s (%d orders)", at(s, 50) / 1e3, at(s, 95) / 1e3, at(s, 99) / 1e3, s.size());
  }

  private static long at(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
