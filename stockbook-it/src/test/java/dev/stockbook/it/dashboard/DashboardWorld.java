package dev.stockbook.it.dashboard;

import dev.stockbook.app.web.dashboard.DashboardRoutes;
import dev.stockbook.app.web.dashboard.DashboardSettings;
import dev.stockbook.app.web.dashboard.WiringDashboardBackend;
import dev.stockbook.demo.DemoDashboard;
import dev.stockbook.demo.DemoStore;
import dev.stockbook.demo.DemoWorld;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Both simulators (seeded), SQLite, the engine and the dashboard on a free port. "Sync now" runs
 * the cycle right away on the request's thread, so a page shows its result as soon as it loads.
 * Left to fix: an order held because SKU tote-bag has no QuickBooks item, and whitewine set to 50
 * in the store.
 */
final class DashboardWorld implements AutoCloseable {
  static final String TOKEN = "it-admin-token-0123456789";
  final DemoWorld world;
  final DashboardSettings settings;
  final Javalin app;

  DashboardWorld() throws Exception {
    this(DemoStore.Kind.WOOCOMMERCE);
  }

  /** The same on the given store. */
  DashboardWorld(DemoStore.Kind store) throws Exception {
    Path dir = Files.createTempDirectory("stockbook-dashboard-it");
    world = DemoWorld.start(dir, 0, store, 0);
    settings = new DashboardSettings(world.wiring());
    DemoDashboard.leaveSomethingToFix(world, settings, new PrintWriter(new StringWriter()));
    WiringDashboardBackend backend =
        new WiringDashboardBackend(
            world.wiring(),
            name -> settings.engine(name).runCycle(false),
            Clock.systemDefaultZone());
    app = Javalin.create(cfg -> cfg.showJavalinBanner = false);
    new DashboardRoutes(backend, TOKEN).accept(app);
    app.start("127.0.0.1", 0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  @Override
  public void close() throws Exception {
    app.stop();
    world.close();
  }
}
