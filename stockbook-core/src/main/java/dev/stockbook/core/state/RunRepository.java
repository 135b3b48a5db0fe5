package dev.stockbook.core.state;

import java.util.List;

/** The history of cycles. */
public interface RunRepository {
  void save(CycleRun run);

  /** The newest {@code limit} runs of a connection, newest first. */
  List<CycleRun> recent(String connection, int limit);
}
