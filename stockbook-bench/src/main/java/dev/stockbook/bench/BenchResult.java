package dev.stockbook.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** What a benchmark measured, as a Markdown table or JSON, each figure next to its bound. */
final class BenchResult {
  BenchRun.Sizes sizes;
  TimeScale timeScale = TimeScale.REAL;
  long qbRequestsForOrders;
  int ordersPosted;
  double postSeconds;
  Throughput.Split postSplit;
  long storeRequestsForChanges;
  int stockWrites;

  /** How the store requests for the changes break down, and what the cycle did besides. */
  String storeBreakdown;

  WebhookLatency.Samples withWebhooks = new WebhookLatency.Samples(List.of(), List.of());
  WebhookLatency.Samples pollingOnly = new WebhookLatency.Samples(List.of(), List.of());
  WebhookLatency.Samples quietWithWebhooks = new WebhookLatency.Samples(List.of(), List.of());
  long naiveRequests;
  double naiveSeconds;
  long peakHeapBytes;
  List<ScaleBench.Outcome> scale = List.of();

  double qbPer1000() {
    return qbRequestsForOrders * 1000.0 / ordersPosted;
  }

  double naivePer1000() {
    return naiveRequests * 1000.0 / sizes.naiveOrders();
  }

  double storePer1000() {
    return storeRequestsForChanges * 1000.0 / Math.max(1, stockWrites);
  }

  /** The fastest the limits allow (batch items metered, 500 a minute); see {@link Throughput}. */
  double boundSeconds() {
    return Throughput.boundSeconds(ordersPosted);
  }

  /** Real-equivalent seconds to post the orders; see {@link Throughput.Split}. */
  double postSecondsReal() {
    return postSplit.realEquivalent(timeScale);
  }

  /**
   * Extrapolated to the bench's order count from its run in real time (it sends one request at a
   * time, 150 ms each, about 400 a minute: under QuickBooks' 500, so the rate does not change with
   * the count).
   */
  double naiveSecondsForN() {
    return naiveSeconds * ordersPosted / sizes.naiveOrders();
  }

  String markdown() {
    StringBuilder t = new StringBuilder();
    t.append("| Measure | Stockbook | Bound | Naive baseline |\n|---|---|---|---|\n");
    row(
        t,
        "QuickBooks requests per 1,000 orders posted",
        f(qbPer1000()),
        "34 (ceil(1000/30))",
        f(naivePer1000()));
    row(
        t,
        "Store requests per 1,000 stock changes",
        f(storePer1000()) + " (" + storeBreakdown + ")",
        "10 (ceil(1000/100))",
        "-");
    row(
        t,
        "Time to post " + ordersPosted + " orders",
        postSplit.cell(timeScale),
        Throughput.boundCell(ordersPosted),
        f(naiveSecondsForN())
            + " s (extrapolated from "
            + sizes.naiveOrders()
            + " orders in "
            + f(naiveSeconds)
            + " s, run in real time)");
    row(
        t,
        "Order placed → posted, p50 / p95 / p99, with prompt webhooks",
        pct(withWebhooks.toPosted()),
        "-",
        "polling only, same run: " + pct(pollingOnly.toPosted()));
    row(
        t,
        "Order placed → other store's stock updated, p50 / p95 / p99, with prompt webhooks",
        pct(withWebhooks.toStore()),
        "2 s (target, p95)",
        "polling only, same run: " + pct(pollingOnly.toStore()));
    row(
        t,
        "The same, orders 2–4 s apart (both connections idle when a sale comes)",
        pct(quietWithWebhooks.toStore()) + "; posted " + pct(quietWithWebhooks.toPosted()),
        "2 s (target, p95)",
        "-");
    row(t, "Peak heap", (peakHeapBytes >> 20) + " MiB", "-", "-");
    ScaleBench.rows(scale).forEach(r -> row(t, r[0], r[1], r[2], r[3]));
    return t.toString();
  }

  ObjectNode json() {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("catalog", sizes.catalog()).put("orders", sizes.orders()).put("seed", sizes.seed());
    o.put("quickbooksRequestsPer1000Orders", qbPer1000())
        .put("naiveRequestsPer1000Orders", naivePer1000());
    o.put("storeRequestsPer1000StockChanges", storePer1000())
        .put("storeRequestsBreakdown", storeBreakdown)
        .put("postSeconds", postSecondsReal())
        .put("boundSeconds", boundSeconds());
    o.put("timeScale", timeScale.k())
        .put("postSecondsMeasured", postSeconds)
        .put("postSecondsAllTimesScale", timeScale.realEquivalent(postSeconds))
        .put("ordersPosted", ordersPosted)
        .put("intakeSecondsMeasured", postSplit.intakeSeconds())
        .put("postingSpanSecondsMeasured", postSplit.postingSeconds())
        .put("boundSecondsIfBatchCountedAsOne", Throughput.boundSecondsBatchAsOne(ordersPosted));
    o.put("naiveSecondsForOrders", naiveSecondsForN());
    o.put("placedToPostedWithWebhooks", pct(withWebhooks.toPosted()))
        .put("placedToStockWithWebhooks", pct(withWebhooks.toStore()));
    o.put("placedToPostedPollingOnly", pct(pollingOnly.toPosted()))
        .put("placedToStockPollingOnly", pct(pollingOnly.toStore()));
    o.put("placedToPostedQuietWithWebhooks", pct(quietWithWebhooks.toPosted()))
        .put("placedToStockQuietWithWebhooks", pct(quietWithWebhooks.toStore()));
    o.put("peakHeapBytes", peakHeapBytes);
    o.set("scale", ScaleBench.json(scale));
    return o;
  }

  private static void row(StringBuilder t, String a, String b, String c, String d) {
    t.append("| ")
        .append(a)
        .append(" | ")
        .append(b)
        .append(" | ")
        .append(c)
        .append(" | ")
        .append(d)
        .append(" |\n");
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String pct(List<Long> millis) {
    if (millis.isEmpty()) {
      return "no samples";
    }
    List<Long> s = millis.stream().sorted().toList();
    return String.format(
        Locale.ROOT,
        "%.1f / %.1f / %.1f s (%d orders)",
        at(s, 50) / 1e3,
        at(s, 95) / 1e3,
        at(s, 99) / 1e3,
        s.size());
  }

  private static long at(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
