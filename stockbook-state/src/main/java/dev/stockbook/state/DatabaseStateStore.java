package dev.stockbook.state;

import com.zaxxer.hikari.HikariDataSource;
import dev.stockbook.core.state.BindingRepository;
import dev.stockbook.core.state.CursorRepository;
import dev.stockbook.core.state.OrderRepository;
import dev.stockbook.core.state.PostingRepository;
import dev.stockbook.core.state.RateBudgetRepository;
import dev.stockbook.core.state.RunRepository;
import dev.stockbook.core.state.StateStore;
import dev.stockbook.core.state.StockRepository;
import dev.stockbook.state.internal.JdbiBindingRepository;
import dev.stockbook.state.internal.JdbiCursorRepository;
import dev.stockbook.state.internal.JdbiOrderRepository;
import dev.stockbook.state.internal.JdbiPostingRepository;
import dev.stockbook.state.internal.JdbiRateBudgetRepository;
import dev.stockbook.state.internal.JdbiRunRepository;
import dev.stockbook.state.internal.JdbiStockRepository;
import dev.stockbook.state.internal.Migrations;
import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;

/**
 * A {@link StateStore} in a SQL database (SQLite or PostgreSQL). Open one with {@link Databases}.
 */
public final class DatabaseStateStore implements StateStore {
  private final HikariDataSource pool;
  private final Migrations migrations;
  private final OrderRepository orders;
  private final PostingRepository postings;
  private final BindingRepository bindings;
  private final StockRepository stock;
  private final CursorRepository cursors;
  private final RunRepository runs;
  private final RateBudgetRepository rateBudget;
  private final Jdbi jdbi;

  DatabaseStateStore(HikariDataSource pool, Migrations migrations) {
    this.pool = pool;
    this.migrations = migrations;
    this.jdbi = Jdbi.create(pool);
    this.orders = new JdbiOrderRepository(jdbi);
    this.postings = new JdbiPostingRepository(jdbi);
    this.bindings = new JdbiBindingRepository(jdbi);
    this.stock = new JdbiStockRepository(jdbi);
    this.cursors = new JdbiCursorRepository(jdbi);
    this.runs = new JdbiRunRepository(jdbi);
    this.rateBudget = new JdbiRateBudgetRepository(jdbi);
  }

  /**
   * Jdbi hands the repositories' calls on this thread the handle of the open transaction, so they
   * join it.
   */
  @Override
  public void inOneTransaction(Runnable work) {
    jdbi.useTransaction(handle -> work.run());
  }

  /** Whether the database answers and every migration is applied (for a readiness probe). */
  public boolean ready() {
    if (pool.isClosed()) {
      return false;
    }
    try (Connection connection = pool.getConnection()) {
      return connection.isValid(2) && migrations.applied(connection);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The connection pool, for the service's own tables (webhook deliveries, the scheduler's {@code
   * scheduled_tasks}) that live in the same database and migrations.
   */
  public javax.sql.DataSource dataSource() {
    return pool;
  }

  /** The QuickBooks rate budget every node of this database shares. */
  public RateBudgetRepository rateBudget() {
    return rateBudget;
  }

  /** Whether this is a PostgreSQL database (several nodes may share it), not a SQLite file. */
  public boolean shared() {
    try (Connection connection = pool.getConnection()) {
      return connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database's kind", e);
    }
  }

  @Override
  public OrderRepository orders() {
    return orders;
  }

  @Override
  public PostingRepository postings() {
    return postings;
  }

  @Override
  public BindingRepository bindings() {
    return bindings;
  }

  @Override
  public StockRepository stock() {
    return stock;
  }

  @Override
  public CursorRepository cursors() {
    return cursors;
  }

  @Override
  public RunRepository runs() {
    return runs;
  }

  /** Closes every connection; the store cannot be used afterwards. */
  @Override
  public void close() {
    pool.close();
  }
}
