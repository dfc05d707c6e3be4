package dev.pbiadmin.cli.output;

import java.util.Locale;

/** The value of {@code --format}. */
public enum Format {
  TABLE,
  CSV,
  JSON,
  JSONL,
  PARQUET;

  /** True for formats that keep the nested shape instead of flattening into tables. */
  boolean nested() {
    return this == JSON || this == JSONL;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
