package dev.stockbook.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {

  @Test
  void serve_says_where_the_sign_in_token_comes_from_and_never_the_token() {
    assertThat(ServeCommand.tokenSource("s3cret-token", null))
        .isEqualTo("the admin.token of the config file")
        .doesNotContain("s3cret");
    assertThat(ServeCommand.tokenSource("", "env-token"))
        .isEqualTo("the STOCKBOOK_ADMIN_TOKEN environment variable");
    assertThat(ServeCommand.tokenSource("", null))
        .contains("none is set")
        .contains("admin.token")
        .contains("STOCKBOOK_ADMIN_TOKEN");
  }
}
