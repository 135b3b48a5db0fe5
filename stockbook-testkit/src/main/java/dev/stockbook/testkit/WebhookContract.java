package dev.stockbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.StoreWebhooks;
import dev.stockbook.store.webhook.WebhookDelivery;
import dev.stockbook.store.webhook.WebhookEvent;
import dev.stockbook.store.webhook.WebhookReceiver;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Webhooks: registration is idempotent, a store-signed delivery is read, a forged one refused. */
public interface WebhookContract extends Area {

  @Test
  default void ensuring_webhooks_twice_creates_them_once() {
    Assumptions.assumeTrue(
        connector() instanceof StoreWebhooks, "this store takes no webhook subscriptions");
    StoreWebhooks webhooks = (StoreWebhooks) connector();
    URI url = URI.create("http://127.0.0.1:9/webhooks/" + store().unique("hook"));

    List<String> first = webhooks.ensureWebhooks(url, "s3cret-" + store().unique("w"));
    List<String> second = webhooks.ensureWebhooks(url, "s3cret-" + store().unique("w"));

    assertThat(first).isNotEmpty();
    assertThat(second).as("nothing left to create or repair").isEmpty();
  }

  @Test
  default void a_delivery_the_store_signed_is_read_and_a_changed_one_is_refused() {
    WebhookReceiver receiver = store().factory().webhooks().orElse(null);
    Assumptions.assumeTrue(receiver != null, "this store sends no webhooks");
    String sku = store().unique("wh");
    store().createProduct(sku, 5, "2.00");
    String id = store().placeOrder(List.of(new StoreUnderTest.Line(sku, 1)), true);
    var signed = store().signedOrderDelivery(id);
    Assumptions.assumeTrue(signed.isPresent(), "no signed delivery to check");

    WebhookEvent read =
        receiver.receive(
            new WebhookDelivery(signed.get().headers(), signed.get().body()),
            store().settings(),
            signed.get().secret());
    byte[] changed = Arrays.copyOf(signed.get().body(), signed.get().body().length + 1);
    changed[changed.length - 1] = ' ';
    WebhookEvent forged =
        receiver.receive(
            new WebhookDelivery(signed.get().headers(), changed),
            store().settings(),
            signed.get().secret());

    assertThat(read)
        .isInstanceOfSatisfying(
            WebhookEvent.Change.class,
            c -> {
              assertThat(c.kind()).isEqualTo(WebhookEvent.Kind.ORDER);
              assertThat(c.resourceId()).isEqualTo(id);
            });
    assertThat(forged)
        .isInstanceOfSatisfying(
            WebhookEvent.Rejected.class, r -> assertThat(r.status()).isEqualTo(401));
  }
}
