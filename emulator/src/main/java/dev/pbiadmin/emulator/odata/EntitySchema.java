package dev.pbiadmin.emulator.odata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The filterable properties of an entity: name, type and, for collections, the element schema.
 * Property names match case-insensitively (an unknown one is a 400 naming the known ones).
 */
public final class EntitySchema {
  private final String entityName;
  private final Map<String, Property> properties = new LinkedHashMap<>();

  /** One declared property, under its canonical name. */
  public record Property(String name, ValueType type, EntitySchema elements) {}

  private EntitySchema(String entityName) {
    this.entityName = entityName;
  }

  public static EntitySchema of(String entityName) {
    return new EntitySchema(entityName);
  }

  /** Declares a scalar property; returns this for chaining. */
  public EntitySchema with(String name, ValueType type) {
    if (type == ValueType.COLLECTION || type == ValueType.NULL) {
      throw new IllegalArgumentException("use collection(...) for collections");
    }
    properties.put(name.toLowerCase(Locale.ROOT), new Property(name, type, null));
    return this;
  }

  /** Declares a collection property whose elements follow {@code elements}. */
  public EntitySchema collection(String name, EntitySchema elements) {
    properties.put(
        name.toLowerCase(Locale.ROOT), new Property(name, ValueType.COLLECTION, elements));
    return this;
  }

  public String entityName() {
    return entityName;
  }

  public Map<String, Property> properties() {
    return Collections.unmodifiableMap(properties);
  }

  Optional<Property> find(String name) {
    return Optional.ofNullable(properties.get(name.toLowerCase(Locale.ROOT)));
  }

  Property require(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new ODataException(
                    "$filter refers to '"
                        + name
                        + "', which is not a filterable property of "
                        + entityName
                        + "; known: "
                        + String.join(
                            ", ", properties.values().stream().map(Property::name).toList())));
  }
}
