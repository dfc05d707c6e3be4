package dev.pbiadmin.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.client.implementation.Json;
import dev.pbiadmin.client.implementation.ODataList;
import dev.pbiadmin.client.models.AdminDataset;
import dev.pbiadmin.client.models.AdminGroup;
import dev.pbiadmin.client.models.ScanRequest;
import dev.pbiadmin.client.models.UnusedArtifact;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonLeniencyTest {

  private static <T> T read(String json, Class<T> type) throws Exception {
    return Json.MAPPER.readValue(json, type);
  }

  @Test
  void adminDataset_pascalAndCamelCase_bothRead() throws Exception {
    AdminDataset camel =
        read(
            "{\"id\":\"d\",\"createdDate\":\"2019-04-30T21:35:15.867-07:00\",\"isRefreshable\":true,\"contentProviderType\":\"PbixInImportMode\"}",
            AdminDataset.class);
    AdminDataset pascal =
        read(
            "{\"id\":\"d\",\"CreatedDate\":\"2019-04-30T21:35:15.867-07:00\",\"IsRefreshable\":true,\"ContentProviderType\":\"PbixInImportMode\"}",
            AdminDataset.class);

    assertThat(pascal).isEqualTo(camel);
    assertThat(camel.createdDate()).isEqualTo(Instant.parse("2019-05-01T04:35:15.867Z"));
    assertThat(camel.isRefreshable()).isTrue();
  }

  @Test
  void adminGroup_unknownFieldsAndBooleans_readWithoutFailure() throws Exception {
    AdminGroup g =
        read(
            "{\"id\":\"g\",\"isReadOnly\":false,\"isOnDedicatedCapacity\":\"true\",\"brandNewField\":{\"x\":1},\"type\":\"SomethingNew\"}",
            AdminGroup.class);

    assertThat(g.isReadOnly()).isFalse();
    assertThat(g.isOnDedicatedCapacity()).isTrue();
    assertThat(g.type()).isEqualTo("SomethingNew");
  }

  @Test
  void odataList_eitherContextSpelling_read() throws Exception {
    var t = Json.MAPPER.getTypeFactory().constructParametricType(ODataList.class, AdminGroup.class);
    ODataList<AdminGroup> at =
        Json.MAPPER.readValue("{\"@odata.context\":\"a\",\"value\":[{\"id\":\"1\"}]}", t);
    ODataList<AdminGroup> plain =
        Json.MAPPER.readValue("{\"odata.context\":\"b\",\"value\":[{\"id\":\"2\"}]}", t);

    assertThat(at.odataContext()).isEqualTo("a");
    assertThat(plain.odataContext()).isEqualTo("b");
    assertThat(plain.items()).extracting(AdminGroup::id).containsExactly("2");
  }

  @Test
  void numbersAsStrings_andDateForms_read() throws Exception {
    UnusedArtifact u =
        read(
            "{\"artifactId\":\"a\",\"artifactSizeInMB\":\"9\",\"createdDateTime\":\"2020-06-16T08:22:49.14\",\"lastAccessedDateTime\":\"garbage\"}",
            UnusedArtifact.class);
    ScanRequest s =
        read(
            "{\"id\":\"s\",\"createdDateTime\":\"2020-06-15T16:46:28.0487687Z\",\"status\":\"Running\"}",
            ScanRequest.class);

    assertThat(u.artifactSizeInMB()).isEqualTo(9L);
    assertThat(u.createdDateTime()).isEqualTo(Instant.parse("2020-06-16T08:22:49.140Z"));
    assertThat(u.lastAccessedDateTime()).isNull();
    assertThat(s.createdDateTime()).isEqualTo(Instant.parse("2020-06-15T16:46:28.0487687Z"));
    assertThat(s.isTerminal()).isFalse();
  }
}
