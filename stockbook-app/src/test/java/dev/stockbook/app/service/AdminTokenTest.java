package dev.stockbook.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class AdminTokenTest {
  private static ServiceRuntime runtime(String token) {
    return new ServiceRuntime(null, null, null, null, token, Clock.systemUTC());
  }

  @Test
  void the_bearer_admin_token_is_accepted() {
    assertThat(runtime("t0ken-1234").isAdmin("Bearer t0ken-1234")).isTrue();
  }

  @Test
  void a_missing_wrong_or_differently_schemed_token_is_refused() {
    assertThat(runtime("t0ken-1234").isAdmin(null)).isFalse();
    assertThat(runtime("t0ken-1234").isAdmin("Bearer t0ken-123")).isFalse();
    assertThat(runtime("t0ken-1234").isAdmin("Basic t0ken-1234")).isFalse();
  }

  @Test
  void without_a_configured_token_nobody_is_admin() {
    assertThat(runtime("").isAdmin("Bearer ")).isFalse();
    assertThat(runtime(null).isAdmin("Bearer null")).isFalse();
  }
}
