package dev.stockbook.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigFileTest {
  private static final String GOOD =
      String.join(
          "\n",
          "connections:",
          "  - name: shop",
          "    quickbooks: {realmId: '123', clientId: cid, clientSecret: '${QB_SECRET}', refreshToken: rt}",
          "    store: {url: 'https://shop.example.com', consumerKey: ck, consumerSecret: cs}",
          "    sync: {safetyBuffer: 2, skuBuffers: {TEE-S: 1}, excludedSkus: [giftwrap], depositAccounts: {stripe: Checking, '*': Undeposited Funds}}",
          "");

  private StockbookConfig parse(String yaml, Map<String, String> env) throws Exception {
    return new ConfigFile(env::get).parse(new ObjectMapper(new YAMLFactory()).readTree(yaml));
  }

  @Test
  void a_good_config_fills_defaults_and_reads_secrets_from_the_environment() throws Exception {
    StockbookConfig config = parse(GOOD, Map.of("QB_SECRET", "s3cret"));
    var c = config.connection("shop");
    assertThat(c.string("quickbooks.clientSecret")).isEqualTo("s3cret");
    assertThat(c.string("sync.docNumberPrefix")).isEqualTo("WEB-");
    assertThat(c.map("sync.skuBuffers")).containsEntry("TEE-S", "1");
    assertThat(c.map("sync.depositAccounts"))
        .containsEntry("stripe", "Checking")
        .containsEntry("*", "Undeposited Funds");
    assertThat(config.databaseUrl()).isEqualTo(StockbookConfig.DEFAULT_DATABASE);
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void all_problems_are_reported_together_naming_each_key() {
    String bad =
        GOOD.replace("clientId: cid, ", "").replace("safetyBuffer: 2", "safetyBuffer: lots")
            + "extra: 1\n";
    assertThatThrownBy(() -> parse(bad, Map.of()))
        .isInstanceOf(ConfigFile.Invalid.class)
        .satisfies(
            e ->
                assertThat(((ConfigFile.Invalid) e).problems())
                    .anyMatch(p -> p.contains("quickbooks.clientId: missing"))
                    .anyMatch(p -> p.contains("sync.safetyBuffer: must be a whole number"))
                    .anyMatch(p -> p.contains("QB_SECRET is not set"))
                    .anyMatch(p -> p.startsWith("extra: unknown key")));
  }

  @Test
  void two_connections_may_not_share_a_name() {
    String twice = GOOD + GOOD.substring(GOOD.indexOf("  - name"));
    assertThatThrownBy(() -> parse(twice, Map.of("QB_SECRET", "x")))
        .satisfies(
            e ->
                assertThat(((ConfigFile.Invalid) e).problems())
                    .anyMatch(p -> p.contains("is used by another connection")));
  }
}
