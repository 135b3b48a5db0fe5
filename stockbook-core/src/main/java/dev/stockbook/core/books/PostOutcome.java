package dev.stockbook.core.books;

/**
 * What happened to one write.
 *
 * @param postingKey the key of the write
 * @param status see {@link Status}
 * @param document the document when {@link Status#POSTED}
 * @param message QuickBooks' words when not posted (plain, never a stack trace)
 */
public record PostOutcome(
    String postingKey, Status status, PostedDocument document, String message) {

  public enum Status {
    /** QuickBooks has it; {@code document} says where. */
    POSTED,
    /** Sent, but no answer came back: it may or may not exist. Look it up before resending. */
    UNCERTAIN,
    /**
     * Not applied (throttled, refused before it was handled); send again later with the same key.
     */
    NOT_APPLIED,
    /** QuickBooks refused the content; a retry as-is will fail again. */
    REJECTED,
    /**
     * QuickBooks refused a reference (a customer, an account) whose id was remembered from an
     * earlier lookup and may have gone stale. Not the order's fault: build the document again with
     * the names looked up afresh and send it under a new key (QuickBooks answers a reused request
     * id with its first answer, or refuses it when the body differs).
     */
    STALE_REFERENCE;

    /** Whether QuickBooks refused the write (nothing was created). */
    public boolean refused() {
      return this == REJECTED || this == STALE_REFERENCE;
    }
  }

  public static PostOutcome posted(String key, PostedDocument document) {
    return new PostOutcome(key, Status.POSTED, document, null);
  }

  public static PostOutcome uncertain(String key, String message) {
    return new PostOutcome(key, Status.UNCERTAIN, null, message);
  }

  public static PostOutcome notApplied(String key, String message) {
    return new PostOutcome(key, Status.NOT_APPLIED, null, message);
  }

  public static PostOutcome rejected(String key, String message) {
    return new PostOutcome(key, Status.REJECTED, null, message);
  }

  public static PostOutcome staleReference(String key, String message) {
    return new PostOutcome(key, Status.STALE_REFERENCE, null, message);
  }
}
