package dev.pbiadmin.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlattenerTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void flatten_childArraysAndNestedObjects_oneMainRowPerItemPlusKeyedChildTables()
      throws Exception {
    List<ObjectNode> items =
        List.of(
            (ObjectNode)
                json.readTree(
                    "{\"id\":\"w1\",\"name\":\"A\",\"isReadOnly\":false,\"log\":{\"id\":\"l1\"},"
                        + "\"tags\":[\"x\"],\"users\":[{\"identifier\":\"u1\",\"profile\":{\"id\":\"p1\"}},{\"identifier\":\"u2\"}]}"),
            (ObjectNode)
                json.readTree("{\"id\":\"w2\",\"name\":\"B\",\"capacityId\":\"c\",\"users\":[]}"));

    List<Table> tables =
        new Flattener("id", "workspaceId", Set.of("users")).flatten("workspaces", items);

    Table main = tables.get(0);
    assertThat(main.name()).isEqualTo("workspaces");
    assertThat(main.columns())
        .containsExactly("id", "name", "isReadOnly", "log.id", "tags", "capacityId");
    assertThat(main.rows())
        .containsExactly(
            Arrays.asList("w1", "A", false, "l1", "[\"x\"]", null),
            Arrays.asList("w2", "B", null, null, null, "c"));
    Table users = tables.get(1);
    assertThat(users.name()).isEqualTo("workspaces_users");
    assertThat(users.columns()).containsExactly("workspaceId", "identifier", "profile.id");
    assertThat(users.rows())
        .containsExactly(Arrays.asList("w1", "u1", "p1"), Arrays.asList("w1", "u2", null));
  }
}
