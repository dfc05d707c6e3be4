package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.ContentJson.str;
import static dev.pbiadmin.emulator.powerbi.ContentJson.users;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.Dataset;
import dev.pbiadmin.emulator.content.RefreshSchedule;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * A semantic model in a scan result ({@code WorkspaceInfoDataset}) as real scan results carry it
 * (scan-result-real-shapes.md §5.3–§5.4): {@code createdDate} and {@code contentProviderType} in
 * camel case, {@code configuredById}, refresh schedules, {@code relations}, and column types with
 * the DAX of calculated columns.
 */
final class ScanDatasets {
  private ScanDatasets() {}

  static void dataset(JsonGenerator g, Dataset d, ScanOptions o, Predicate<String> misconfigured)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    str(g, "name", d.name());
    str(g, "description", d.description());
    str(g, "configuredBy", d.configuredBy());
    str(g, "configuredById", d.configuredById());
    if (d.createdDate() != null) {
      g.writeStringField("createdDate", Timestamps.offset(d.createdDate()));
    }
    str(g, "contentProviderType", d.contentProviderType());
    str(g, "targetStorageMode", d.flags().targetStorageMode());
    g.writeBooleanField("isEffectiveIdentityRequired", d.flags().isEffectiveIdentityRequired());
    g.writeBooleanField(
        "isEffectiveIdentityRolesRequired", d.flags().isEffectiveIdentityRolesRequired());
    schedules(g, d.refreshSchedule(), d.directQueryRefreshSchedule());
    ScanItems.endorsement(g, d.endorsement());
    if (o.schema()) {
      if (d.schemaRetrievalError() != null) {
        g.writeStringField("schemaRetrievalError", d.schemaRetrievalError());
      }
      if (d.schemaMayNotBeUpToDate()) {
        g.writeBooleanField("schemaMayNotBeUpToDate", true);
      }
      g.writeArrayFieldStart("tables");
      for (Dataset.Table t : d.tables()) {
        table(g, t, o.expressions());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("roles");
      for (Dataset.Role role : d.roles()) {
        role(g, role);
      }
      g.writeEndArray();
    }
    if (o.expressions() && !d.expressions().isEmpty()) {
      g.writeArrayFieldStart("expressions");
      for (Dataset.Expression e : d.expressions()) {
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeStringField("expression", e.expression());
        str(g, "description", e.description());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (o.lineage()) {
      ScanItems.usages(g, d.datasourceUsages(), misconfigured);
      ScanItems.refs(g, "upstreamDataflows", "targetDataflowId", d.upstreamDataflows());
      ScanItems.refs(g, "upstreamDatasets", "targetDatasetId", d.upstreamDatasets());
      ScanItems.relations(g, d.id(), d.relations());
    }
    if (o.getArtifactUsers()) {
      users(g, "users", d.users(), "datasetUserAccessRight");
    }
    g.writeEndObject();
  }

  static void schedules(JsonGenerator g, RefreshSchedule s, RefreshSchedule.DirectQuery dq)
      throws IOException {
    if (s != null) {
      ContentJson.writeRefreshSchedule(g, s);
    }
    if (dq != null) {
      g.writeObjectFieldStart("directQueryRefreshSchedule");
      if (dq.frequency() != null) {
        g.writeNumberField("frequency", dq.frequency());
      }
      ContentJson.strings(g, "days", dq.days());
      ContentJson.strings(g, "times", dq.times());
      str(g, "localTimeZoneId", dq.localTimeZoneId());
      g.writeEndObject();
    }
  }

  // Measure.expression is "required" in the swagger, but with the expressions setting off the
  // service leaves it out, as it does every other DAX and M text; so do we.
  private static void table(JsonGenerator g, Dataset.Table t, boolean expressions)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("name", t.name());
    g.writeArrayFieldStart("columns");
    for (Dataset.Column c : t.columns()) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      g.writeStringField("dataType", c.dataType());
      g.writeBooleanField("isHidden", c.isHidden());
      str(g, "formatString", c.formatString());
      str(g, "columnType", c.columnType());
      if (expressions) {
        str(g, "expression", c.expression());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("measures");
    for (Dataset.Measure m : t.measures()) {
      g.writeStartObject();
      g.writeStringField("name", m.name());
      if (expressions) {
        g.writeStringField("expression", m.expression());
      }
      str(g, "formatString", m.formatString());
      str(g, "description", m.description());
      g.writeBooleanField("isHidden", m.isHidden());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("isHidden", t.isHidden());
    str(g, "description", t.description());
    str(g, "storageMode", t.storageMode());
    if (expressions && t.sourceExpression() != null) {
      g.writeArrayFieldStart("source");
      g.writeStartObject();
      g.writeStringField("expression", t.sourceExpression());
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void role(JsonGenerator g, Dataset.Role role) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", role.name());
    str(g, "modelPermission", role.modelPermission());
    g.writeArrayFieldStart("members");
    for (Dataset.RoleMember m : role.members()) {
      g.writeStartObject();
      g.writeStringField("memberName", m.memberName());
      str(g, "memberId", m.memberId());
      str(g, "memberType", m.memberType());
      str(g, "identityProvider", m.identityProvider());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tablePermissions");
    for (Dataset.TablePermission p : role.tablePermissions()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      str(g, "filterExpression", p.filterExpression());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
