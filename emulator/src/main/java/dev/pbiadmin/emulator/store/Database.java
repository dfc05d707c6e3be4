package dev.pbiadmin.emulator.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The emulator's embedded database, one SQLite file ({@code emulator.db}) in the data directory.
 * WAL journal with {@code synchronous=FULL}: a committed transaction survives a crash or {@code
 * kill -9}. One connection serves every caller under a lock, because SQLite allows one writer at a
 * time anyway and the emulator keeps its hot data in memory. Modules create their own tables with
 * {@link #inTransaction}.
 */
public final class Database implements AutoCloseable {
  public static final String FILE_NAME = "emulator.db";

  private final Path file;
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();

  private Database(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating if needed) {@code dataDir/emulator.db}. */
  public static Database open(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
    try {
      Files.createDirectories(dataDir);
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement st = connection.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("PRAGMA synchronous=FULL");
        st.execute("PRAGMA busy_timeout=5000");
        st.execute("PRAGMA foreign_keys=ON");
        st.execute(
            "CREATE TABLE IF NOT EXISTS emulator_settings (name TEXT PRIMARY KEY, value TEXT NOT"
                + " NULL)");
      }
      connection.setAutoCommit(false);
      connection.commit();
      return new Database(file, connection);
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException(
          "cannot open the emulator database " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
  public <T> T inTransaction(SqlWork<T> work) {
    lock.lock();
    try {
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(e);
        if (e instanceof RuntimeException re) {
          throw re;
        }
        throw new StoreException("database error: " + e.getMessage(), e);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Reads an emulator setting (key/value row), e.g. the signing key or the management key. */
  public Optional<String> setting(String name) {
    return inTransaction(c -> setting(c, name));
  }

  /** Reads a setting inside an ongoing transaction. */
  public static Optional<String> setting(Connection c, String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT value FROM emulator_settings WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** Writes a setting inside an ongoing transaction. */
  public static void putSetting(Connection c, String name, String value) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO emulator_settings(name, value) VALUES (?, ?)"
                + " ON CONFLICT(name) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, name);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }

  /** Returns the setting, creating it with {@code initial} in the same transaction if absent. */
  public String settingOrCreate(String name, java.util.function.Supplier<String> initial) {
    return inTransaction(
        c -> {
          Optional<String> existing = setting(c, name);
          if (existing.isPresent()) {
            return existing.get();
          }
          String value = initial.get();
          putSetting(c, name, value);
          return value;
        });
  }

  private void rollbackQuietly(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the emulator database: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /** A unit of work on the connection, run inside a transaction. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
