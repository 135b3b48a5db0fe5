package dev.stockbook.demo;

import dev.stockbook.app.web.dashboard.DashboardRoutes;
import dev.stockbook.app.web.dashboard.DashboardSettings;
import dev.stockbook.app.web.dashboard.WiringDashboardBackend;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The dashboard of {@code stockbook demo --keep-running}: after the story, leaves something to fix
 * (an order held because its SKU has no QuickBooks item, and a SKU whose store stock was edited)
 * and serves the dashboard over the demo's wiring, "Sync now" running cycles on one background
 * thread.
 */
public final class DemoDashboard implements AutoCloseable {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(DemoDashboard.class);
  public static final String NEW_SKU = "tote-bag";
  public static final String DRIFT_SKU = "whitewine";
  private final Javalin app;
  private final ExecutorService cycles;
  private final String adminToken;

  private DemoDashboard(Javalin app, ExecutorService cycles, String adminToken) {
    this.app = app;
    this.cycles = cycles;
    this.adminToken = adminToken;
  }

  /**
   * Leaves the parked order and the drift, then serves the dashboard on {@code port} (0 = any free
   * one).
   */
  public static DemoDashboard start(DemoWorld world, int port, PrintWriter out) {
    DashboardSettings settings = new DashboardSettings(world.wiring());
    leaveSomethingToFix(world, settings, out);
    ExecutorService cycles =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "dashboard-sync");
              t.setDaemon(true);
              return t;
            });
    Clock clock = Clock.systemDefaultZone();
    WiringDashboardBackend backend =
        new WiringDashboardBackend(
            world.wiring(),
            name -> cycles.submit(() -> cycle(settings, name)),
            clock,
            name -> world.quickbooks().journal().count(e -> true));
    String token = newToken();
    Javalin app = Javalin.create(cfg -> cfg.showJavalinBanner = false);
    new DashboardRoutes(backend, token, clock).accept(app);
    app.start("127.0.0.1", port);
    return new DemoDashboard(app, cycles, token);
  }

  private static void cycle(DashboardSettings settings, String name) {
    try {
      settings.engine(name).runCycle(false);
    } catch (RuntimeException e) {
      LOG.warn("the sync of {} started from the dashboard failed", name, e);
    }
  }

  /**
   * The merchant adds a tote bag to the store but not to QuickBooks, with unknown SKUs set to
   * "hold" from the dashboard's settings; a shopper buys one, so the order waits. Then someone
   * types 50 for white wine in the store, and a reconcile notices the drift.
   */
  public static void leaveSomethingToFix(
      DemoWorld world, DashboardSettings settings, PrintWriter out) {
    String name = DemoWorld.CONNECTION;
    settings.save(name, Map.of("sync.unmatchedSku", "hold"));
    addStoreProduct(world, NEW_SKU, "Tote Bag", "8.00", 9);
    world.store().placeOrder(NEW_SKU, 1);
    settings.engine(name).runCycle(false);
    world.store().setStock(DRIFT_SKU, 50);
    settings.engine(name).reconcile(false);
    out.println();
    out.println(
        "For the dashboard: unknown SKUs are now held (a dashboard setting); a shopper bought a "
            + NEW_SKU
            + " that QuickBooks does not have, so that order waits for you; and "
            + DRIFT_SKU
            + " was set to 50 in the store.");
  }

  /** A product the merchant adds in the store's admin (WooCommerce: through its REST API). */
  public static void addStoreProduct(
      DemoWorld world, String sku, String title, String price, int stock) {
    world.store().addProduct(sku, title, price, stock);
  }

  public String url() {
    return "http://127.0.0.1:" + app.port() + "/dashboard";
  }

  public String adminToken() {
    return adminToken;
  }

  private static String newToken() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public void close() {
    app.stop();
    cycles.shutdownNow();
  }
}
