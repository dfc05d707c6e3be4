package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionsTest {
  private Connection c;

  @BeforeEach
  void open() throws SQLException {
    c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (x INTEGER)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void workThatReturnsIsCommittedAndItsResultReturned() throws SQLException {
    int n = Transactions.inOne(c, () -> insert(2));
    assertThat(n).isEqualTo(2);
    assertThat(rows()).isEqualTo(2);
    assertThat(c.getAutoCommit()).isTrue();
  }

  @Test
  void anUncheckedFailureRollsBackAndIsRethrownAsItself() throws SQLException {
    assertThatThrownBy(
            () ->
                Transactions.inOne(
                    c,
                    () -> {
                      insert(3);
                      throw new IllegalStateException("half way");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("half way");
    assertThat(rows()).isZero();
    assertThat(c.getAutoCommit()).isTrue();
  }

  @Test
  void aFailingStatementRollsBackWhatCameBefore() throws SQLException {
    assertThatThrownBy(
            () ->
                Transactions.inOne(
                    c,
                    () -> {
                      insert(1);
                      try (Statement s = c.createStatement()) {
                        s.execute("INSERT INTO missing VALUES (1)");
                      }
                      return null;
                    }))
        .isInstanceOf(SQLException.class);
    assertThat(rows()).isZero();
    assertThat(c.getAutoCommit()).isTrue();
  }

  @Test
  void anIoFailureWhileReadingRollsBackAndArrivesAsItself() throws SQLException {
    assertThatThrownBy(
            () ->
                Transactions.inOne(
                    c,
                    () -> {
                      insert(1);
                      throw new IOException("body cut short");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("body cut short");
    assertThat(rows()).isZero();
  }

  private int insert(int n) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO t SELECT range FROM range(" + n + ")");
    }
    return n;
  }

  private long rows() throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
      r.next();
      return r.getLong(1);
    }
  }
}
