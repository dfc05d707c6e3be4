package dev.pbiadmin.emulator.odata;

/**
 * An entity a filter is evaluated against. {@link #get} returns, for a property the entity's {@link
 * EntitySchema} declares: a {@code String} (also for GUIDs and enums), a {@code Boolean}, a {@code
 * Number}, an {@code Instant}, a {@code List<? extends ODataRecord>} for collections, or {@code
 * null} when the value is absent.
 */
@FunctionalInterface
public interface ODataRecord {
  Object get(String property);
}
