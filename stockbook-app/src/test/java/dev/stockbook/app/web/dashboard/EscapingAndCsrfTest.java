package dev.stockbook.app.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.StockStatus;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EscapingAndCsrfTest {

  private static final String MARKUP = "<script>alert('x')</script> & \"q\" `b`";

  @Test
  void markup_in_a_sku_or_note_is_shown_as_text_never_run() {
    Sessions.Session s = session();
    StockRow row = new StockRow(MARKUP, 3L, 0, 3L, 3L, StockStatus.ERROR, MARKUP);
    String page = Layout.page("Stock", StockPage.render("demo", List.of(row), null, s), s, "p");
    assertThat(page)
        .doesNotContain("<script>alert")
        .contains("<th scope=\"row\">&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"q\" `b`</th>")
        .contains("data-sku=\"&lt;script>alert(&#39;x&#39;)&lt;/script> &amp; &#34;q&#34; `b`\"");
  }

  @Test
  void a_field_value_cannot_break_out_of_its_attribute() {
    String page =
        Templates.render(
            "field.jte",
            Map.<String, Object>of(
                "name", "sync.fallbackItem",
                "label", "Fallback",
                "value", "\"><img src=x onerror=alert(1)>",
                "error", "bad <b>",
                "hint", "Needed."));
    assertThat(page)
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .contains("value=\"&#34;>&lt;img src=x onerror=alert(1)>\"")
        .contains("id=\"f-sync-fallbackItem-error\">bad &lt;b&gt;");
  }

  @Test
  void every_form_carries_the_session_csrf_token_in_a_hidden_field() {
    Sessions.Session s = session();
    String page =
        Layout.page(
            "Settings",
            SettingsPage.render("demo", Map.of("sync.schedule", "5m"), Map.of(), s),
            s,
            "p");
    String hidden = "<input type=\"hidden\" name=\"csrf\" value=\"" + s.csrf + "\">";
    assertThat(page.split("<form method=\"post\"", -1))
        .as("sign-out and the settings form")
        .hasSize(3)
        .allSatisfy(
            part -> assertThat(part.startsWith(" action=") ? part : hidden).contains(hidden));
    assertThat(page.split(java.util.regex.Pattern.quote(hidden), -1)).hasSize(3);
  }

  private static Sessions.Session session() {
    return new Sessions(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new SecureRandom())
        .create(true);
  }

  @Test
  void a_post_is_accepted_only_with_its_own_session_token() {
    Sessions sessions =
        new Sessions(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new SecureRandom());
    Sessions.Session mine = sessions.create(true);
    Sessions.Session other = sessions.create(true);
    assertThat(Sessions.csrfMatches(mine, mine.csrf)).isTrue();
    assertThat(Sessions.csrfMatches(mine, other.csrf)).isFalse();
    assertThat(Sessions.csrfMatches(mine, null)).isFalse();
    assertThat(Sessions.csrfMatches(mine, "")).isFalse();
    assertThat(mine.csrf).isNotEqualTo(mine.id).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void an_idle_session_is_gone() {
    MovableClock clock = new MovableClock();
    Sessions sessions = new Sessions(clock, new SecureRandom());
    Sessions.Session s = sessions.create(true);
    clock.now = clock.now.plus(Sessions.IDLE).minusSeconds(1);
    assertThat(sessions.find(s.id)).isPresent();
    clock.now = clock.now.plus(Sessions.IDLE).plusSeconds(1);
    assertThat(sessions.find(s.id)).isEmpty();
  }

  @Test
  void after_sign_in_the_dashboard_only_redirects_inside_itself() {
    assertThat(DashboardRoutes.next("/dashboard/connections/demo"))
        .isEqualTo("/dashboard/connections/demo");
    assertThat(DashboardRoutes.next("https://evil.example/")).isEqualTo("/dashboard");
    assertThat(DashboardRoutes.next("//evil.example/dashboard")).isEqualTo("/dashboard");
    assertThat(DashboardRoutes.next(null)).isEqualTo("/dashboard");
    assertThat(DashboardRoutes.next("/dashboard/../api/connections")).isEqualTo("/dashboard");
    assertThat(DashboardRoutes.next("/dashboard/%2e%2e/metrics")).isEqualTo("/dashboard");
    assertThat(DashboardRoutes.next("/dashboardevil")).isEqualTo("/dashboard");
    assertThat(DashboardRoutes.next("/dashboard/./orders?state=parked"))
        .isEqualTo("/dashboard/orders?state=parked");
    assertThat(DashboardRoutes.next("/dashboard")).isEqualTo("/dashboard");
  }

  @Test
  void sign_in_is_refused_for_a_while_after_five_wrong_tokens_from_one_address() {
    MovableClock clock = new MovableClock();
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 0; i < SignInThrottle.FAILURES; i++) {
      assertThat(throttle.waitFor("10.0.0.1")).isZero();
      throttle.failed("10.0.0.1");
    }
    assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(SignInThrottle.WINDOW);
    assertThat(throttle.waitFor("10.0.0.2")).as("another address").isZero();
    clock.now = clock.now.plus(SignInThrottle.WINDOW);
    assertThat(throttle.waitFor("10.0.0.1")).as("once the window passed").isZero();
  }

  @Test
  void many_addresses_together_are_throttled_too_and_a_right_token_clears_its_address() {
    MovableClock clock = new MovableClock();
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 0; i < SignInThrottle.ALL_FAILURES; i++) {
      throttle.failed("10.0.1." + i);
    }
    assertThat(throttle.waitFor("10.9.9.9")).isPositive();
    SignInThrottle one = new SignInThrottle(clock);
    one.failed("10.0.0.1");
    one.failed("10.0.0.1");
    one.succeeded("10.0.0.1");
    for (int i = 0; i < SignInThrottle.FAILURES - 1; i++) {
      one.failed("10.0.0.1");
    }
    assertThat(one.waitFor("10.0.0.1")).isZero();
  }

  @Test
  void settings_overrides_survive_the_round_trip_through_the_state_database_text() {
    var values =
        java.util.Map.of(
            "sync.unmatchedSku", "hold", "sync.fallbackItem", "Misc = odd: \\ chars\nline");
    assertThat(DashboardSettings.decode(DashboardSettings.encode(values))).isEqualTo(values);
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void durations_read_like_a_person_would_say_them() {
    assertThat(Html.took(Duration.ofMillis(350))).isEqualTo("350 ms");
    assertThat(Html.took(Duration.ofMillis(1250))).isEqualTo("1.3 s");
  }
}
