package dev.pbiadmin.emulator.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class TenantContentTest {
  private final TenantContent tenant = new TenantContent(TestTenants.small());

  @Test
  void lookups_byIdInAnyCase_findItemsAndTheirWorkspace() {
    Workspace w =
        tenant.workspaces().stream().filter(x -> !x.reports().isEmpty()).findFirst().orElseThrow();
    Report r = w.reports().get(0);

    assertThat(tenant.workspace(w.id().toUpperCase())).contains(w);
    assertThat(tenant.report(r.id().toUpperCase()).orElseThrow().workspace()).isEqualTo(w);
    assertThat(tenant.report("no-such-id")).isEmpty();
  }

  @Test
  void writes_touchDeleteAddRemove_showInModifiedSinceAndCounts() {
    Instant now = TestTenants.NOW.plus(Duration.ofMinutes(5));
    Workspace first = tenant.workspaces().get(0);
    Workspace second = tenant.workspaces().get(1);
    int total = tenant.counts().workspaces();

    tenant.touchWorkspace(first.id(), now);
    tenant.deleteWorkspace(second.id(), now);
    Workspace added =
        new Workspace(
            "aaaaaaaa-0000-4000-8000-000000000001",
            "New one",
            "",
            "Workspace",
            "Active",
            null,
            false,
            null,
            false,
            null,
            null,
            now,
            List.of(),
            Workspace.Items.NONE);
    tenant.putWorkspace(added);

    assertThat(tenant.modifiedSince(TestTenants.NOW))
        .extracting(Workspace::id)
        .containsExactly(first.id(), second.id(), added.id());
    assertThat(tenant.workspace(second.id()).orElseThrow().state()).isEqualTo("Deleted");
    assertThat(tenant.counts().workspaces()).isEqualTo(total + 1);
    assertThat(tenant.workspaces().get(0).id()).isEqualTo(first.id());

    assertThat(tenant.removeWorkspace(added.id())).isTrue();
    assertThat(tenant.workspace(added.id())).isEmpty();
    assertThat(tenant.counts().workspaces()).isEqualTo(total);
  }

  @Test
  void writes_incrementalIndex_equalsAFullRebuild() {
    Workspace shared =
        tenant.workspaces().stream()
            .filter(w -> w.users().size() > 1 && !w.reports().isEmpty())
            .findFirst()
            .orElseThrow();
    tenant.updateWorkspace(
        shared.id(),
        w ->
            new Workspace(
                w.id(),
                w.name(),
                w.description(),
                w.type(),
                w.state(),
                w.capacityId(),
                w.isReadOnly(),
                w.defaultDatasetStorageFormat(),
                w.hasWorkspaceLevelSettings(),
                w.dataflowStorageId(),
                w.dataRetrievalState(),
                TestTenants.NOW,
                w.users().subList(0, 1),
                new Workspace.Items(
                    w.reports().subList(1, w.reports().size()),
                    w.dashboards(),
                    w.datasets(),
                    w.dataflows(),
                    w.datamarts(),
                    w.workbooks(),
                    w.fabricItems())));
    tenant.removeWorkspace(tenant.workspaces().get(0).id());

    TenantContent rebuilt = new TenantContent(tenant.snapshot());

    assertThat(tenant.counts()).isEqualTo(rebuilt.counts());
    assertThat(tenant.report(shared.reports().get(0).id())).isEmpty();
    String dropped = shared.users().get(1).principal().identifier();
    assertThat(tenant.workspacesOf(dropped)).isEqualTo(rebuilt.workspacesOf(dropped));
    for (Workspace w : tenant.workspaces()) {
      assertThat(tenant.workspace(w.id())).contains(w);
      w.reports()
          .forEach(r -> assertThat(tenant.report(r.id()).orElseThrow().workspace()).isSameAs(w));
      w.users()
          .forEach(
              a ->
                  assertThat(tenant.workspacesOf(a.principal().identifier()))
                      .isEqualTo(rebuilt.workspacesOf(a.principal().identifier())));
    }
  }

  @Test
  void updateWorkspace_unknownId_throwsNoSuchElement() {
    assertThatThrownBy(() -> tenant.touchWorkspace("nope", TestTenants.NOW))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void mergedWith_explicitItemsReplaceGeneratedOnesById() {
    Workspace generated = tenant.workspaces().get(3);
    Workspace explicit = generated.withState("Removing", TestTenants.NOW);
    ContentSet overlay =
        new ContentSet(List.of(), List.of(explicit), List.of(), List.of(), List.of(), List.of());

    ContentSet merged = tenant.snapshot().mergedWith(overlay);

    assertThat(merged.workspaces()).hasSize(tenant.workspaces().size());
    assertThat(merged.workspaces().get(3).state()).isEqualTo("Removing");
  }
}
