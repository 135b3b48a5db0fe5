package dev.stockbook.it.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.demo.DemoWorld;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's guards over plain HTTP: CSRF, sessions, bad input, unknown ids. */
class DashboardHttpIT {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static DashboardWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = new DashboardWorld();
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  @Test
  void a_forged_form_post_without_the_csrf_token_is_refused_and_changes_nothing() throws Exception {
    HttpClient http = signedIn();
    String settings = "/dashboard/connections/" + DemoWorld.CONNECTION + "/settings";
    HttpResponse<String> forged =
        post(
            http,
            settings,
            Map.of(
                "sync.safetyBuffer",
                "7",
                "sync.schedule",
                "5m",
                "sync.matchRule",
                "name",
                "sync.documents",
                "auto",
                "sync.unmatchedSku",
                "hold"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("nothing was done").doesNotContain("Exception");
    HttpResponse<String> wrongToken =
        post(http, settings, Map.of("csrf", "not-the-token", "sync.safetyBuffer", "7"));
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    assertThat(world.settings.overrides(DemoWorld.CONNECTION))
        .doesNotContainKey("sync.safetyBuffer");
  }

  @Test
  void a_wrong_value_is_rejected_next_to_its_field_and_nothing_is_saved() throws Exception {
    HttpClient http = signedIn();
    String settings = "/dashboard/connections/" + DemoWorld.CONNECTION + "/settings";
    String csrf = csrf(get(http, settings).body());
    HttpResponse<String> bad =
        post(
            http,
            settings,
            Map.of(
                "csrf",
                csrf,
                "sync.safetyBuffer",
                "lots",
                "sync.schedule",
                "often",
                "sync.matchRule",
                "name",
                "sync.documents",
                "auto",
                "sync.unmatchedSku",
                "create-inventory"));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body())
        .contains("id=\"f-sync-safetyBuffer-error\">Must be a whole number")
        .contains("id=\"f-sync-schedule-error\">Must be a duration");
    assertThat(world.settings.overrides(DemoWorld.CONNECTION))
        .containsEntry("sync.unmatchedSku", "hold")
        .doesNotContainKey("sync.safetyBuffer");
  }

  @Test
  void without_a_session_every_page_leads_to_sign_in() throws Exception {
    HttpClient anonymous = client();
    HttpResponse<String> page =
        get(anonymous, "/dashboard/connections/" + DemoWorld.CONNECTION + "/orders");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .startsWith("/dashboard/sign-in?next=");
    HttpResponse<String> action =
        post(anonymous, "/dashboard/connections/" + DemoWorld.CONNECTION + "/sync", Map.of());
    assertThat(action.statusCode()).isEqualTo(303);
  }

  @Test
  void the_site_root_leads_to_the_dashboard() throws Exception {
    HttpResponse<String> root = get(client(), "/");
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location").orElseThrow()).isEqualTo("/dashboard");
  }

  @Test
  void a_wrong_admin_token_does_not_sign_in() throws Exception {
    HttpClient http = client();
    String csrf = csrf(get(http, "/dashboard/sign-in").body());
    HttpResponse<String> refused =
        post(http, "/dashboard/sign-in", Map.of("csrf", csrf, "token", "guess"));
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("That is not the admin token.");
    assertThat(get(http, "/dashboard").statusCode()).isEqualTo(302);
  }

  @Test
  void unknown_connections_and_orders_answer_a_clear_404_page() throws Exception {
    HttpClient http = signedIn();
    HttpResponse<String> connection = get(http, "/dashboard/connections/nowhere");
    assertThat(connection.statusCode()).isEqualTo(404);
    assertThat(connection.body()).contains("There is no connection named \"nowhere\".");
    HttpResponse<String> order =
        get(http, "/dashboard/connections/" + DemoWorld.CONNECTION + "/orders/424242");
    assertThat(order.statusCode()).isEqualTo(404);
    assertThat(order.body()).contains("There is no order \"424242\" in connection demo.");
  }

  @Test
  void the_session_cookie_is_http_only_and_same_site_strict() throws Exception {
    HttpResponse<String> signIn = get(client(), "/dashboard/sign-in");
    assertThat(signIn.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("HttpOnly")
        .contains("SameSite=Strict");
  }

  private static HttpClient signedIn() throws Exception {
    HttpClient http = client();
    String csrf = csrf(get(http, "/dashboard/sign-in").body());
    HttpResponse<String> done =
        post(http, "/dashboard/sign-in", Map.of("csrf", csrf, "token", DashboardWorld.TOKEN));
    assertThat(done.statusCode()).isEqualTo(303);
    return http;
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .build();
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a csrf field in the page").isTrue();
    return m.group(1);
  }

  private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(world.url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(HttpClient http, String path, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(world.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
