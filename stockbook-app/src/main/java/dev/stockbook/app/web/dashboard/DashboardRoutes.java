package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.web.dashboard.DashboardBackend.ActionResult;
import dev.stockbook.app.web.dashboard.DashboardBackend.ConnectionHealth;
import dev.stockbook.app.web.dashboard.DashboardBackend.OrderView;
import dev.stockbook.app.web.dashboard.DashboardBackend.SettingsResult;
import dev.stockbook.core.engine.stock.StockRow;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard as a Javalin plug-in: {@code app -> new DashboardRoutes(backend,
 * adminToken).accept(app)} mounts every page under {@value Layout#ROOT}. Sign-in takes the admin
 * token and gives a session cookie (HttpOnly, SameSite=Strict); every POST must carry the session's
 * CSRF token; a missing or stale session goes to sign-in; unknown connections and orders answer a
 * 404 page.
 */
public final class DashboardRoutes implements Consumer<Javalin> {
  private static final Logger LOG = LoggerFactory.getLogger(DashboardRoutes.class);
  static final String COOKIE = "stockbook_session";
  private static final String CONN = Layout.ROOT + "/connections/{connection}";
  private final DashboardBackend backend;
  private final String adminToken;
  private final Sessions sessions;
  private final SignInThrottle throttle;
  private final ZoneId zone;
  private final Assets assets = new Assets();

  public DashboardRoutes(DashboardBackend backend, String adminToken) {
    this(backend, adminToken, Clock.systemDefaultZone());
  }

  public DashboardRoutes(DashboardBackend backend, String adminToken, Clock clock) {
    this.backend = backend;
    this.adminToken = adminToken == null ? "" : adminToken;
    this.sessions = new Sessions(clock, new SecureRandom());
    this.throttle = new SignInThrottle(clock);
    this.zone = clock.getZone();
  }

  @Override
  public void accept(Javalin app) {
    app.get("/", ctx -> ctx.redirect(Layout.ROOT));
    app.get(Layout.ROOT + "/assets/{file}", assets::serve);
    app.get(Layout.ROOT + "/sign-in", this::signInPage);
    app.post(Layout.ROOT + "/sign-in", this::signIn);
    app.post(
        Layout.ROOT + "/sign-out",
        ctx ->
            action(
                ctx,
                s -> {
                  sessions.end(s.id);
                  ctx.header("Set-Cookie", cookie(ctx, "", 0));
                  ctx.redirect(Layout.ROOT + "/sign-in", HttpStatus.SEE_OTHER);
                }));
    app.get(
        Layout.ROOT,
        ctx ->
            page(
                ctx,
                s ->
                    html(
                        ctx,
                        "Connections",
                        OverviewPage.render(backend.connections(), s, zone),
                        s)));
    app.get(Layout.ROOT + "/pulse", this::pulse);
    app.get(
        CONN,
        ctx ->
            connectionPage(
                ctx,
                (s, c) ->
                    html(
                        ctx,
                        c.name(),
                        CyclesPage.render(c, backend.runs(c.name(), 50), s, zone),
                        s)));
    app.get(CONN + "/orders", ctx -> connectionPage(ctx, (s, c) -> ordersPage(ctx, s, c)));
    app.get(
        CONN + "/orders/{order}",
        ctx ->
            orderPage(
                ctx,
                (s, c, o) -> {
                  html(
                      ctx,
                      "Order #" + o.number(),
                      OrderPage.render(
                          c.name(),
                          o,
                          q(ctx, "item"),
                          o.fixable() && !o.unmappedSkus().isEmpty()
                              ? backend.items(c.name(), q(ctx, "item"))
                              : List.of(),
                          s,
                          zone),
                      s);
                  return null;
                }));
    app.get(CONN + "/stock", ctx -> connectionPage(ctx, (s, c) -> stockPage(ctx, s, c)));
    app.get(CONN + "/map", ctx -> connectionPage(ctx, (s, c) -> skuPage(ctx, s, c)));
    app.post(
        CONN + "/map",
        ctx ->
            connectionAction(
                ctx,
                (s, c) ->
                    done(
                        ctx,
                        s,
                        backend.mapSku(c.name(), ctx.formParam("sku"), ctx.formParam("itemId")),
                        base(c) + "/stock")));
    app.get(
        CONN + "/settings",
        ctx ->
            connectionPage(
                ctx,
                (s, c) ->
                    html(
                        ctx,
                        "Settings",
                        SettingsPage.render(c.name(), backend.settings(c.name()), Map.of(), s),
                        s)));
    app.post(
        CONN + "/sync",
        ctx ->
            connectionAction(ctx, (s, c) -> done(ctx, s, backend.syncNow(c.name()), back(ctx, c))));
    app.post(
        CONN + "/stock/fix",
        ctx ->
            connectionAction(
                ctx, (s, c) -> done(ctx, s, backend.fixDrift(c.name()), base(c) + "/stock")));
    app.post(CONN + "/settings", ctx -> connectionAction(ctx, (s, c) -> saveSettings(ctx, s, c)));
    app.post(
        CONN + "/orders/{order}/retry",
        ctx -> orderAction(ctx, (s, c, o) -> backend.retry(c.name(), o.orderId())));
    app.post(
        CONN + "/orders/{order}/ignore",
        ctx ->
            orderAction(
                ctx, (s, c, o) -> backend.ignore(c.name(), o.orderId(), ctx.formParam("note"))));
    app.post(
        CONN + "/orders/{order}/create-item",
        ctx -> orderAction(ctx, (s, c, o) -> backend.createItem(c.name(), o.orderId())));
    app.post(
        CONN + "/orders/{order}/map",
        ctx ->
            orderAction(
                ctx,
                (s, c, o) ->
                    backend.mapSku(c.name(), ctx.formParam("sku"), ctx.formParam("itemId"))));
  }

  private interface SessionHandler {
    void handle(Sessions.Session s) throws Exception;
  }

  private interface ConnectionHandler {
    void handle(Sessions.Session s, ConnectionHealth c) throws Exception;
  }

  private interface OrderHandler<T> {
    T handle(Sessions.Session s, ConnectionHealth c, OrderView o) throws Exception;
  }

  // ---- sign-in, sessions, CSRF

  private void signInPage(Context ctx) {
    Sessions.Session s = session(ctx).orElseGet(() -> anonymous(ctx));
    if (s.signedIn) {
      ctx.redirect(Layout.ROOT);
      return;
    }
    secure(ctx).html(SimplePages.signIn(s, null, next(ctx.queryParam("next"))));
  }

  private void signIn(Context ctx) {
    Optional<Sessions.Session> s = session(ctx);
    if (s.isEmpty() || !Sessions.csrfMatches(s.get(), ctx.formParam(Forms.CSRF_FIELD))) {
      ctx.redirect(Layout.ROOT + "/sign-in", HttpStatus.SEE_OTHER);
      return;
    }
    String token = ctx.formParam("token");
    java.time.Duration wait = throttle.waitFor(ctx.ip());
    if (!wait.isZero()) {
      secure(ctx)
          .status(HttpStatus.TOO_MANY_REQUESTS)
          .header("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())))
          .html(
              SimplePages.signIn(
                  s.get(),
                  "Too many wrong tokens: try again in "
                      + Math.max(1, (wait.toSeconds() + 59) / 60)
                      + " minute(s).",
                  next(ctx.formParam("next"))));
      return;
    }
    if (adminToken.isBlank() || token == null || !Sessions.same(adminToken, token)) {
      throttle.failed(ctx.ip());
      String why =
          adminToken.isBlank()
              ? "No admin token is configured: set admin.token in stockbook.yaml (or STOCKBOOK_ADMIN_TOKEN) to use the dashboard."
              : "That is not the admin token.";
      secure(ctx)
          .status(HttpStatus.UNAUTHORIZED)
          .html(SimplePages.signIn(s.get(), why, next(ctx.formParam("next"))));
      return;
    }
    throttle.succeeded(ctx.ip());
    sessions.end(s.get().id);
    Sessions.Session signedIn = sessions.create(true);
    ctx.header("Set-Cookie", cookie(ctx, signedIn.id, -1));
    ctx.redirect(next(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  private Sessions.Session anonymous(Context ctx) {
    Sessions.Session s = sessions.create(false);
    ctx.header("Set-Cookie", cookie(ctx, s.id, -1));
    return s;
  }

  private Optional<Sessions.Session> session(Context ctx) {
    return sessions.find(ctx.cookie(COOKIE));
  }

  private static String cookie(Context ctx, String value, int maxAge) {
    boolean https =
        "https".equalsIgnoreCase(ctx.scheme())
            || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    return COOKIE
        + "="
        + value
        + "; Path="
        + Layout.ROOT
        + "; HttpOnly; SameSite=Strict"
        + (https ? "; Secure" : "")
        + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
  }

  /**
   * Only a path inside the dashboard, normalized ({@code /dashboard/../api} is not inside): never
   * an open redirect, never a way out of {@code /dashboard}.
   */
  static String next(String next) {
    if (next == null || next.contains("\\") || next.startsWith("//") || !next.startsWith("/")) {
      return Layout.ROOT;
    }
    try {
      java.net.URI uri = new java.net.URI(next).normalize();
      String path = uri.getRawPath();
      if (uri.getScheme() != null
          || uri.getRawAuthority() != null
          || path == null
          || path.startsWith("//")
          || !(path.equals(Layout.ROOT) || path.startsWith(Layout.ROOT + "/"))
          || java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8)
              .contains("..")) {
        return Layout.ROOT;
      }
      return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Layout.ROOT;
    }
  }

  private void page(Context ctx, SessionHandler handler) {
    Optional<Sessions.Session> s = session(ctx).filter(x -> x.signedIn);
    if (s.isEmpty()) {
      String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
      ctx.redirect(Layout.ROOT + "/sign-in?next=" + Html.url(here));
      return;
    }
    guard(ctx, s.get(), handler);
  }

  private void action(Context ctx, SessionHandler handler) {
    Optional<Sessions.Session> s = session(ctx).filter(x -> x.signedIn);
    if (s.isEmpty()) {
      ctx.redirect(Layout.ROOT + "/sign-in", HttpStatus.SEE_OTHER);
      return;
    }
    if (!Sessions.csrfMatches(s.get(), ctx.formParam(Forms.CSRF_FIELD))) {
      secure(ctx)
          .status(HttpStatus.FORBIDDEN)
          .html(
              SimplePages.problem(
                  "This form did not come from this dashboard page (its security token is missing or old), so nothing was done. "
                      + "Go back, reload the page and try again.",
                  s.get()));
      return;
    }
    guard(ctx, s.get(), handler);
  }

  private void guard(Context ctx, Sessions.Session s, SessionHandler handler) {
    try {
      handler.handle(s);
    } catch (Exception e) {
      LOG.warn("dashboard {} {} failed", ctx.method(), ctx.path(), e);
      secure(ctx)
          .status(HttpStatus.INTERNAL_SERVER_ERROR)
          .html(
              SimplePages.problem(
                  "Stockbook could not do that just now: "
                      + plain(e)
                      + " Nothing else was changed; try again in a moment.",
                  s));
    }
  }

  private static String plain(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank()
        ? "an unexpected problem (" + e.getClass().getSimpleName() + ")."
        : m.endsWith(".") ? m : m + ".";
  }

  private void pulse(Context ctx) {
    if (session(ctx).filter(x -> x.signedIn).isEmpty()) {
      ctx.status(HttpStatus.UNAUTHORIZED).result("signed out");
      return;
    }
    secure(ctx).contentType("text/plain").result(backend.pulse());
  }

  // ---- connection and order pages

  private void connectionPage(Context ctx, ConnectionHandler handler) {
    page(ctx, s -> withConnection(ctx, s, handler));
  }

  private void connectionAction(Context ctx, ConnectionHandler handler) {
    action(ctx, s -> withConnection(ctx, s, handler));
  }

  private void withConnection(Context ctx, Sessions.Session s, ConnectionHandler handler)
      throws Exception {
    String name = ctx.pathParam("connection");
    Optional<ConnectionHealth> c = backend.connection(name);
    if (c.isEmpty()) {
      secure(ctx)
          .status(HttpStatus.NOT_FOUND)
          .html(SimplePages.notFound("There is no connection named \"" + name + "\".", s));
      return;
    }
    handler.handle(s, c.get());
  }

  private void orderPage(Context ctx, OrderHandler<Void> handler) {
    connectionPage(ctx, (s, c) -> withOrder(ctx, s, c, handler));
  }

  private void orderAction(Context ctx, OrderHandler<ActionResult> handler) {
    connectionAction(
        ctx,
        (s, c) ->
            withOrder(
                ctx,
                s,
                c,
                (s2, c2, o) -> {
                  done(
                      ctx,
                      s2,
                      handler.handle(s2, c2, o),
                      base(c2) + "/orders/" + Html.url(o.orderId()));
                  return null;
                }));
  }

  private <T> void withOrder(
      Context ctx, Sessions.Session s, ConnectionHealth c, OrderHandler<T> handler)
      throws Exception {
    String id = ctx.pathParam("order");
    Optional<OrderView> o = backend.order(c.name(), id);
    if (o.isEmpty()) {
      secure(ctx)
          .status(HttpStatus.NOT_FOUND)
          .html(
              SimplePages.notFound(
                  "There is no order \"" + id + "\" in connection " + c.name() + ".", s));
      return;
    }
    handler.handle(s, c, o.get());
  }

  private void ordersPage(Context ctx, Sessions.Session s, ConnectionHealth c) {
    OrderView.View view = OrdersPage.view(ctx.queryParam("view"));
    String search = q(ctx, "q");
    OrdersPage.Paging paging = OrdersPage.Paging.of(ctx.queryParam("page"), ctx.queryParam("size"));
    DashboardBackend.OrderList list =
        backend.orders(c.name(), view, search, paging.offset(), paging.size());
    html(ctx, "Orders", OrdersPage.render(c.name(), view, search, paging, list, zone), s);
  }

  private void stockPage(Context ctx, Sessions.Session s, ConnectionHealth c) {
    List<StockRow> rows = List.of();
    String problem = null;
    try {
      rows = backend.reconcile(c.name());
    } catch (RuntimeException e) {
      LOG.warn("reading stock of {} failed", c.name(), e);
      problem = "Stockbook could not read the stock of both sides just now: " + plain(e);
    }
    html(ctx, "Stock", StockPage.render(c.name(), rows, problem, s), s);
  }

  /** The Stock page's "Map" link: find a QuickBooks item for the SKU of the query. */
  private void skuPage(Context ctx, Sessions.Session s, ConnectionHealth c) {
    String sku = q(ctx, "sku");
    if (sku.isEmpty()) {
      secure(ctx)
          .status(HttpStatus.NOT_FOUND)
          .html(SimplePages.notFound("Say which SKU to map (?sku=...).", s));
      return;
    }
    String search = q(ctx, "item");
    html(
        ctx,
        "Map SKU " + sku,
        SkuPage.render(c.name(), sku, search, backend.items(c.name(), search), s),
        s);
  }

  private void saveSettings(Context ctx, Sessions.Session s, ConnectionHealth c) {
    Map<String, String> form = new HashMap<>();
    ctx.formParamMap().forEach((k, v) -> form.put(k, v.isEmpty() ? "" : v.get(0)));
    SettingsResult result = backend.saveSettings(c.name(), form);
    if (result.saved()) {
      done(ctx, s, ActionResult.done("Settings of " + c.name() + " saved."), base(c) + "/settings");
      return;
    }
    secure(ctx).status(HttpStatus.UNPROCESSABLE_CONTENT);
    html(ctx, "Settings", SettingsPage.render(c.name(), result.values(), result.errors(), s), s);
  }

  // ---- helpers

  private void done(Context ctx, Sessions.Session s, ActionResult result, String to) {
    s.flash(result.ok(), result.message());
    ctx.redirect(to, HttpStatus.SEE_OTHER);
  }

  private static String base(ConnectionHealth c) {
    return CONN.replace("{connection}", Html.url(c.name()));
  }

  /** Where "Sync now" returns: the page it was pressed on. */
  private static String back(Context ctx, ConnectionHealth c) {
    String back = ctx.formParam("back");
    return back == null ? base(c) : next(back);
  }

  private void html(Context ctx, String title, gg.jte.Content body, Sessions.Session s) {
    secure(ctx).html(Layout.page(title, body, s, backend.pulse()));
  }

  private static String q(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.trim();
  }

  static Context secure(Context ctx) {
    return ctx.header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "same-origin")
        .header("X-Frame-Options", "DENY")
        .header(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
  }
}
