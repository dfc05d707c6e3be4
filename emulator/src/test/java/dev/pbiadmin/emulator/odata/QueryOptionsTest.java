package dev.pbiadmin.emulator.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryOptionsTest {

  @Test
  void top_requiredAndMissing_isClearError() {
    assertThatThrownBy(() -> QueryOptions.top(null, true, 5000, 0))
        .isInstanceOf(ODataException.class)
        .hasMessageContaining("1-5000");
  }

  @Test
  void top_outOfRangeOrNotANumber_isClearError() {
    assertThatThrownBy(() -> QueryOptions.top("5001", true, 5000, 0))
        .hasMessageContaining("1-5000");
    assertThatThrownBy(() -> QueryOptions.top("0", true, 5000, 0)).hasMessageContaining("1-5000");
    assertThatThrownBy(() -> QueryOptions.top("ten", true, 5000, 0))
        .hasMessageContaining("integer");
    assertThatThrownBy(() -> QueryOptions.top("99999999999", true, 5000, 0))
        .hasMessageContaining("integer");
  }

  @Test
  void top_validOrOptionalMissing_returnsValue() {
    assertThat(QueryOptions.top("5000", true, 5000, 0)).isEqualTo(5000);
    assertThat(QueryOptions.top(null, false, 5000, 100)).isEqualTo(100);
  }

  @Test
  void skip_negative_isClearError() {
    assertThatThrownBy(() -> QueryOptions.skip("-1")).hasMessageContaining("0 or more");
    assertThat(QueryOptions.skip(null)).isZero();
    assertThat(QueryOptions.skip(" 10 ")).isEqualTo(10);
  }

  @Test
  void expandList_splitsAndRejectsGarbage() {
    assertThat(QueryOptions.expandList("datasets, dataflows,reports"))
        .containsExactly("datasets", "dataflows", "reports");
    assertThat(QueryOptions.expandList(null)).isEmpty();
    assertThatThrownBy(() -> QueryOptions.expandList("users,,reports"))
        .hasMessageContaining("empty entry");
    assertThatThrownBy(() -> QueryOptions.expandList("users($select=x)"))
        .hasMessageContaining("not supported");
  }

  @Test
  void activityFilter_documentedExamples_parse() {
    assertThat(ActivityFilter.parse("Activity eq 'ViewReport'"))
        .isEqualTo(new ActivityFilter("ViewReport", null));
    assertThat(ActivityFilter.parse("UserId eq 'john@contoso.com'"))
        .isEqualTo(new ActivityFilter(null, "john@contoso.com"));
    ActivityFilter both =
        ActivityFilter.parse("Activity eq 'viewreport' and UserId eq 'john@contoso.com'");

    assertThat(both.matches("ViewReport", "John@contoso.com")).isTrue();
    assertThat(both.matches("ViewDashboard", "john@contoso.com")).isFalse();
    assertThat(ActivityFilter.parse(null).matches("Anything", "anyone")).isTrue();
  }

  @Test
  void activityFilter_otherOperatorsOrProperties_areRejected() {
    assertThatThrownBy(() -> ActivityFilter.parse("Activity ne 'ViewReport'"))
        .hasMessageContaining("only conditions");
    assertThatThrownBy(() -> ActivityFilter.parse("Activity eq 'A' or UserId eq 'b'"))
        .hasMessageContaining("only conditions");
    assertThatThrownBy(() -> ActivityFilter.parse("Workload eq 'PowerBI'"))
        .hasMessageContaining("Activity and UserId");
    assertThatThrownBy(() -> ActivityFilter.parse("Activity eq 'A' and Activity eq 'B'"))
        .hasMessageContaining("twice");
  }
}
