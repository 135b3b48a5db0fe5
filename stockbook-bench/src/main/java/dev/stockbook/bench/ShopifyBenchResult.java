package dev.stockbook.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.shopify.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Shopify rows: each figure next to its bound, as Markdown or JSON. */
final class ShopifyBenchResult {
  ShopifyBench.Spend changes;
  ShopifyBench.Spend publish;
  WebhookLatency.Samples withWebhooks = new WebhookLatency.Samples(List.of(), List.of());
  WebhookLatency.Samples pollingOnly = new WebhookLatency.Samples(List.of(), List.of());

  /** Why a latency run did not finish (reported in its rows instead of numbers), or null. */
  String webhooksProblem;

  String pollingProblem;

  private static final Plan PLAN = Plan.STANDARD;

  private static String latency(List<Long> samples, String problem) {
    return problem == null ? BenchResult.pct(samples) : "did not finish: " + problem;
  }

  String markdown() {
    StringBuilder t = new StringBuilder();
    t.append("| Measure | Stockbook | Bound | Naive baseline |\n|---|---|---|---|\n");
    int bound = ShopifyBench.Spend.bound(1000);
    String measured =
        changes.changes() == 1000 ? "" : " (measured on " + n(changes.changes()) + ")";
    row(
        t,
        "Shopify requests per " + n(1000) + " stock changes",
        f(changes.per1000(changes.requests())) + measured + " (" + breakdown(changes) + ")",
        bound + " mutations (ceil(1000/" + ShopifyBench.PER_MUTATION + "))",
        "-");
    row(
        t,
        "Shopify cost points per " + n(1000) + " stock changes",
        f(changes.per1000(changes.points()))
            + measured
            + " ("
            + changes.writePoints()
            + " for the mutations + "
            + changes.readPoints()
            + " for the reads; "
            + changes.controlPoints()
            + " points in a cycle with no change)",
        bound * ShopifyBench.MUTATION_POINTS
            + " ("
            + bound
            + " mutations × "
            + ShopifyBench.MUTATION_POINTS
            + " points)",
        "-");
    int publishBound = ShopifyBench.Spend.bound(publish.changes());
    int publishPoints = publishBound * ShopifyBench.MUTATION_POINTS;
    row(
        t,
        "Time to publish "
            + n(publish.changes())
            + " stock changes, "
            + PLAN.displayName()
            + " plan",
        String.format(
                Locale.ROOT,
                "%.1f s: %d cycles, %d requests (%d mutations + %d reads), %s points, %d throttled"
                    + " answers; those points need at least %.1f s at %d points/s after the full"
                    + " %s-point bucket",
                publish.seconds(),
                publish.cycles(),
                publish.requests(),
                publish.writes(),
                publish.reads(),
                n(publish.points()),
                publish.throttled(),
                waitSeconds(publish.points()),
                PLAN.restoreRate(),
                n(PLAN.bucketSize()))
            + " ("
            + n(publish.written())
            + " written)",
        String.format(
            Locale.ROOT,
            "%.1f s: ceil(%d/%d) = %d mutations × %d = %s points%s",
            waitSeconds(publishPoints),
            publish.changes(),
            ShopifyBench.PER_MUTATION,
            publishBound,
            ShopifyBench.MUTATION_POINTS,
            n(publishPoints),
            publishPoints <= PLAN.bucketSize()
                ? ", within the full bucket ("
                    + f(publishPoints / (double) PLAN.restoreRate())
                    + " s of restore)"
                : ""),
        "-");
    row(
        t,
        "Shopify order placed → posted, p50 / p95 / p99, with webhooks",
        latency(withWebhooks.toPosted(), webhooksProblem),
        "-",
        "-");
    row(
        t,
        "Shopify order placed → other Shopify store's stock updated, p50 / p95 / p99, with webhooks",
        latency(withWebhooks.toStore(), webhooksProblem),
        "3 s (target, p95)",
        "-");
    row(
        t,
        "Shopify order placed → posted, p50 / p95 / p99, polling only",
        latency(pollingOnly.toPosted(), pollingProblem),
        "-",
        "-");
    row(
        t,
        "Shopify order placed → other Shopify store's stock updated, p50 / p95 / p99, polling only",
        latency(pollingOnly.toStore(), pollingProblem),
        "-",
        "-");
    return t.toString();
  }

  /** Seconds of restore the points need beyond a full bucket. */
  static double waitSeconds(int points) {
    return Math.max(0, points - PLAN.bucketSize()) / (double) PLAN.restoreRate();
  }

  private static String breakdown(ShopifyBench.Spend s) {
    List<String> parts = new ArrayList<>();
    s.fixed().forEach((what, count) -> parts.add(count + " " + what));
    return s.writes()
        + " inventorySetQuantities + "
        + s.reads()
        + " reads for "
        + n(s.written())
        + " changes, "
        + s.throttled()
        + " throttled; not counted: the cycle's fixed work ("
        + (parts.isEmpty() ? "none" : String.join(", ", parts))
        + "), "
        + s.controlRequests()
        + " requests in a cycle with no change";
  }

  ObjectNode json() {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("shopifyRequestsPer1000StockChanges", changes.per1000(changes.requests()))
        .put("shopifyPointsPer1000StockChanges", changes.per1000(changes.points()))
        .put("shopifyMutationsBoundPer1000", ShopifyBench.Spend.bound(1000))
        .put("publishChanges", publish.changes())
        .put("publishSeconds", publish.seconds())
        .put("publishPoints", publish.points())
        .put("publishThrottled", publish.throttled())
        .put("publishCycles", publish.cycles());
    o.put("placedToPostedWithWebhooks", latency(withWebhooks.toPosted(), webhooksProblem))
        .put("placedToStockWithWebhooks", latency(withWebhooks.toStore(), webhooksProblem))
        .put("placedToPostedPollingOnly", latency(pollingOnly.toPosted(), pollingProblem))
        .put("placedToStockPollingOnly", latency(pollingOnly.toStore(), pollingProblem));
    return o;
  }

  private static void row(StringBuilder t, String a, String b, String c, String d) {
    t.append("| ").append(a).append(" | ").append(b).append(" | ").append(c).append(" | ");
    t.append(d).append(" |\n");
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String n(int v) {
    return String.format(Locale.ROOT, "%,d", v);
  }
}
