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
                    .anyMatch(p -> p.startsWith("extra: unknown key"))
                    .filteredOn(p -> p.contains("QB_SECRET"))
                    .hasSize(1));
  }

  @Test
  void a_missing_file_and_broken_yaml_say_what_is_wrong_and_where(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path missing = dir.resolve("nope.yaml");
    java.nio.file.Path broken = dir.resolve("broken.yaml");
    java.nio.file.Files.writeString(broken, "connections:\n  - name: shop\n   store: [\n");
    ConfigFile file = new ConfigFile(k -> null);

    assertThatThrownBy(() -> file.read(missing))
        .hasMessageContaining("nope.yaml: no such file")
        .hasMessageContaining("stockbook connect");
    assertThatThrownBy(() -> file.read(broken))
        .hasMessageMatching("(?s).*broken\\.yaml:\\d+:\\d+: not valid YAML: .*");
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

  @Test
  void the_bookkeeping_settings_reach_the_engine() throws Exception {
    String books =
        GOOD.replace(
            "excludedSkus: [giftwrap]",
            "excludedSkus: [giftwrap], salesTax: tax-codes, taxCodes: {CA-ON-HST-1: HST ON, none:"
                + " Zero-rated}, currencies: [EUR], exchangeRates: {EUR: 1.25}, class: Retail,"
                + " gatewayFees: {stripe: 2.9%+0.30}, giftCardSkus: [GIFT-25], posting:"
                + " daily-summary");
    var settings =
        dev.stockbook.core.config.ConnectionConfig.settings(
            parse(books, Map.of("QB_SECRET", "x")).connection("shop"));
    var rules = settings.bookkeeping();

    assertThat(rules.tax().perLine()).isTrue();
    assertThat(rules.tax().codes()).containsEntry("CA-ON-HST-1", "HST ON");
    assertThat(rules.currencies().accepted()).containsExactly("EUR");
    assertThat(rules.currencies().rates().get("EUR")).isEqualByComparingTo("1.25");
    assertThat(rules.tagging().className()).isEqualTo("Retail");
    assertThat(rules.gatewayFees().rates().get("stripe").on(new java.math.BigDecimal("100")))
        .isEqualByComparingTo("3.20");
    assertThat(rules.giftCards().isGiftCard("GIFT-25")).isTrue();
    assertThat(rules.dailySummary()).isTrue();
  }

  @Test
  void bad_bookkeeping_settings_are_named() {
    String bad =
        GOOD.replace(
            "excludedSkus: [giftwrap]",
            "excludedSkus: [giftwrap], salesTax: tax-codes, taxCodes: {GST: GST},"
                + " exchangeRates: {EUR: lots}, gatewayFees: {stripe: cheap}");
    assertThatThrownBy(() -> parse(bad, Map.of("QB_SECRET", "x")))
        .satisfies(
            e ->
                assertThat(((ConfigFile.Invalid) e).problems())
                    .anyMatch(p -> p.contains("sync.taxCodes: needs none="))
                    .anyMatch(p -> p.contains("sync.exchangeRates: EUR needs a positive"))
                    .anyMatch(p -> p.contains("sync.gatewayFees: stripe needs percent%+fixed")));
  }
}
