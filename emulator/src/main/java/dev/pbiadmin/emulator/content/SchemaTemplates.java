package dev.pbiadmin.emulator.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed pool of dataset schemas (tables, columns, measures, M expressions, RLS roles). Generated
 * datasets reference a template instead of owning a copy, which keeps 100,000 workspaces in a few
 * hundred megabytes.
 */
final class SchemaTemplates {
  private static final String[][] COLUMN_TYPES = {
    {"Id", "Int64"}, {"Name", "String"}, {"Date", "DateTime"}, {"Amount", "Double"},
    {"Quantity", "Int64"}, {"Region", "String"}, {"Category", "String"}, {"IsActive", "Boolean"},
    {"Price", "Decimal"}, {"Owner", "String"}, {"Status", "String"}, {"Code", "String"}
  };
  private static final String[] TABLES = {"Sales", "Customers", "Products", "Date", "Orders",
      "Employees", "Accounts", "Budget", "Stores", "Targets", "Tickets", "Invoices", "Calendar"};

  /** One template: the schema parts a dataset shares. */
  record Template(
      List<Dataset.Table> tables, List<Dataset.Expression> expressions, List<Dataset.Role> roles) {}

  private final List<Template> templates = new ArrayList<>();

  SchemaTemplates(Randoms r, int count) {
    for (int t = 0; t < count; t++) {
      templates.add(build(r, t));
    }
  }

  Template pick(Randoms r) {
    return templates.get(r.skewed(templates.size()));
  }

  private static Template build(Randoms r, int t) {
    String server = "sql-" + (t % 7) + ".database.windows.net";
    List<Dataset.Expression> expressions = new ArrayList<>();
    expressions.add(new Dataset.Expression("Server", "\"" + server + "\" meta [IsParameterQuery=true, Type=\"Text\"]", "Source server"));
    List<Dataset.Table> tables = new ArrayList<>();
    int tableCount = r.between(1, 8);
    for (int i = 0; i < tableCount; i++) {
      String table = TABLES[(t + i) % TABLES.length];
      List<Dataset.Column> columns = new ArrayList<>();
      int columnCount = r.between(2, 12);
      for (int c = 0; c < columnCount; c++) {
        String[] col = COLUMN_TYPES[(c + i) % COLUMN_TYPES.length];
        columns.add(new Dataset.Column(table + col[0], col[1], c == 0 && r.chance(0.5),
            "Double".equals(col[1]) ? "#,0.00" : null));
      }
      List<Dataset.Measure> measures = new ArrayList<>();
      int measureCount = r.between(0, 4);
      for (int m = 0; m < measureCount; m++) {
        String target = columns.get(Math.min(columns.size() - 1, 1 + m)).name();
        String fn = m % 2 == 0 ? "SUM" : "DISTINCTCOUNT";
        measures.add(new Dataset.Measure("Total " + target + (m > 1 ? " " + m : ""),
            fn + "('" + table + "'[" + target + "])", m % 2 == 0 ? "#,0" : null,
            m == 0 ? "Headline figure" : null, false));
      }
      String source = "let\n    Source = Sql.Database(Server, \"DW" + t + "\"),\n    Data = Source{[Schema=\"dbo\",Item=\""
          + table + "\"]}[Data]\nin\n    Data";
      tables.add(new Dataset.Table(table, i == 0 ? "Fact table" : null, table.equals("Date") && r.chance(0.5),
          columns, measures, source));
    }
    List<Dataset.Role> roles = new ArrayList<>();
    if (r.chance(0.2)) {
      String table = tables.get(0).name();
      roles.add(new Dataset.Role("Regional readers", "Read",
          List.of(new Dataset.RoleMember("readers-" + t + "@" + "rls", null, "Group", "AzureAD")),
          List.of(new Dataset.TablePermission(table, "[" + table + "Region] = USERPRINCIPALNAME()"))));
    }
    return new Template(tables, expressions, roles);
  }
}
