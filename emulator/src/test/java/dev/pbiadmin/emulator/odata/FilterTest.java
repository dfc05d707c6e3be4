package dev.pbiadmin.emulator.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterTest {
  static final EntitySchema USER =
      EntitySchema.of("GroupUser")
          .with("identifier", ValueType.STRING)
          .with("groupUserAccessRight", ValueType.ENUM);
  static final EntitySchema GROUP =
      EntitySchema.of("AdminGroup")
          .with("id", ValueType.GUID)
          .with("name", ValueType.STRING)
          .with("type", ValueType.ENUM)
          .with("state", ValueType.ENUM)
          .with("isReadOnly", ValueType.BOOLEAN)
          .with("size", ValueType.NUMBER)
          .with("modified", ValueType.DATETIME)
          .collection("users", USER);

  static ODataRecord group(String type, String state, List<ODataRecord> users) {
    Map<String, Object> values =
        new java.util.HashMap<>(
            Map.of(
                "id",
                "E380D1D0-1FA6-460B-9A90-1A5C6B02414C",
                "name",
                "Sales O'Neil",
                "type",
                type,
                "state",
                state,
                "isReadOnly",
                false,
                "size",
                12,
                "modified",
                Instant.parse("2024-05-01T10:00:00Z"),
                "users",
                users));
    return values::get;
  }

  static ODataRecord user(String right) {
    return Map.<String, Object>of("identifier", "ada@contoso.com", "groupUserAccessRight", right)
        ::get;
  }

  static boolean eval(String filter, ODataRecord r) {
    return Filter.parse(filter, GROUP).test(r);
  }

  @Test
  void typeEq_personalGroup_selectsOnlyPersonalGroups() {
    ODataRecord personal = group("PersonalGroup", "Active", List.of(user("Admin")));
    ODataRecord shared = group("Workspace", "Active", List.of(user("Admin")));

    assertThat(eval("type eq 'PersonalGroup'", personal)).isTrue();
    assertThat(eval("type eq 'PersonalGroup'", shared)).isFalse();
    assertThat(eval("type ne 'PersonalGroup'", personal)).isFalse();
    assertThat(eval("type ne 'PersonalGroup'", shared)).isTrue();
  }

  @Test
  void documentedDeletedFilter_matchesDeletedState() {
    assertThat(eval("state eq 'Deleted'", group("Workspace", "Deleted", List.of()))).isTrue();
    assertThat(eval("state eq 'Deleted'", group("Workspace", "Active", List.of()))).isFalse();
  }

  @Test
  void documentedOrphanedFilter_matchesWorkspacesWithoutAdmin() {
    String orphaned =
        "(not users/any()) or (not users/any(u: u/groupUserAccessRight eq "
            + "Microsoft.PowerBI.ServiceContracts.Api.GroupUserAccessRight'Admin'))";

    assertThat(eval(orphaned, group("Workspace", "Active", List.of()))).isTrue();
    assertThat(
            eval(orphaned, group("Workspace", "Active", List.of(user("Member"), user("Viewer")))))
        .isTrue();
    assertThat(eval(orphaned, group("Workspace", "Active", List.of(user("Member"), user("Admin")))))
        .isFalse();
  }

  @Test
  void enumComparison_ignoresCase_freeTextDoesNot() {
    ODataRecord r = group("PersonalGroup", "Active", List.of());

    assertThat(eval("type eq 'personalgroup'", r)).isTrue();
    assertThat(eval("name eq 'sales o''neil'", r)).isFalse();
    assertThat(eval("name eq 'Sales O''Neil'", r)).isTrue();
  }

  @Test
  void guidLiteral_comparesCaseInsensitively() {
    assertThat(
            eval(
                "id eq e380d1d0-1fa6-460b-9a90-1a5c6b02414c",
                group("Workspace", "Active", List.of())))
        .isTrue();
    assertThat(
            eval(
                "id eq 'e380d1d0-1fa6-460b-9a90-1a5c6b02414c'",
                group("Workspace", "Active", List.of())))
        .isTrue();
  }

  @Test
  void functionsNumbersDatesAndAll_evaluate() {
    ODataRecord r = group("Workspace", "Active", List.of(user("Admin"), user("Member")));

    assertThat(
            eval(
                "contains(name, 'O''Ne') and startswith(tolower(name), 'sales') and endswith(name,"
                    + " 'Neil')",
                r))
        .isTrue();
    assertThat(
            eval(
                "length(name) eq 12 and indexof(name, 'O') eq 6 and substring(name, 6, 2) eq 'O'''",
                r))
        .isTrue();
    assertThat(eval("concat(trim(' a '), toupper('b')) eq 'aB'", r)).isTrue();
    assertThat(eval("size gt 11 and size le 12.0 and not (size lt 0)", r)).isTrue();
    assertThat(eval("modified ge 2024-05-01T00:00:00Z and modified lt '2024-06-01T00:00:00Z'", r))
        .isTrue();
    assertThat(eval("users/all(u: u/groupUserAccessRight ne 'Viewer')", r)).isTrue();
    assertThat(eval("users/all(u: u/groupUserAccessRight eq 'Admin')", r)).isFalse();
    assertThat(eval("isReadOnly eq false and isReadOnly ne null", r)).isTrue();
  }

  @Test
  void propertyNames_matchCaseInsensitively() {
    assertThat(eval("TYPE eq 'Workspace'", group("Workspace", "Active", List.of()))).isTrue();
  }

  @Test
  void unknownProperty_isClearError() {
    assertThatThrownBy(() -> Filter.parse("colour eq 'red'", GROUP))
        .isInstanceOf(ODataException.class)
        .hasMessageContaining("'colour'")
        .hasMessageContaining("known: id, name");
  }

  @Test
  void unsupportedSyntax_isClearError() {
    assertThatThrownBy(() -> Filter.parse("size add 1 eq 2", GROUP))
        .hasMessageContaining("'add' is not supported");
    assertThatThrownBy(() -> Filter.parse("matchesPattern(name, 'x')", GROUP))
        .hasMessageContaining("not supported");
    assertThatThrownBy(() -> Filter.parse("name eq 'open", GROUP))
        .hasMessageContaining("never closed");
    assertThatThrownBy(() -> Filter.parse("(type eq 'x'", GROUP)).hasMessageContaining("')'");
    assertThatThrownBy(() -> Filter.parse("name eq 1", GROUP))
        .hasMessageContaining("cannot compare");
    assertThatThrownBy(() -> Filter.parse("name", GROUP))
        .hasMessageContaining("must be a condition");
    assertThatThrownBy(() -> Filter.parse("users eq 'x'", GROUP))
        .hasMessageContaining("any() or all()");
    assertThatThrownBy(() -> Filter.parse("users/identifier eq 'x'", GROUP))
        .hasMessageContaining("lambda");
    assertThatThrownBy(() -> Filter.parse("", GROUP)).hasMessageContaining("empty");
  }

  @Test
  void deepNesting_failsWithMessageNotStackOverflow() {
    String deep = "(".repeat(5000) + "type eq 'x'" + ")".repeat(5000);
    String nots = "not ".repeat(2000) + "isReadOnly";

    assertThatThrownBy(() -> Filter.parse(deep, GROUP)).isInstanceOf(ODataException.class);
    assertThatThrownBy(() -> Filter.parse(nots, GROUP))
        .isInstanceOf(ODataException.class)
        .hasMessageContaining("deep");
  }

  @Test
  void toString_roundTripsToTheSameCanonicalText() {
    String text =
        "not (type eq 'Personal''s') or users/any(u: u/groupUserAccessRight eq Ns.Right'Admin') and"
            + " size ge 1.5";

    Filter f = Filter.parse(text, GROUP);

    assertThat(Filter.parse(f.toString(), GROUP).toString()).isEqualTo(f.toString());
    assertThat(f.toString()).contains("'Personal''s'");
  }

  @Test
  void numberLiteral_keepsItsValue() {
    assertThat(((Node.Literal) Parser.parse("1.50")).value()).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void numberLiteral_exponentBeyondRange_isAnODataErrorNotACrash() {
    // found by ODataFilterFuzzTest (crash-0ae16ad2…): BigDecimal's NumberFormatException escaped
    assertThatThrownBy(() -> Filter.parse("not (size lt -2.5e3444444444444444444444444)", GROUP))
        .isInstanceOf(ODataException.class)
        .hasMessageContaining("out of range");
  }
}
