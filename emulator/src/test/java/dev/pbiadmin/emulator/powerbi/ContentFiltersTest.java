package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pbiadmin.emulator.content.Placed;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.TestTenants;
import dev.pbiadmin.emulator.content.Workspace;
import dev.pbiadmin.emulator.odata.ODataException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentFiltersTest {
  private final TenantContent tenant = new TenantContent(TestTenants.small());

  @Test
  void workspacesFilter_seedRequest_splitsPersonalFromTheRest() {
    long personal =
        tenant.workspaces().stream()
            .filter(ContentFilters.workspaces("type eq 'PersonalGroup'"))
            .count();
    long others =
        tenant.workspaces().stream()
            .filter(ContentFilters.workspaces("type ne 'PersonalGroup'"))
            .count();

    assertThat(personal).isEqualTo((long) tenant.counts().workspacesByType().get("PersonalGroup"));
    assertThat(personal + others).isEqualTo(tenant.counts().workspaces());
  }

  @Test
  void workspacesFilter_documentedOrphanedFilter_findsExactlyTheAdminlessOnes() {
    String orphaned =
        "(not users/any()) or (not users/any(u: u/groupUserAccessRight eq "
            + "Microsoft.PowerBI.ServiceContracts.Api.GroupUserAccessRight'Admin'))";

    List<Workspace> found =
        tenant.workspaces().stream().filter(ContentFilters.workspaces(orphaned)).toList();

    assertThat(found)
        .hasSize(tenant.counts().orphanedWorkspaces())
        .isNotEmpty()
        .allMatch(Workspace::hasNoAdmin);
  }

  @Test
  void itemFilters_unknownProperty_isODataException() {
    assertThatThrownBy(() -> ContentFilters.reports("colour eq 'x'"))
        .isInstanceOf(ODataException.class);
    assertThat(
            tenant.workspaces().stream()
                .flatMap(w -> w.reports().stream().map(r -> new Placed<>(w, r)))
                .filter(ContentFilters.reports("reportType eq 'PaginatedReport'")))
        .isNotEmpty()
        .allMatch(p -> p.item().reportType().equals("PaginatedReport"));
  }
}
