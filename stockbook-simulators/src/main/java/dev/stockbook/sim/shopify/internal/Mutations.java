package dev.stockbook.sim.shopify.internal;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Mutation fields: scopes, injected userErrors, the {@code @idempotent} directive (mandatory
 * for inventoryAdjustQuantities since 2026-04, optional for inventorySetQuantities), then the work.
 */
public final class Mutations {
  private final InventoryWrites inventory;
  private final Idempotency idempotency;
  private final InjectedErrors injected;
  private final WebhookMutations webhooks;
  private final BulkMutation bulk;

  public Mutations(
      InventoryWrites inventory,
      Idempotency idempotency,
      InjectedErrors injected,
      WebhookMutations webhooks,
      BulkMutation bulk) {
    this.inventory = inventory;
    this.idempotency = idempotency;
    this.injected = injected;
    this.webhooks = webhooks;
    this.bulk = bulk;
  }

  public void wire(RuntimeWiring.Builder w) {
    Wiring.type("Mutation", Object.class)
        .root("inventorySetQuantities", env -> inventoryWrite(env, "inventorySetQuantities", false))
        .root(
            "inventoryAdjustQuantities",
            env -> inventoryWrite(env, "inventoryAdjustQuantities", true))
        .root(
            "webhookSubscriptionCreate",
            env ->
                guarded(
                    env,
                    "webhookSubscriptionCreate",
                    "webhookSubscription",
                    () -> webhooks.create(env)))
        .root(
            "webhookSubscriptionDelete",
            env ->
                guarded(
                    env,
                    "webhookSubscriptionDelete",
                    "deletedWebhookSubscriptionId",
                    () -> webhooks.delete(env)))
        .root(
            "bulkOperationRunQuery",
            env -> guarded(env, "bulkOperationRunQuery", "bulkOperation", () -> bulk.run(env)))
        .into(w);
  }

  private Object inventoryWrite(DataFetchingEnvironment env, String name, boolean keyRequired) {
    Call.of(env).require("write_inventory", name);
    Optional<String> key = Idempotency.key(env);
    if (keyRequired && key.isEmpty()) {
      throw new ShopifyError(
          "BAD_REQUEST",
          "The @idempotent directive with a key is required for "
              + name
              + " as of API version 2026-04.");
    }
    Map<String, Object> input = env.getArgument("input");
    java.util.function.Supplier<Map<String, Object>> work =
        () ->
            guarded(
                env,
                name,
                "inventoryAdjustmentGroup",
                () ->
                    name.equals("inventorySetQuantities")
                        ? inventory.set(input)
                        : inventory.adjust(input));
    if (key.isEmpty()) {
      return work.get();
    }
    return idempotency.once(
        name,
        key.get(),
        input,
        work,
        () ->
            new UserErrors()
                .add(
                    "IDEMPOTENCY_KEY_PARAMETER_MISMATCH",
                    "The same idempotency key cannot be used with different operation parameters.",
                    List.of())
                .payload("inventoryAdjustmentGroup", null));
  }

  /** The injected userError for this mutation if one is queued, else the real work. */
  private Map<String, Object> guarded(
      DataFetchingEnvironment env,
      String name,
      String resultField,
      java.util.function.Supplier<Map<String, Object>> work) {
    return injected
        .take(name)
        .map(
            e ->
                new UserErrors()
                    .add(e.code(), e.message(), List.copyOf(e.field()))
                    .payload(resultField, null))
        .orElseGet(work);
  }
}
