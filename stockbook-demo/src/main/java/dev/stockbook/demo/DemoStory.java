package dev.stockbook.demo;

import dev.stockbook.core.engine.CycleReport;
import java.io.PrintWriter;
import java.math.BigDecimal;

/**
 * The product story, played against the simulators (QuickBooks and the store, WooCommerce or
 * Shopify) with every number read back over HTTP from both sides. Each step checks what the story
 * says; the first wrong number stops the story with the step that failed.
 */
public final class DemoStory {

  /** A step whose numbers were not what the story says. */
  public static final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StepFailed(String message) {
      super(message);
    }
  }

  private final DemoWorld world;
  private final PrintWriter out;
  private int step;

  public DemoStory(DemoWorld world, PrintWriter out) {
    this.world = world;
    this.out = out;
  }

  /** Plays every step; throws {@link StepFailed} at the first wrong number. */
  public void play() {
    begin("QuickBooks has redwine with 20 on hand; the store sells it under the same SKU.");
    cycle();
    expect("redwine", 20, 20);

    begin("A customer orders 5 redwine in the store (the store takes them from its stock).");
    String orderId = world.store().placeOrder("redwine", 5);
    String number = world.orderNumber(orderId);
    check("store after the sale", world.storeShows("redwine"), 15);
    cycle();
    String doc = "WEB-" + number;
    check(
        "sales receipts numbered " + doc + " in QuickBooks",
        world.bookkeeper().countDocuments("SalesReceipt", doc),
        1);
    expect("redwine", 15, 15);

    begin("The cycle runs again: the order is already in QuickBooks and is not posted twice.");
    cycle();
    check(
        "sales receipts numbered " + doc + " in QuickBooks",
        world.bookkeeper().countDocuments("SalesReceipt", doc),
        1);
    expect("redwine", 15, 15);

    begin("The bookkeeper records a refund receipt for 2 redwine in QuickBooks.");
    world.bookkeeper().refundReceipt("redwine", 2, "12.00");
    cycle();
    expect("redwine", 17, 17);

    begin("The bookkeeper records a credit memo for 1 redwine in QuickBooks.");
    world.bookkeeper().creditMemo("redwine", 1, "12.00");
    cycle();
    expect("redwine", 18, 18);

    begin("The bookkeeper counts the shelf and adjusts redwine by +6 in QuickBooks.");
    world.bookkeeper().adjust("redwine", 6);
    cycle();
    expect("redwine", 24, 24);

    begin("A customer orders 2 rosewine, a SKU QuickBooks does not have (the store had 12).");
    check("QuickBooks items named rosewine", world.bookkeeper().hasItem("rosewine") ? 1 : 0, 0);
    world.store().placeOrder("rosewine", 2);
    cycle();
    check("QuickBooks items named rosewine", world.bookkeeper().hasItem("rosewine") ? 1 : 0, 1);
    say(
        "Stockbook created rosewine in QuickBooks with the store's 12 as its initial quantity, then posted the sale of 2:");
    expect("rosewine", 10, 10);

    begin("Someone types 99 for redwine in the store; QuickBooks is the master.");
    world.store().setStock("redwine", 99);
    check("store right after the edit", world.storeShows("redwine"), 99);
    sweep();
    expect("redwine", 24, 24);
    out.println();
    out.println(
        "The story played out: every number above was read back over HTTP from both simulators.");
    out.flush();
  }

  private void begin(String what) {
    step++;
    out.println();
    out.println("Step " + step + ". " + what);
  }

  private void say(String what) {
    out.println("  " + what);
  }

  private void cycle() {
    report(world.engine().runCycle(false));
  }

  private void sweep() {
    say("The periodic full sweep runs (daily by default; forced here).");
    report(world.engine().runCycle(true));
  }

  private void report(CycleReport report) {
    say("Stockbook cycle: " + report.summary());
    if (!report.errors().isEmpty()) {
      throw new StepFailed(
          "step " + step + ": the cycle reported problems: " + String.join("; ", report.errors()));
    }
  }

  private void expect(String sku, long quickbooks, long store) {
    BigDecimal onHand = world.bookkeeper().onHand(sku);
    Long shows = world.storeShows(sku);
    say(
        String.format(
            "QuickBooks %s on hand: %s   store %s shows: %s",
            sku, onHand.stripTrailingZeros().toPlainString(), sku, shows));
    if (onHand.compareTo(BigDecimal.valueOf(quickbooks)) != 0) {
      throw new StepFailed(
          "step "
              + step
              + ": QuickBooks "
              + sku
              + " on hand is "
              + onHand.toPlainString()
              + ", the story says "
              + quickbooks);
    }
    check("store " + sku, shows, store);
  }

  private void check(String what, Number actual, long expected) {
    if (actual == null || actual.longValue() != expected) {
      throw new StepFailed(
          "step " + step + ": " + what + " is " + actual + ", the story says " + expected);
    }
  }
}
