package dev.stockbook.app.wiring;

import dev.stockbook.state.DatabaseStateStore;
import org.jdbi.v3.core.Jdbi;

/**
 * Re-seals every secret in the state database under a new master key and stores the new key's
 * fingerprint, in one transaction: a rotation that fails leaves everything under the old key.
 */
public final class KeyRotation {
  private KeyRotation() {}

  /**
   * Re-seals what {@code wiring}'s key opens under the key {@code newKeyBase64}; returns how many
   * secrets were re-sealed.
   */
  public static int rotate(Wiring wiring, String newKeyBase64) {
    if (!(wiring.state() instanceof DatabaseStateStore db)) {
      throw new IllegalStateException("key rotation needs a SQL state database");
    }
    SecretBox old = wiring.secrets();
    SecretBox fresh = SecretBox.ofBase64(newKeyBase64, "the new master key");
    return Jdbi.create(db.dataSource())
        .inTransaction(
            h -> {
              var sealed =
                  h.createQuery(
                          "SELECT connection, name, value FROM cursors WHERE value LIKE 'v1:%'")
                      .mapToMap()
                      .list();
              for (var row : sealed) {
                h.createUpdate(
                        "UPDATE cursors SET value = :v, version = version + 1"
                            + " WHERE connection = :c AND name = :n")
                    .bind("v", fresh.seal(old.open((String) row.get("value"))))
                    .bind("c", row.get("connection"))
                    .bind("n", row.get("name"))
                    .execute();
              }
              h.createUpdate(
                      "UPDATE cursors SET value = :v, version = version + 1"
                          + " WHERE connection = :c AND name = :n")
                  .bind("v", fresh.fingerprint())
                  .bind("c", MasterKey.OWNER)
                  .bind("n", MasterKey.FINGERPRINT)
                  .execute();
              return sealed.size();
            });
  }

  /** A new random master key, as base64 text. */
  public static String newKey() {
    return SecretBox.newKeyText();
  }
}
