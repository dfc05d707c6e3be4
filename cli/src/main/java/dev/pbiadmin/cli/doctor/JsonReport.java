package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The machine-readable form of a report ({@code --json}). Field names are a contract, documented in
 * docs/doctor.md; add fields, never rename or remove them without raising {@code schemaVersion}.
 */
public final class JsonReport {
  public static final int SCHEMA_VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String render(DoctorReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("healthy", report.healthy());
    root.put("exitCode", report.exitCode());
    root.put("firstFailure", report.firstFailure().map(CheckResult::id).orElse(null));
    ArrayNode checks = root.putArray("checks");
    for (CheckResult r : report.results()) {
      ObjectNode c = checks.addObject();
      c.put("id", r.id());
      c.put("title", r.title());
      c.put("status", r.status().jsonName());
      c.put("summary", r.summary());
      c.put("code", r.code());
      strings(c.putArray("causes"), r.causes());
      strings(c.putArray("evidence"), r.evidence());
      strings(c.putArray("fix"), r.fix());
      c.put("docs", r.docs());
    }
    // The one tenant-setting change an admin identity's view proposes (--as-admin), which --fix
    // applies.
    report
        .fix()
        .ifPresentOrElse(
            f -> {
              ObjectNode change = root.putObject("proposedChange");
              change.put("settingName", f.change().settingName());
              change.put("description", f.change().description());
              change.set("request", JSON.valueToTree(f.change().request()));
            },
            () -> root.putNull("proposedChange"));
    try {
      return JSON.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
