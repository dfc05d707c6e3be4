package dev.pbiadmin.emulator.odata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FilterFuzzTest {
  private static final List<String> PIECES =
      List.of(
          "type",
          "state",
          "users",
          "name",
          "size",
          "id",
          "u",
          "/",
          "any(",
          "all(",
          "u:",
          "u/groupUserAccessRight",
          " eq ",
          " ne ",
          " gt ",
          " and ",
          " or ",
          "not ",
          "(",
          ")",
          "'",
          "''",
          "'Admin'",
          "Ns.Type'Admin'",
          ",",
          "contains(",
          "tolower(",
          "substring(",
          "1",
          "-2.5e3",
          "null",
          "true",
          "e380d1d0-1fa6-460b-9a90-1a5c6b02414c",
          "2024-01-01T00:00:00Z",
          " ",
          "$",
          "@",
          "\\",
          "%27",
          "\u00e9");

  @Property(tries = 3000)
  void parse_randomText_throwsOnlyODataException(@ForAll String text) {
    assertOnlyODataException(text);
  }

  @Property(tries = 3000)
  void parse_randomTokenSoup_throwsOnlyODataException(@ForAll("soup") String text) {
    assertOnlyODataException(text);
  }

  @Property(tries = 1000)
  void validFilters_roundTripThroughCanonicalText(@ForAll("valid") String text) {
    Filter f = Filter.parse(text, FilterTest.GROUP);
    Filter again = Filter.parse(f.toString(), FilterTest.GROUP);

    assertThat(again.toString()).isEqualTo(f.toString());
    ODataRecord r = FilterTest.group("Workspace", "Active", List.of(FilterTest.user("Admin")));
    assertThat(again.test(r)).isEqualTo(f.test(r));
  }

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> valid() {
    Arbitrary<String> atom =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withChars("ab'Z ")
                .ofMaxLength(6)
                .map(s -> "name eq '" + s.replace("'", "''") + "'"),
            Arbitraries.of(
                "type eq 'Workspace'",
                "state ne 'Deleted'",
                "users/any()",
                "isReadOnly",
                "users/any(u: u/groupUserAccessRight eq Ns.Right'Admin')",
                "size ge 3",
                "contains(name, 'a')",
                "modified lt 2025-01-01T00:00:00Z",
                "id eq e380d1d0-1fa6-460b-9a90-1a5c6b02414c"));
    return Combinators.combine(
            atom, atom, Arbitraries.of(" and ", " or "), Arbitraries.of("", "not "))
        .as((a, b, op, not) -> not + "(" + a + ")" + op + b);
  }

  private static void assertOnlyODataException(String text) {
    try {
      Filter f = Filter.parse(text, FilterTest.GROUP);
      f.test(FilterTest.group("Workspace", "Active", List.of(FilterTest.user("Admin"))));
    } catch (ODataException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
