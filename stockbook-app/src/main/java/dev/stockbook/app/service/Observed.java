package dev.stockbook.app.service;

import dev.stockbook.core.books.Books;
import dev.stockbook.quickbooks.QuickBooksAuthException;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreWebhooks;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Wrappers that watch the engine's two ports without changing what they do: store calls are counted
 * by operation and outcome, and a QuickBooks "reconnect needed" failure is remembered so the
 * service can pause the connection. Dynamic proxies: both interfaces are stateless callbacks here.
 */
final class Observed {
  private Observed() {}

  static StoreConnector store(StoreConnector target, ServiceMetrics metrics) {
    List<Class<?>> types = new ArrayList<>(List.of(StoreConnector.class));
    if (target instanceof StoreWebhooks) {
      types.add(StoreWebhooks.class);
    }
    return (StoreConnector)
        Proxy.newProxyInstance(
            Observed.class.getClassLoader(),
            types.toArray(Class<?>[]::new),
            (p, m, args) -> {
              boolean counted =
                  m.getDeclaringClass() != Object.class && !m.getName().equals("close");
              try {
                Object out = m.invoke(target, args);
                if (counted) {
                  metrics.apiCall("store", m.getName(), "ok");
                }
                return out;
              } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                metrics.apiCall(
                    "store",
                    m.getName(),
                    cause instanceof RetriableStoreException
                        ? "retriable"
                        : cause instanceof PermanentStoreException ? "permanent" : "error");
                throw cause;
              }
            });
  }

  /**
   * Books that tell {@code calls} of the turn's QuickBooks authorization failure, its change-feed
   * reads (when each was sent) and the documents it wrote (when QuickBooks answered).
   */
  static Books books(Books target, BooksCalls calls, java.time.Clock clock) {
    return (Books)
        Proxy.newProxyInstance(
            Observed.class.getClassLoader(),
            new Class<?>[] {Books.class},
            (p, m, args) -> {
              Instant sent = clock.instant();
              try {
                Object answer = m.invoke(target, args);
                switch (m.getName()) {
                  case "changesSince" -> calls.changesRead(sent);
                  case "post", "updateDocument", "voidDocument" ->
                      calls.wrote(answer, clock.instant());
                  default -> {}
                }
                return answer;
              } catch (InvocationTargetException e) {
                if (e.getCause() instanceof QuickBooksAuthException auth) {
                  calls.authFailed(auth.getMessage());
                }
                throw e.getCause();
              }
            });
  }
}
