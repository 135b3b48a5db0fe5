package dev.stockbook.sim.shopify.internal;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs GraphQL with graphql-java: parse, validate against the schema, normalise (variables and
 * fragments resolved), check Shopify's limits and cost, execute. The HTTP layer owns the bucket.
 */
public final class Engine {
  /** A query ready to run, or the errors that stop it. */
  public record Prepared(
      String query,
      Map<String, Object> variables,
      String operationName,
      ExecutableNormalizedOperation operation,
      List<Map<String, Object>> errors) {}

  /** Whether a bulk query is acceptable; {@code problem} is the userError message if not. */
  public record Bulk(String problem) {}

  private final GraphQLSchema schema;
  private final GraphQL graphql;
  private final QueryCost cost;
  private final Limits limits;
  private final BulkFlattener flattener;

  public Engine(GraphQLSchema schema) {
    this.schema = schema;
    FetchErrors errors = new FetchErrors();
    this.graphql =
        GraphQL.newGraphQL(schema)
            .queryExecutionStrategy(new AsyncExecutionStrategy(errors))
            .mutationExecutionStrategy(new AsyncSerialExecutionStrategy(errors))
            .build();
    this.cost = new QueryCost(schema);
    this.limits = new Limits(schema);
    this.flattener = new BulkFlattener(schema);
  }

  public QueryCost cost() {
    return cost;
  }

  public Prepared prepare(
      String query, Map<String, Object> variables, String operationName, boolean bulk) {
    Document document;
    try {
      document = Parser.parse(query);
    } catch (InvalidSyntaxException e) {
      String token = e.getOffendingToken() == null ? "end of file" : e.getOffendingToken();
      return failed(
          query, variables, operationName, List.of(ErrorShapes.syntax(token, e.getLocation())));
    }
    List<ValidationError> invalid =
        new Validator().validateDocument(schema, document, Locale.ENGLISH);
    if (!invalid.isEmpty()) {
      return failed(
          query,
          variables,
          operationName,
          invalid.stream().map(v -> ErrorShapes.validation(v, schema)).toList());
    }
    ExecutableNormalizedOperation op;
    try {
      op =
          ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
              schema, document, operationName, RawVariables.of(variables));
    } catch (RuntimeException e) {
      return failed(
          query,
          variables,
          operationName,
          List.of(Map.of("message", String.valueOf(e.getMessage()))));
    }
    List<ShopifyError> violations = limits.check(op, bulk);
    List<Map<String, Object>> errors = violations.stream().map(ErrorShapes::of).toList();
    return new Prepared(query, variables, operationName, op, errors);
  }

  private static Prepared failed(
      String q, Map<String, Object> v, String name, List<Map<String, Object>> errors) {
    return new Prepared(q, v, name, null, errors);
  }

  /** Executes a prepared query for the call. */
  public ExecutionResult execute(Prepared p, Call call) {
    ExecutionInput input =
        ExecutionInput.newExecutionInput()
            .query(p.query())
            .variables(p.variables())
            .operationName(p.operationName())
            .graphQLContext(Map.of(Call.class, call))
            .build();
    return graphql.execute(input);
  }

  public Bulk checkBulk(String query) {
    Prepared p = prepare(query, Map.of(), null, true);
    if (!p.errors().isEmpty()) {
      return new Bulk("Invalid bulk query: " + p.errors().get(0).get("message"));
    }
    if (p.operation().getOperation() != OperationDefinition.Operation.QUERY) {
      return new Bulk("Invalid bulk query: only queries can run as a bulk query operation.");
    }
    boolean anyConnection =
        p.operation().getTopLevelFields().stream()
            .anyMatch(f -> QueryCost.isConnection(GraphQLTypeUtil.unwrapAll(f.getType(schema))));
    return anyConnection
        ? new Bulk(null)
        : new Bulk("Bulk queries must contain at least one connection.");
  }

  public BulkFlattener.Result runBulk(String query, Call outer) {
    Prepared p = prepare(query, Map.of(), null, true);
    Call call = new Call(Set.copyOf(outer.scopes), outer.version, true);
    ExecutionResult result = execute(p, call);
    boolean denied =
        result.getErrors().stream()
            .anyMatch(
                e ->
                    e.getExtensions() != null
                        && "ACCESS_DENIED".equals(e.getExtensions().get("code")));
    if (denied) {
      return new BulkFlattener.Result(List.of(), 0, true);
    }
    return flattener.flatten(p.operation(), result.getData());
  }
}
