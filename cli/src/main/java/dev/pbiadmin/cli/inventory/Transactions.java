package dev.pbiadmin.cli.inventory;

import java.sql.Connection;
import java.sql.SQLException;

/** One transaction around a piece of work: all of it is stored or, on any failure, none of it. */
final class Transactions {
  private Transactions() {}

  /**
   * Work inside a transaction; {@code X} is what else it may throw (an {@link java.io.IOException}
   * while reading).
   */
  @FunctionalInterface
  interface SqlWork<T, X extends Exception> {
    T run() throws SQLException, X;
  }

  /**
   * Runs {@code work} in one transaction and returns its result: commits when it returns, rolls
   * back and rethrows when it throws, and gives the connection back in auto-commit either way.
   */
  static <T, X extends Exception> T inOne(Connection c, SqlWork<T, X> work) throws SQLException, X {
    c.setAutoCommit(false);
    try {
      T result = work.run();
      c.commit();
      return result;
    } catch (Exception e) {
      // only what work can throw arrives here: SQLException, X or an unchecked exception
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }
}
