package dev.stockbook.quickbooks.internal;

import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.quickbooks.QuickBooksAuthException;
import dev.stockbook.quickbooks.UncertainWriteException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

/**
 * Turns a failed exchange into exactly one of: {@link RetriableBooksException} (not applied, try
 * later), {@link UncertainWriteException} (a write that may have been applied), or {@link
 * PermanentBooksException} (QuickBooks refused the content; {@link QuickBooksAuthException} when
 * the credentials are refused). Never retries and never sleeps.
 */
public final class FaultClassifier {
  private final FaultParser parser;

  public FaultClassifier(FaultParser parser) {
    this.parser = parser;
  }

  /**
   * No answer at all: a write may have landed, a read can simply be repeated. A connection that
   * never opened carried nothing, so even a write is then only "not applied".
   */
  public static RuntimeException noAnswer(String what, boolean write, IOException cause) {
    if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
      return new RetriableBooksException(
          what + " could not connect to QuickBooks (" + cause.getClass().getSimpleName() + ")",
          cause);
    }
    String why =
        cause instanceof HttpTimeoutException
            ? "timed out"
            : "lost the connection (" + cause.getClass().getSimpleName() + ")";
    if (write) {
      return new UncertainWriteException(what + " " + why + "; it may have been applied", cause);
    }
    return new RetriableBooksException(what + " " + why, cause);
  }

  /** An answer that is not a usable success: status not 2xx, a fault body, or garbage. */
  public RuntimeException classify(String what, boolean write, int status, byte[] body) {
    Optional<QboError> error = parser.parse(body);
    if (status == 429 || error.map(QboError::isThrottle).orElse(false)) {
      return new RetriableBooksException(
          what + " was throttled by QuickBooks: " + words(error, status));
    }
    if (status == 401 || status == 403) {
      return new QuickBooksAuthException(
          code(error, status),
          "QuickBooks refused our credentials for " + what + ": " + words(error, status));
    }
    if (status >= 500 || status == 408 || error.isEmpty()) {
      return unknownResult(what, write, status, error);
    }
    return new PermanentBooksException(code(error, status), words(error, status));
  }

  /**
   * 5xx, 408 and unreadable bodies: nobody can say whether a write was applied. A 4xx without a
   * QuickBooks fault (a proxy's page) was refused before anything happened.
   */
  private static RuntimeException unknownResult(
      String what, boolean write, int status, Optional<QboError> error) {
    String message = what + " got " + describe(status, error);
    if (status >= 400 && status < 500 && status != 408) {
      return new PermanentBooksException(String.valueOf(status), message);
    }
    if (write) {
      return new UncertainWriteException(message + "; it may have been applied", null);
    }
    return new RetriableBooksException(message);
  }

  private static String describe(int status, Optional<QboError> error) {
    return error
        .map(e -> "HTTP " + status + ": " + e.plainWords())
        .orElse("HTTP " + status + " without a QuickBooks answer (unreadable body)");
  }

  private static String words(Optional<QboError> error, int status) {
    return error.map(QboError::plainWords).orElse("HTTP " + status);
  }

  private static String code(Optional<QboError> error, int status) {
    return error.map(QboError::code).filter(c -> !c.isBlank()).orElse(String.valueOf(status));
  }
}
