package dev.stockbook.sim.quickbooks.internal;

import java.time.Instant;

/**
 * One committed change, fed to webhooks.
 *
 * @param operation {@code Create}, {@code Update}, {@code Delete} or {@code Void} (the legacy
 *     webhook spelling; CloudEvents use the lower-case past tense)
 */
public record ChangeEvent(EntityKind kind, String id, String operation, Instant at) {}
