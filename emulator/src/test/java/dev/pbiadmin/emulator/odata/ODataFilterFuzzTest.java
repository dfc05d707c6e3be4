package dev.pbiadmin.emulator.odata;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided {@code $filter} fuzzing (Jazzer). Without {@code JAZZER_FUZZ} it replays the
 * saved corpus in {@code ODataFilterFuzzTestInputs/} as a regression test; {@code bench/fuzz.sh}
 * fuzzes it.
 */
class ODataFilterFuzzTest {
  private static final List<ODataRecord> RECORDS =
      List.of(
          FilterTest.group("Workspace", "Active", List.of(FilterTest.user("Admin"))),
          FilterTest.group("PersonalGroup", "Deleted", List.of()),
          FilterTest.group(
              "Workspace",
              "Orphaned",
              List.of(FilterTest.user("Viewer"), FilterTest.user("Member"))));

  /**
   * Any text: an {@link ODataException} (400) with a message, or a filter that round-trips and
   * evaluates.
   */
  @FuzzTest
  void filter_anyText_parsesToARoundTrippingFilterOrFailsWithAnODataError(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Filter filter;
    try {
      filter = Filter.parse(text, FilterTest.GROUP);
    } catch (ODataException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      assertThat(expected.status()).isEqualTo(400);
      return;
    }
    Filter again = Filter.parse(filter.toString(), FilterTest.GROUP);
    assertThat(again.toString()).isEqualTo(filter.toString());
    for (ODataRecord r : RECORDS) {
      boolean first;
      try {
        first = filter.test(r);
      } catch (ODataException evaluationError) {
        assertThat(evaluationError.getMessage()).isNotBlank();
        continue;
      }
      assertThat(again.test(r)).isEqualTo(first);
    }
  }
}
