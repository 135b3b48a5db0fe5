package dev.stockbook.sim.shopify.internal;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Exceptions in data fetchers become Shopify's errors: a {@link ShopifyError} keeps its code; any
 * other exception is Shopify's INTERNAL_SERVER_ERROR (with the simulator's own cause in {@code
 * extensions.simulatorDetail}, which real Shopify does not send).
 */
public final class FetchErrors implements DataFetcherExceptionHandler {
  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
      DataFetcherExceptionHandlerParameters p) {
    Throwable e = p.getException();
    Map<String, Object> extensions = new LinkedHashMap<>();
    String message;
    if (e instanceof ShopifyError s) {
      message = s.getMessage();
      extensions.put("code", s.code());
      s.extensions()
          .forEach(
              (k, v) -> {
                if (!"path".equals(k)) {
                  extensions.put(k, v);
                }
              });
    } else {
      String requestId = UUID.randomUUID().toString();
      message =
          "Internal error. Looks like something went wrong on our end.\nRequest ID: " + requestId;
      extensions.put("code", "INTERNAL_SERVER_ERROR");
      extensions.put("requestId", requestId);
      extensions.put("simulatorDetail", String.valueOf(e));
    }
    GraphQLError error =
        GraphqlErrorBuilder.newError()
            .message(message)
            .location(p.getSourceLocation())
            .path(p.getPath())
            .extensions(extensions)
            .build();
    return CompletableFuture.completedFuture(
        DataFetcherExceptionHandlerResult.newResult(error).build());
  }
}
