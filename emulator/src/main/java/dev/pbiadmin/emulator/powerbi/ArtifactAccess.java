package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.Access;
import dev.pbiadmin.emulator.content.Principal;
import dev.pbiadmin.emulator.content.SharedArtifact;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code ArtifactAccessResponse} operations: widely shared artifacts and one user's access.
 * Each answers in one page ({@code continuationToken} null), which the contract allows.
 */
final class ArtifactAccess {
  private static final Set<String> TYPES =
      Set.of(
          "Report",
          "PaginatedReport",
          "Dashboard",
          "Dataset",
          "Dataflow",
          "PersonalGroup",
          "Group",
          "Workspace",
          "Capacity",
          "App");

  private final Service s;

  ArtifactAccess(Service service) {
    this.s = service;
  }

  /** WidelySharedArtifacts_PublishedToWeb. */
  void publishedToWeb(Call call) throws IOException {
    shared(call, "PublishToWeb");
  }

  /** WidelySharedArtifacts_LinksSharedToWholeOrganization. */
  void linksSharedToWholeOrganization(Call call) throws IOException {
    shared(call, "LinkToWholeOrganization");
  }

  private void shared(Call call, String shareType) throws IOException {
    continuationTokenMustBeAbsent(call);
    List<SharedArtifact> found =
        s.content().snapshot().sharedArtifacts().stream()
            .filter(a -> shareType.equals(a.shareType()))
            .toList();
    write(
        call,
        g -> {
          for (SharedArtifact a : found) {
            ContentJson.writeArtifactAccess(g, a);
          }
        });
  }

  /**
   * Users_GetUserArtifactAccessAsAdmin: workspaces and items the user (UPN or object id) can
   * access.
   */
  void userArtifactAccess(Call call) throws IOException {
    continuationTokenMustBeAbsent(call);
    String userId = call.pathParam("userId");
    Principal user =
        s.content()
            .principal(userId)
            .orElseThrow(() -> PowerBiException.notFound("no user " + userId));
    Set<String> types = artifactTypes(call.query("artifactTypes"));
    List<Workspace> workspaces = s.content().workspaces();
    write(
        call,
        g -> {
          for (Workspace w : workspaces) {
            entries(g, w, user, types);
          }
        });
  }

  private static void entries(JsonGenerator g, Workspace w, Principal user, Set<String> types)
      throws IOException {
    String wsType =
        "PersonalGroup".equals(w.type())
            ? "PersonalGroup"
            : "Group".equals(w.type()) ? "Group" : "Workspace";
    entry(g, types, wsType, w.id(), w.name(), w.users(), user);
    for (var r : w.reports()) {
      entry(
          g,
          types,
          r.reportType().equals("PaginatedReport") ? "PaginatedReport" : "Report",
          r.id(),
          r.name(),
          r.users(),
          user);
    }
    for (var d : w.dashboards()) {
      entry(g, types, "Dashboard", d.id(), d.displayName(), d.users(), user);
    }
    for (var d : w.datasets()) {
      entry(g, types, "Dataset", d.id(), d.name(), d.users(), user);
    }
    for (var d : w.dataflows()) {
      entry(g, types, "Dataflow", d.objectId(), d.name(), d.users(), user);
    }
  }

  private static void entry(
      JsonGenerator g,
      Set<String> types,
      String type,
      String id,
      String name,
      List<Access> users,
      Principal user)
      throws IOException {
    if (!types.isEmpty() && !types.contains(type)) {
      return;
    }
    for (Access a : users) {
      if (a.principal().identifier().equalsIgnoreCase(user.identifier())) {
        g.writeStartObject();
        g.writeStringField("artifactId", id);
        g.writeStringField("displayName", name == null ? "" : name);
        g.writeStringField("artifactType", type);
        g.writeStringField("accessRight", a.right());
        g.writeStringField("shareType", "Direct");
        g.writeEndObject();
        return;
      }
    }
  }

  /** {@code artifactTypes}: a comma-separated list of ArtifactType values, or absent for all. */
  private static Set<String> artifactTypes(String raw) {
    if (raw == null || raw.isBlank()) {
      return Set.of();
    }
    Set<String> types =
        Arrays.stream(raw.split(",")).map(String::strip).collect(Collectors.toSet());
    for (String t : types) {
      if (TYPES.stream()
          .noneMatch(x -> x.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))) {
        throw PowerBiException.badRequest(
            "artifactTypes", "artifactTypes has an unknown type '" + t + "'; known: " + TYPES);
      }
    }
    return TYPES.stream()
        .filter(x -> types.stream().anyMatch(x::equalsIgnoreCase))
        .collect(Collectors.toSet());
  }

  /** Every answer is one page, so no token the emulator issued can be sent back. */
  private static void continuationTokenMustBeAbsent(Call call) {
    String token = call.query("continuationToken");
    if (token != null && !token.isBlank()) {
      throw PowerBiException.badRequest("continuationToken", "The continuation token is not valid");
    }
  }

  private void write(Call call, ODataList.Items entries) throws IOException {
    s.out().stream(
        call.ctx(),
        JsonWriter.JSON,
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("artifactAccessEntities");
          entries.write(g);
          g.writeEndArray();
          g.writeNullField("continuationUri");
          g.writeNullField("continuationToken");
          g.writeEndObject();
        });
  }
}
