package dev.pbiadmin.emulator.content;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * One audit event of GetActivityEvents: the free-form object of {@code activityEventEntities}, with
 * the PascalCase fields of the Microsoft 365 "Power BI schema" ({@code Id}, {@code RecordType} 20,
 * {@code CreationTime}, {@code Activity}, {@code UserId}, …).
 *
 * @param index position within its UTC day, 0-based, in {@code CreationTime} order
 * @param fields field name to value (String, Number or Boolean), in output order
 */
public record ActivityEvent(int index, Instant creationTime, Map<String, Object> fields) {

  public ActivityEvent {
    fields = Collections.unmodifiableMap(fields);
  }

  public String id() {
    return (String) fields.get("Id");
  }

  public String activity() {
    return (String) fields.get("Activity");
  }

  public String userId() {
    return (String) fields.get("UserId");
  }

  public void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      Object v = e.getValue();
      if (v instanceof Boolean b) {
        g.writeBooleanField(e.getKey(), b);
      } else if (v instanceof Integer i) {
        g.writeNumberField(e.getKey(), i);
      } else if (v != null) {
        g.writeStringField(e.getKey(), v.toString());
      }
    }
    g.writeEndObject();
  }
}
