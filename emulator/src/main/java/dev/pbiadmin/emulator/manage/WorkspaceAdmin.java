package dev.pbiadmin.emulator.manage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.content.Access;
import dev.pbiadmin.emulator.content.Principal;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, changes and deletes workspaces and their access lists at runtime. Every change stamps
 * the workspace's modified time, so {@code workspaces/modified} reports it as the real service
 * would. Content is served from memory; each change is journaled in the database in the transaction
 * that acknowledges it ({@link ContentJournal}) and replayed over the generated content at start,
 * with its original time.
 */
final class WorkspaceAdmin {
  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceAdmin.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> TYPES =
      Set.of("Workspace", "PersonalGroup", "Personal", "Group");
  private static final Set<String> RIGHTS = Set.of("Admin", "Member", "Contributor", "Viewer");
  private static final Set<String> PRINCIPAL_TYPES = Set.of("User", "Group", "App");

  private final TenantContent content;
  private final ContentJournal journal;

  WorkspaceAdmin(TenantContent content, ContentJournal journal) {
    this.content = content;
    this.journal = journal;
  }

  /**
   * Re-applies the journaled changes, oldest first, at their original times. A change that no
   * longer applies (the tenant was regenerated with another seed) is skipped with a warning.
   */
  int replay() {
    int applied = 0;
    for (ContentJournal.Entry e : journal.entries()) {
      Body body = Body.parse(e.body(), MAPPER);
      try {
        switch (e.operation()) {
          case "put" -> put(e.workspaceId(), body, e.at());
          case "touch" -> touch(e.workspaceId(), e.at());
          case "delete" -> delete(e.workspaceId(), e.at());
          case "putUser" -> putUser(e.workspaceId(), body, e.at());
          case "removeUser" -> removeUser(e.workspaceId(), e.argument(), e.at());
          default ->
              throw new IllegalStateException("unknown journaled operation " + e.operation());
        }
        applied++;
      } catch (ManagementException | IllegalArgumentException ex) {
        LOG.warn(
            "journaled content change {} ({} on workspace {}) no longer applies: {}",
            e.seq(),
            e.operation(),
            e.workspaceId(),
            ex.getMessage());
      }
    }
    return applied;
  }

  Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("counts", content.counts());
    return out;
  }

  Map<String, Object> workspace(String id) {
    return describe(require(id));
  }

  /**
   * Creates a workspace, or changes name, description, type, state or capacity of an existing one.
   */
  Map<String, Object> put(String id, Body body) {
    DirectoryAdmin.requireGuid("workspace id", id);
    return describe(journal.record("put", id, null, body.json(), at -> put(id, body, at)));
  }

  /** Marks a workspace modified now, without other change. */
  Map<String, Object> touch(String id) {
    return describe(journal.record("touch", id, null, "{}", at -> touch(id, at)));
  }

  /** Deletes as Power BI does: the workspace stays, with state Deleted. */
  Map<String, Object> delete(String id) {
    return describe(journal.record("delete", id, null, "{}", at -> delete(id, at)));
  }

  /**
   * Gives a principal (user, group or service principal) a workspace role, replacing any it had.
   */
  Map<String, Object> putUser(String id, Body body) {
    return describe(journal.record("putUser", id, null, body.json(), at -> putUser(id, body, at)));
  }

  Map<String, Object> removeUser(String id, String identifier) {
    return describe(
        journal.record("removeUser", id, identifier, "{}", at -> removeUser(id, identifier, at)));
  }

  private Workspace put(String id, Body body, Instant at) {
    DirectoryAdmin.requireGuid("workspace id", id);
    var existing = content.workspace(id);
    String type = body.text("type", existing.map(Workspace::type).orElse("Workspace"));
    if (!TYPES.contains(type)) {
      throw ManagementException.badRequest("'type' must be one of " + TYPES + ", got " + type);
    }
    String capacityId = body.text("capacityId", existing.map(Workspace::capacityId).orElse(null));
    if (capacityId != null) {
      DirectoryAdmin.requireGuid("capacityId", capacityId);
    }
    String name = body.text("name", existing.map(Workspace::name).orElse(null));
    if (name == null || name.isBlank()) {
      throw ManagementException.badRequest("'name' is required for a new workspace");
    }
    Workspace base = existing.orElse(null);
    Workspace w =
        new Workspace(
            id,
            name,
            body.text("description", base == null ? null : base.description()),
            type,
            body.text("state", base == null ? "Active" : base.state()),
            capacityId,
            base != null && base.isReadOnly(),
            capacityId == null
                ? null
                : base == null || base.defaultDatasetStorageFormat() == null
                    ? "Small"
                    : base.defaultDatasetStorageFormat(),
            base != null && base.hasWorkspaceLevelSettings(),
            base == null ? null : base.dataflowStorageId(),
            base == null ? null : base.dataRetrievalState(),
            at,
            base == null ? List.of() : base.users(),
            base == null ? Workspace.Items.NONE : base.items());
    content.putWorkspace(w);
    return w;
  }

  private Workspace touch(String id, Instant at) {
    return change(id, w -> w.withModifiedAt(at));
  }

  private Workspace delete(String id, Instant at) {
    return change(id, w -> w.withState("Deleted", at));
  }

  private Workspace putUser(String id, Body body, Instant at) {
    String principalType = body.text("principalType", "User");
    if (!PRINCIPAL_TYPES.contains(principalType)) {
      throw ManagementException.badRequest(
          "'principalType' must be one of " + PRINCIPAL_TYPES + ", got " + principalType);
    }
    String right = body.text("groupUserAccessRight", "Member");
    if (!RIGHTS.contains(right)) {
      throw ManagementException.badRequest(
          "'groupUserAccessRight' must be one of " + RIGHTS + ", got " + right);
    }
    String identifier = body.requiredText("identifier");
    String displayName = body.text("displayName", identifier);
    Principal principal =
        switch (principalType) {
          case "App" -> {
            DirectoryAdmin.requireGuid(
                "identifier (the service principal's object id)", identifier);
            yield Principal.app(identifier, displayName);
          }
          case "Group" -> {
            DirectoryAdmin.requireGuid("identifier (the group's object id)", identifier);
            yield Principal.group(identifier, displayName);
          }
          default -> Principal.user(identifier, displayName, body.text("graphId", null), false);
        };
    return change(
        id,
        w ->
            withUsers(
                w,
                at,
                users -> {
                  users.removeIf(a -> a.principal().identifier().equalsIgnoreCase(identifier));
                  users.add(new Access(principal, right));
                }));
  }

  private Workspace removeUser(String id, String identifier, Instant at) {
    Workspace w = require(id);
    if (w.users().stream()
        .noneMatch(a -> a.principal().identifier().equalsIgnoreCase(identifier))) {
      throw ManagementException.notFound(identifier + " has no role in workspace " + id);
    }
    return change(
        id,
        x ->
            withUsers(
                x,
                at,
                users ->
                    users.removeIf(a -> a.principal().identifier().equalsIgnoreCase(identifier))));
  }

  private static Workspace withUsers(
      Workspace w, Instant at, java.util.function.Consumer<List<Access>> edit) {
    List<Access> users = new ArrayList<>(w.users());
    edit.accept(users);
    return w.withUsers(users, at);
  }

  private Workspace change(String id, UnaryOperator<Workspace> edit) {
    try {
      return content.updateWorkspace(id, edit);
    } catch (NoSuchElementException e) {
      throw ManagementException.notFound("no workspace with id " + id);
    }
  }

  private Workspace require(String id) {
    return content
        .workspace(id)
        .orElseThrow(() -> ManagementException.notFound("no workspace with id " + id));
  }

  private static Map<String, Object> describe(Workspace w) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", w.id());
    out.put("name", w.name());
    out.put("type", w.type());
    out.put("state", w.state());
    out.put("capacityId", w.capacityId());
    out.put("modifiedAt", w.modifiedAt() == null ? null : w.modifiedAt().toString());
    out.put(
        "users",
        w.users().stream()
            .map(
                a ->
                    Map.of(
                        "identifier",
                        a.principal().identifier(),
                        "principalType",
                        a.principal().principalType(),
                        "groupUserAccessRight",
                        a.right()))
            .toList());
    out.put("reports", w.reports().size());
    out.put("dashboards", w.dashboards().size());
    out.put("datasets", w.datasets().size());
    out.put("dataflows", w.dataflows().size());
    return out;
  }
}
