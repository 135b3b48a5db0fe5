package dev.stockbook.app.service;

import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.quickbooks.RequestListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The service's Prometheus metrics: cycles, orders posted and parked, stock pushes, API calls by
 * service and status, webhooks by outcome, and a histogram of cycle durations.
 */
public final class ServiceMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public MeterRegistry registry() {
    return registry;
  }

  /** The text exposition for {@code GET /metrics}. */
  public String scrape() {
    return registry.scrape();
  }

  /**
   * One engine run; {@code kind} is {@code cycle} (full), {@code orders} (the orders webhooks
   * named, and the stock they and QuickBooks moved) or {@code stock} (QuickBooks changes alone).
   */
  public void cycle(String connection, String kind, CycleReport report) {
    registry
        .counter(
            "stockbook.cycles",
            "connection",
            connection,
            "kind",
            kind,
            "outcome",
            report.errors().isEmpty() ? "ok" : "problems")
        .increment();
    registry
        .counter("stockbook.orders.posted", "connection", connection)
        .increment(report.posted());
    registry
        .counter("stockbook.orders.parked", "connection", connection)
        .increment(report.parked());
    registry
        .counter("stockbook.stock.pushes", "connection", connection)
        .increment(report.stockWritten());
    Timer.builder("stockbook.cycle.duration")
        .tag("connection", connection)
        .tag("kind", kind)
        .publishPercentileHistogram()
        .register(registry)
        .record(report.duration());
  }

  public void apiCall(String service, String operation, String status) {
    registry
        .counter(
            "stockbook.api.calls", "service", service, "operation", operation, "status", status)
        .increment();
  }

  public void webhook(String source, String outcome) {
    registry.counter("stockbook.webhooks", "source", source, "outcome", outcome).increment();
  }

  /**
   * {@code stockbook_quickbooks_calls_month{company}}: each configured QuickBooks company's calls
   * this month, from every node (the state database's count); Intuit's Builder tier stops at
   * 500,000.
   */
  public void monthlyCalls(dev.stockbook.app.wiring.Wiring wiring) {
    wiring.config().connections().stream()
        .map(
            c ->
                dev.stockbook.quickbooks.RateGovernors.key(
                    c.string("quickbooks.baseUrl"), c.string("quickbooks.realmId")))
        .distinct()
        .forEach(
            company ->
                io.micrometer.core.instrument.Gauge.builder(
                        "stockbook.quickbooks.calls.month",
                        wiring,
                        w -> w.quickBooksCallsThisMonth().getOrDefault(company, 0L))
                    .tag("company", company.substring(company.lastIndexOf('|') + 1))
                    .register(registry));
  }

  /** Counts every QuickBooks exchange by method and HTTP status (0 = no answer). */
  public RequestListener quickbooks() {
    return (method, path, status, elapsed) -> apiCall("quickbooks", method, String.valueOf(status));
  }
}
