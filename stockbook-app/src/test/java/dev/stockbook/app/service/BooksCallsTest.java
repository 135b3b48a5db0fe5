package dev.stockbook.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.PostedDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BooksCallsTest {
  private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

  private static PostOutcome posted(DocumentKind kind, String id) {
    return PostOutcome.posted(
        "key-" + id, new PostedDocument(kind, id, "WEB-" + id, "0", BigDecimal.TEN));
  }

  @Test
  void only_documents_written_before_the_latest_change_feed_read_are_covered() {
    BooksCalls calls = new BooksCalls();
    calls.wrote(
        List.of(posted(DocumentKind.SALES_RECEIPT, "12"), PostOutcome.uncertain("k", "lost")), T);
    calls.wrote(posted(DocumentKind.REFUND_RECEIPT, "13"), T.plusSeconds(2));
    assertThat(calls.covered()).isEmpty(); // no change-feed read yet

    calls.changesRead(T.plusSeconds(1));
    assertThat(calls.covered()).containsExactly("salesreceipt:12");

    calls.changesRead(T); // an earlier read answering late does not move the mark back
    calls.changesRead(T.plusSeconds(3));
    assertThat(calls.covered()).containsExactlyInAnyOrder("salesreceipt:12", "refundreceipt:13");
    assertThat(calls.changesRead()).contains(T.plusSeconds(3));
  }

  @Test
  void refused_writes_cover_nothing_and_the_first_auth_failure_is_kept() {
    BooksCalls calls = new BooksCalls();
    calls.wrote(PostOutcome.rejected("k", "6000 invalid"), T);
    calls.changesRead(T.plusSeconds(1));
    calls.authFailed("token revoked");
    calls.authFailed("second");
    assertThat(calls.covered()).isEmpty();
    assertThat(calls.authFailure()).contains("token revoked");
    assertThat(BooksCalls.resource("SalesReceipt", "12")).isEqualTo("salesreceipt:12");
  }
}
