package dev.stockbook.bench;

import dev.stockbook.app.web.dashboard.DashboardRoutes;
import io.javalin.Javalin;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code stockbook bench --dashboard}: how long the dashboard takes to answer each page, from
 * request to the last byte, over loopback HTTP with a signed-in session, its backend held in memory
 * (so the time is the routes', the templates' and Javalin's, not the state database's or the
 * engine's). Pages are asked for one after another, after a warm-up.
 */
final class DashboardBench {
  private static final String TOKEN = "bench-dashboard-token-0123456789";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  /** One page's timings. */
  record PageTime(String page, String path, long bytes, double medianMs, double p95Ms) {}

  private DashboardBench() {}

  static String run(boolean quick, Path write, String command) throws Exception {
    int orders = 1_000;
    int skus = 1_000;
    int warmUp = quick ? 20 : 500;
    int measured = quick ? 30 : 1_000;
    DashboardBenchBackend backend = new DashboardBenchBackend(orders, skus, 7);
    Javalin app = Javalin.create(cfg -> cfg.showJavalinBanner = false);
    new DashboardRoutes(backend, TOKEN).accept(app);
    app.start("127.0.0.1", 0);
    List<PageTime> times = new ArrayList<>();
    try {
      String base = "http://127.0.0.1:" + app.port();
      HttpClient http = signedIn(base);
      String c = "/dashboard/connections/" + DashboardBenchBackend.CONNECTION;
      String[][] pages = {
        {"Overview", "/dashboard"},
        {"Cycles (50 cycles, 2 charts)", c},
        {"Orders (25 of " + orders + ")", c + "/orders"},
        {"Orders (200 of " + orders + ")", c + "/orders?size=200"},
        {"Parked order with 50 items to map", c + "/orders/" + backend.parkedOrderId()},
        {"Stock (" + skus + " SKUs)", c + "/stock"},
        {"Settings", c + "/settings"}
      };
      for (String[] page : pages) {
        times.add(time(http, base, page[0], page[1], warmUp, measured));
      }
    } finally {
      app.stop();
    }
    String doc =
        "Written by `"
            + command
            + "` on "
            + LocalDate.now()
            + ", "
            + Bench.machine()
            + ".\n"
            + "Each page asked for "
            + measured
            + " times one after another after "
            + warmUp
            + " warm-up requests; time from sending the request to the last byte of the answer over"
            + " loopback HTTP, signed in; backend in memory ("
            + orders
            + " orders, "
            + skus
            + " SKUs, 50 cycles, seed 7).\n\n"
            + markdown(times);
    if (write != null) {
      BenchDoc.writeSection(write, BenchDoc.DASHBOARD, doc);
    }
    return doc;
  }

  private static PageTime time(
      HttpClient http, String base, String page, String path, int warmUp, int measured)
      throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).build();
    long bytes = 0;
    for (int i = 0; i < warmUp; i++) {
      bytes = get(http, request).length();
    }
    double[] ms = new double[measured];
    for (int i = 0; i < measured; i++) {
      long start = System.nanoTime();
      bytes = get(http, request).length();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return new PageTime(
        page, path, bytes, ms[measured / 2], ms[(int) Math.ceil(measured * 0.95) - 1]);
  }

  private static String get(HttpClient http, HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static HttpClient signedIn(String base) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .build();
    String page =
        get(http, HttpRequest.newBuilder(URI.create(base + "/dashboard/sign-in")).build());
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("the sign-in page has no CSRF field");
    }
    String form =
        "csrf="
            + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)
            + "&token="
            + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8);
    HttpResponse<String> done =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/dashboard/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (done.statusCode() != 303) {
      throw new IllegalStateException("sign-in answered " + done.statusCode());
    }
    return http;
  }

  static String markdown(List<PageTime> times) {
    StringBuilder md =
        new StringBuilder(
            "| Page | Path | Size | Median | 95th percentile |\n|---|---|---|---|---|\n");
    for (PageTime t : times) {
      md.append("| ")
          .append(t.page())
          .append(" | `")
          .append(t.path().replaceAll("/orders/\\d+", "/orders/{id}"))
          .append("` | ")
          .append(String.format(Locale.ROOT, "%.1f KiB", t.bytes() / 1024.0))
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.2f ms", t.medianMs()))
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.2f ms", t.p95Ms()))
          .append(" |\n");
    }
    return md.toString();
  }
}
