package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.Dataset;
import dev.pbiadmin.emulator.content.Placed;
import dev.pbiadmin.emulator.content.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Imports_GetImportsAsAdmin. Every dataset of the emulated tenant arrived by importing a .pbix, so
 * each is one succeeded import holding the dataset and the reports of its workspace built on it;
 * the import's id is derived from the dataset's, so it is stable.
 */
final class Imports {
  private static final String APP = "https://app.powerbi.com";

  private final Service s;

  Imports(Service service) {
    this.s = service;
  }

  void list(Call call) throws IOException {
    Paging paging = Paging.optional(call);
    Expands.none(call, "$expand");
    String filter = call.query("$filter");
    if (filter != null && !filter.isBlank()) {
      throw PowerBiException.badRequest(
          "$filter", "$filter on imports is not supported by the emulator");
    }
    Iterable<Placed<Dataset>> all =
        () ->
            s.content().workspaces().stream()
                .flatMap(w -> w.datasets().stream().map(d -> new Placed<>(w, d)))
                .iterator();
    List<Placed<Dataset>> page = paging.page(all, d -> true);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("imports"),
            g -> {
              for (Placed<Dataset> p : page) {
                Dataset d = p.item();
                g.writeStartObject();
                g.writeStringField(
                    "id",
                    UUID.nameUUIDFromBytes(("import:" + d.id()).getBytes(StandardCharsets.UTF_8))
                        .toString());
                g.writeStringField("name", d.name());
                g.writeStringField("importState", "Succeeded");
                // as in Microsoft's example; the swagger's Import definition lacks both
                g.writeStringField("connectionType", "import");
                g.writeStringField("source", "Upload");
                if (d.createdDate() != null) {
                  g.writeStringField("createdDateTime", Timestamps.utc(d.createdDate()));
                  g.writeStringField("updatedDateTime", Timestamps.utc(d.createdDate()));
                }
                g.writeArrayFieldStart("reports");
                for (Report r : p.workspace().reports()) {
                  if (d.id().equalsIgnoreCase(r.datasetId())) {
                    g.writeStartObject();
                    g.writeStringField("id", r.id());
                    g.writeStringField("name", r.name());
                    g.writeStringField("reportType", r.reportType());
                    g.writeStringField("datasetId", d.id());
                    g.writeStringField(
                        "webUrl", APP + "/groups/" + p.workspace().id() + "/reports/" + r.id());
                    g.writeStringField(
                        "embedUrl",
                        APP + "/reportEmbed?reportId=" + r.id() + "&groupId=" + p.workspace().id());
                    g.writeEndObject();
                  }
                }
                g.writeEndArray();
                g.writeArrayFieldStart("datasets");
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("name", d.name());
                g.writeStringField(
                    "webUrl", APP + "/groups/" + p.workspace().id() + "/datasets/" + d.id());
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
              }
            });
  }
}
