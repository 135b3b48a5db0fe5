package dev.stockbook.sim.shopify.internal;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** bulkOperationRunQuery: checks the inner query, then runs it as a bulk operation. */
public final class BulkMutation {
  private final BulkOperations operations;
  private final Supplier<Engine> engine;

  public BulkMutation(BulkOperations operations, Supplier<Engine> engine) {
    this.operations = operations;
    this.engine = engine;
  }

  public Map<String, Object> run(DataFetchingEnvironment env) {
    String query = env.getArgument("query");
    Call call = Call.of(env);
    Engine.Bulk checked = engine.get().checkBulk(query);
    UserErrors errors = new UserErrors();
    if (checked.problem() != null) {
      errors.add("INVALID", checked.problem(), List.of("query"));
      return errors.payload("bulkOperation", null);
    }
    return errors.payload(
        "bulkOperation", operations.run(query, q -> engine.get().runBulk(q, call)));
  }
}
