import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Reads back one day of bench/activity-bench.sh's Parquet export with DuckDB: rows and distinct ids. */
public final class ParquetCount {
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT id) FROM read_parquet('" + args[0]
            + "/**/*.parquet', hive_partitioning = true) WHERE date = DATE '" + args[1] + "'")) {
      r.next();
      System.out.printf("parquet read back by DuckDB: %d rows, %d distinct ids%n", r.getLong(1), r.getLong(2));
    }
  }
}
