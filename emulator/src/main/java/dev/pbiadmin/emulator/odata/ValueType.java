package dev.pbiadmin.emulator.odata;

/**
 * The type of a property or an expression. {@code ENUM} is a string the service treats as an
 * enumeration: compared case-insensitively (the documented activity filter writes {@code
 * 'viewreport'} for {@code ViewReport}). {@code GUID} compares case-insensitively too.
 */
public enum ValueType {
  STRING,
  ENUM,
  GUID,
  BOOLEAN,
  NUMBER,
  DATETIME,
  COLLECTION,
  NULL;

  boolean isText() {
    return this == STRING || this == ENUM || this == GUID;
  }
}
