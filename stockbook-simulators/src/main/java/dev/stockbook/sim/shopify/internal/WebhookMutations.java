package dev.stockbook.sim.shopify.internal;

import graphql.schema.DataFetchingEnvironment;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** webhookSubscriptionCreate and webhookSubscriptionDelete. */
public final class WebhookMutations {
  private final Webhooks webhooks;

  public WebhookMutations(Webhooks webhooks) {
    this.webhooks = webhooks;
  }

  public Map<String, Object> create(DataFetchingEnvironment env) {
    String topic = WebhookSubscription.TOPICS.get((String) env.getArgument("topic"));
    Call call = Call.of(env);
    call.require(WebhookSubscription.scopeFor(topic), "webhookSubscriptionCreate");
    Map<String, Object> input = env.getArgument("webhookSubscription");
    String uri = (String) input.get("uri");
    UserErrors errors = new UserErrors();
    if (uri == null || !validUri(uri)) {
      errors.add(null, "Address is invalid", List.of("webhookSubscription", "callbackUrl"));
    } else if (webhooks.subscriptions().stream()
        .anyMatch(s -> s.topic.equals(topic) && s.uri.equals(uri))) {
      errors.add(
          null,
          "Address for this topic has already been taken",
          List.of("webhookSubscription", "callbackUrl"));
    }
    if ("XML".equals(input.get("format"))) {
      errors.add(
          null,
          "Format must be JSON: the simulator sends JSON only",
          List.of("webhookSubscription", "format"));
    }
    if (errors.any()) {
      return errors.payload("webhookSubscription", null);
    }
    @SuppressWarnings("unchecked")
    List<String> fields = (List<String>) input.getOrDefault("includeFields", List.of());
    WebhookSubscription s =
        webhooks.subscribe(topic, uri, "JSON", fields == null ? List.of() : fields, call.version);
    return errors.payload("webhookSubscription", s);
  }

  public Map<String, Object> delete(DataFetchingEnvironment env) {
    String gid = env.getArgument("id");
    long id = Gid.parse(gid, "WebhookSubscription").orElse(-1);
    UserErrors errors = new UserErrors();
    if (!webhooks.unsubscribe(id)) {
      errors.add(null, "Webhook subscription does not exist", List.of("id"));
      return errors.payload("deletedWebhookSubscriptionId", null);
    }
    return errors.payload("deletedWebhookSubscriptionId", gid);
  }

  private static boolean validUri(String uri) {
    try {
      URI parsed = new URI(uri);
      return ("https".equals(parsed.getScheme()) || "http".equals(parsed.getScheme()))
          && parsed.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }
}
