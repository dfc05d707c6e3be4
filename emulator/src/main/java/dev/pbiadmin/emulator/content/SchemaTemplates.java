package dev.pbiadmin.emulator.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed pool of dataset schemas (tables, columns, measures, M expressions, RLS roles). Generated
 * datasets reference a template instead of owning a copy, which keeps 100,000 workspaces in a few
 * hundred megabytes. Import templates have calculated columns (about one table in three) and a
 * calculated {@code Calendar} table; Direct Lake templates have neither (Direct Lake does not
 * support calculated columns), no M and tables in storage mode {@code DirectLake}.
 */
final class SchemaTemplates {
  private static final String[][] COLUMN_TYPES = {
    {"Id", "Int64"}, {"Name", "String"}, {"Date", "DateTime"}, {"Amount", "Double"},
    {"Quantity", "Int64"}, {"Region", "String"}, {"Category", "String"}, {"IsActive", "Boolean"},
    {"Price", "Decimal"}, {"Owner", "String"}, {"Status", "String"}, {"Code", "String"}
  };
  private static final String[] TABLES = {
    "Sales",
    "Customers",
    "Products",
    "Date",
    "Orders",
    "Employees",
    "Accounts",
    "Budget",
    "Stores",
    "Targets",
    "Tickets",
    "Invoices",
    "Calendar"
  };

  /**
   * One template: the schema parts a dataset shares (immutable, so datasets share the lists
   * themselves).
   */
  record Template(
      List<Dataset.Table> tables, List<Dataset.Expression> expressions, List<Dataset.Role> roles) {
    Template {
      tables = List.copyOf(tables);
      expressions = List.copyOf(expressions);
      roles = List.copyOf(roles);
    }
  }

  private final List<Template> templates = new ArrayList<>();
  private final List<Template> directLake = new ArrayList<>();

  SchemaTemplates(Randoms r, int count) {
    for (int t = 0; t < count; t++) {
      templates.add(build(r, t));
    }
    for (int t = 0; t < Math.max(1, count / 6); t++) {
      directLake.add(buildDirectLake(r, t));
    }
  }

  Template pick(Randoms r) {
    return templates.get(r.skewed(templates.size()));
  }

  Template pickDirectLake(Randoms r) {
    return directLake.get(r.nextInt(directLake.size()));
  }

  private static Template buildDirectLake(Randoms r, int t) {
    List<Dataset.Table> tables = new ArrayList<>();
    int tableCount = r.between(1, 6);
    for (int i = 0; i < tableCount; i++) {
      String table = TABLES[(t + i) % TABLES.length].toLowerCase(java.util.Locale.ROOT);
      List<Dataset.Column> columns = new ArrayList<>();
      int columnCount = r.between(2, 10);
      for (int c = 0; c < columnCount; c++) {
        String[] col = COLUMN_TYPES[(c + i) % COLUMN_TYPES.length];
        columns.add(
            new Dataset.Column(
                table + "_" + col[0].toLowerCase(java.util.Locale.ROOT),
                col[1],
                false,
                null,
                "Data",
                null));
      }
      List<Dataset.Measure> measures =
          i == 0
              ? List.of(
                  new Dataset.Measure("Rows", "COUNTROWS('" + table + "')", "#,0", null, false))
              : List.of();
      tables.add(new Dataset.Table(table, null, false, columns, measures, null, "DirectLake"));
    }
    return new Template(tables, List.of(), List.of());
  }

  private static Template build(Randoms r, int t) {
    String server = "sql-" + (t % 7) + ".database.windows.net";
    List<Dataset.Expression> expressions = new ArrayList<>();
    expressions.add(
        new Dataset.Expression(
            "Server",
            "\"" + server + "\" meta [IsParameterQuery=true, Type=\"Text\"]",
            "Source server"));
    List<Dataset.Table> tables = new ArrayList<>();
    int tableCount = r.between(1, 8);
    for (int i = 0; i < tableCount; i++) {
      String table = TABLES[(t + i) % TABLES.length];
      List<Dataset.Column> columns = new ArrayList<>();
      int columnCount = r.between(2, 12);
      for (int c = 0; c < columnCount; c++) {
        String[] col = COLUMN_TYPES[(c + i) % COLUMN_TYPES.length];
        columns.add(
            new Dataset.Column(
                table + col[0],
                col[1],
                c == 0 && r.chance(0.5),
                "Double".equals(col[1]) ? "#,0.00" : null,
                table.equals("Calendar") ? "CalculatedTableColumn" : "Data",
                null));
      }
      if (!table.equals("Calendar") && r.chance(0.35)) {
        String from = columns.get(0).name();
        columns.add(
            new Dataset.Column(
                table + "Flag",
                "Int64",
                false,
                null,
                "Calculated",
                "IF(ISBLANK('" + table + "'[" + from + "]), 0, 1)"));
      }
      List<Dataset.Measure> measures = new ArrayList<>();
      int measureCount = r.between(0, 4);
      for (int m = 0; m < measureCount; m++) {
        String target = columns.get(Math.min(columns.size() - 1, 1 + m)).name();
        String fn = m % 2 == 0 ? "SUM" : "DISTINCTCOUNT";
        measures.add(
            new Dataset.Measure(
                "Total " + target + (m > 1 ? " " + m : ""),
                fn + "('" + table + "'[" + target + "])",
                m % 2 == 0 ? "#,0" : null,
                m == 0 ? "Headline figure" : null,
                false));
      }
      String source =
          table.equals("Calendar")
              ? "CALENDARAUTO()"
              : "let\n    Source = Sql.Database(Server, \"DW"
                  + t
                  + "\"),\n    Data = Source{[Schema=\"dbo\",Item=\""
                  + table
                  + "\"]}[Data]\nin\n    Data";
      tables.add(
          new Dataset.Table(
              table,
              i == 0 ? "Fact table" : null,
              table.equals("Date") && r.chance(0.5),
              columns,
              measures,
              source,
              null));
    }
    List<Dataset.Role> roles = new ArrayList<>();
    if (r.chance(0.2)) {
      String table = tables.get(0).name();
      roles.add(
          new Dataset.Role(
              "Regional readers",
              "Read",
              List.of(
                  new Dataset.RoleMember(
                      "readers-" + t + "@" + "rls", r.guid(), "Group", "AzureAD")),
              List.of(
                  new Dataset.TablePermission(
                      table, "[" + table + "Region] = USERPRINCIPALNAME()"))));
    }
    return new Template(tables, expressions, roles);
  }
}
