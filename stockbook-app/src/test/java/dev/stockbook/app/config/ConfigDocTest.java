package dev.stockbook.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigDocTest {
  @Test
  void docs_configuration_md_is_what_the_declared_keys_generate() throws Exception {
    Path doc = Path.of("..", "docs", "configuration.md");
    assertThat(Files.readString(doc))
        .as("regenerate with ./stockbook config-doc > docs/configuration.md")
        .isEqualTo(ConfigDoc.markdown());
  }
}
