package dev.stockbook.sim.woocommerce;

import java.time.Duration;

/**
 * When the simulator sends the webhook deliveries it queued. WooCommerce 10 queues each delivery as
 * an Action Scheduler action ({@code woocommerce_deliver_webhook_async}); the queue runs from
 * WP-Cron ({@code action_scheduler_run_queue}, every minute), and WP-Cron runs only when the site
 * is visited or {@code wp-cron.php} is requested. Measured on a real WooCommerce 10.0.2: 11 to 54 s
 * from order to delivery with a cron ping every 5 s, nothing in 90 s on an idle site.
 *
 * @param lag prompt model only: how long a delivery waits before it is sent
 * @param runnerInterval Action Scheduler model: how often the queue may run (null: prompt model)
 * @param siteTraffic Action Scheduler model: visitors keep WP-Cron running (false: an idle site,
 *     where only requests to {@code /wp-cron.php} run the queue)
 */
public record WebhookDelivery(Duration lag, Duration runnerInterval, boolean siteTraffic) {
  /** WP-Cron's schedule for Action Scheduler's queue runner. */
  public static final Duration WP_CRON_MINUTE = Duration.ofMinutes(1);

  /** The real store's model, on a site with traffic: the queue runs once a minute. The default. */
  public static WebhookDelivery actionScheduler() {
    return new WebhookDelivery(Duration.ZERO, WP_CRON_MINUTE, true);
  }

  /** The real store's model on an idle site: only {@code GET /wp-cron.php} runs the queue. */
  public static WebhookDelivery idleSite() {
    return new WebhookDelivery(Duration.ZERO, WP_CRON_MINUTE, false);
  }

  /**
   * Not a real WooCommerce 10: each delivery goes out {@code lag} after its event (as with the
   * {@code woocommerce_webhook_deliver_async} filter returning false). For tests and benchmarks
   * that measure Stockbook rather than the store's queue.
   */
  public static WebhookDelivery prompt(Duration lag) {
    return new WebhookDelivery(lag, null, true);
  }

  public boolean queued() {
    return runnerInterval != null;
  }
}
