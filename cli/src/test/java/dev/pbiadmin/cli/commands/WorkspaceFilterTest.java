package dev.pbiadmin.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkspaceFilterTest {
  @Test
  void of_nothingFiltered_null() {
    assertThat(WorkspaceFilter.of(null, true, null)).isNull();
  }

  @Test
  void of_singleClause_unwrapped() {
    assertThat(WorkspaceFilter.of(" state eq 'Deleted' ", true, null))
        .isEqualTo("state eq 'Deleted'");
  }

  @Test
  void of_filterNoPersonalAndState_joinedWithAndQuotingTheState() {
    assertThat(WorkspaceFilter.of("name eq 'x'", false, "O'Brien"))
        .isEqualTo("(name eq 'x') and (type ne 'PersonalGroup') and (state eq 'O''Brien')");
  }
}
