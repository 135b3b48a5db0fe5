package dev.stockbook.core.engine.ledger;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.PostOutcome;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.PostingState;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sends documents whose ledger rows were already written (state SENDING), in batches, and records
 * each outcome on its row before telling the caller. A failure of a whole request leaves its rows
 * UNCERTAIN: they are looked up in QuickBooks before anything is sent again.
 */
public final class LedgerWriter {

  /** One write: its ledger row, the document, and what to do with the outcome. */
  public record Job(Posting posting, BooksDocument document, Consumer<PostOutcome> then) {}

  private final SyncContext ctx;

  public LedgerWriter(SyncContext ctx) {
    this.ctx = ctx;
  }

  /** Sends the jobs; returns how many were posted. */
  public int send(List<Job> jobs) {
    int posted = 0;
    int size = Math.max(1, ctx.settings().batchSize());
    for (int from = 0; from < jobs.size(); from += size) {
      List<Job> chunk = jobs.subList(from, Math.min(jobs.size(), from + size));
      posted += recordAll(chunk, post(chunk));
    }
    return posted;
  }

  /**
   * Records a batch's answers with one commit, then hands each to its job; returns how many were
   * posted. A crash before the commit leaves the rows "sending", which the resolver settles by
   * looking each document up in QuickBooks.
   */
  private int recordAll(List<Job> chunk, List<PostOutcome> outcomes) {
    int[] posted = {0};
    ctx.state()
        .inOneTransaction(
            () -> {
              for (int i = 0; i < chunk.size(); i++) {
                PostOutcome outcome = outcomes.get(i);
                record(chunk.get(i).posting(), outcome);
                chunk.get(i).then().accept(outcome);
                posted[0] += outcome.status() == PostOutcome.Status.POSTED ? 1 : 0;
              }
            });
    return posted[0];
  }

  private List<PostOutcome> post(List<Job> chunk) {
    try {
      List<PostOutcome> outcomes = ctx.books().post(chunk.stream().map(Job::document).toList());
      checkOnePerDocument(outcomes, chunk);
      return outcomes;
    } catch (RetriableBooksException | IllegalStateException e) {
      return chunk.stream()
          .map(j -> PostOutcome.uncertain(j.posting().key(), e.getMessage()))
          .toList();
    }
  }

  private static void checkOnePerDocument(List<PostOutcome> outcomes, List<Job> chunk) {
    if (outcomes.size() != chunk.size()) {
      throw new IllegalStateException(
          "QuickBooks answered "
              + outcomes.size()
              + " outcomes for "
              + chunk.size()
              + " documents");
    }
  }

  public void record(Posting posting, PostOutcome outcome) {
    PostingState state =
        switch (outcome.status()) {
          case POSTED -> PostingState.DONE;
          case UNCERTAIN -> PostingState.UNCERTAIN;
          case NOT_APPLIED -> PostingState.NOT_APPLIED;
          case REJECTED, STALE_REFERENCE -> PostingState.REJECTED;
        };
    String id = outcome.document() == null ? null : outcome.document().id();
    ctx.state()
        .postings()
        .record(posting.key(), state, id, outcome.message(), ctx.clock().instant());
  }
}
