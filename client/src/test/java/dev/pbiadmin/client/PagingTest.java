package dev.pbiadmin.client;

import static dev.pbiadmin.client.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pbiadmin.client.ScriptedServer.Received;
import dev.pbiadmin.client.models.ActivityEvent;
import dev.pbiadmin.client.models.AdminGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest {
  private ScriptedServer server;
  private PowerBiAdminClient client;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    TestTime time = new TestTime();
    client =
        new PowerBiAdminClientBuilder()
            .credential(new FixedTokenCredential("t"))
            .endpoint(server.endpoint())
            .clock(time)
            .sleeper(time)
            .buildClient();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String groups(int from, int count) {
    return IntStream.range(from, from + count)
        .mapToObj(i -> "{\"id\":\"g" + i + "\"}")
        .collect(Collectors.joining(",", "{\"@odata.context\":\"x\",\"value\":[", "]}"));
  }

  @Test
  void listGroups_fullPages_continuesWithSkipUntilShortPage() {
    server
        .then(json(200, groups(0, 3)))
        .then(json(200, groups(3, 3)))
        .then(json(200, groups(6, 1)));

    List<AdminGroup> all =
        client
            .listGroups(
                ListGroupsOptions.defaults().withPageSize(3).withFilter("state eq 'Active'"))
            .stream()
            .toList();

    assertThat(all)
        .extracting(AdminGroup::id)
        .containsExactly("g0", "g1", "g2", "g3", "g4", "g5", "g6");
    assertThat(server.received())
        .extracting(Received::pathAndQuery)
        .containsExactly(
            "/v1.0/myorg/admin/groups?$top=3&$filter=state%20eq%20%27Active%27",
            "/v1.0/myorg/admin/groups?$top=3&$skip=3&$filter=state%20eq%20%27Active%27",
            "/v1.0/myorg/admin/groups?$top=3&$skip=6&$filter=state%20eq%20%27Active%27");
  }

  @Test
  void listGroups_exactMultipleOfTop_stopsOnEmptyPage() {
    server.then(json(200, groups(0, 2))).then(json(200, groups(2, 0)));

    assertThat(client.listGroups(ListGroupsOptions.defaults().withPageSize(2)).stream().count())
        .isEqualTo(2);
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void listGroups_notIterated_sendsNothing() {
    client.listGroups();
    assertThat(server.received()).isEmpty();
  }

  @Test
  void listGroups_pageSizeOutOfRange_rejected() {
    assertThatThrownBy(() -> ListGroupsOptions.defaults().withPageSize(5001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1-5000");
  }

  @Test
  void listActivityEvents_followsDecodedQuotedTokenUntilNull() {
    server
        .then(
            json(
                200,
                "{\"activityEventEntities\":[{\"Id\":\"e1\",\"CreationTime\":\"2019-08-13T07:55:15\",\"Activity\":\"ViewReport\",\"Extra\":42}],"
                    + "\"continuationUri\":\"x\",\"continuationToken\":\"%2BRID%3A244%3D%3D\",\"lastResultSet\":false}"))
        .then(
            json(
                200,
                "{\"activityEventEntities\":[],\"continuationToken\":\"LDIw%3D%3D\",\"lastResultSet\":false}"))
        .then(
            json(
                200,
                "{\"activityEventEntities\":[{\"Id\":\"e2\"}],\"continuationUri\":null,\"continuationToken\":null,\"lastResultSet\":false}"));

    List<ActivityEvent> events =
        client
            .listActivityEvents(
                ActivityEventsRequest.day(LocalDate.of(2019, 8, 13), "Activity eq 'viewreport'"))
            .stream()
            .toList();

    assertThat(events).extracting(ActivityEvent::id).containsExactly("e1", "e2");
    assertThat(events.get(0).creationTime()).isEqualTo(Instant.parse("2019-08-13T07:55:15Z"));
    assertThat(events.get(0).raw().get("Extra").asInt()).isEqualTo(42);
    assertThat(server.received())
        .extracting(Received::pathAndQuery)
        .containsExactly(
            "/v1.0/myorg/admin/activityevents?startDateTime=%272019-08-13T00%3A00%3A00.000Z%27&endDateTime=%272019-08-13T23%3A59%3A59.999Z%27&$filter=Activity%20eq%20%27viewreport%27",
            "/v1.0/myorg/admin/activityevents?continuationToken=%27%2BRID%3A244%3D%3D%27",
            "/v1.0/myorg/admin/activityevents?continuationToken=%27LDIw%3D%3D%27");
  }

  @Test
  void activityEventsRequest_twoUtcDays_rejected() {
    assertThatThrownBy(
            () ->
                new ActivityEventsRequest(
                    Instant.parse("2019-08-13T23:00:00Z"),
                    Instant.parse("2019-08-14T01:00:00Z"),
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same UTC day");
  }

  @Test
  void listWidelySharedLinks_continuationToken_sentQuotedAndStopsOnNull() {
    server
        .then(
            json(
                200,
                "{\"artifactAccessEntities\":[{\"artifactId\":\"a1\",\"shareType\":\"Link\",\"sharer\":{\"displayName\":\"John\"}}],\"continuationToken\":\"LDEsMTAwMDAwLDA%3D\"}"))
        .then(json(200, "{\"artifactAccessEntities\":[{\"artifactId\":\"a2\"}]}"));

    var entries = client.listWidelySharedLinks().stream().toList();

    assertThat(entries).extracting(e -> e.artifactId()).containsExactly("a1", "a2");
    assertThat(entries.get(0).sharer().displayName()).isEqualTo("John");
    assertThat(server.received().get(1).pathAndQuery())
        .isEqualTo(
            "/v1.0/myorg/admin/widelySharedArtifacts/linksSharedToWholeOrganization?continuationToken=%27LDEsMTAwMDAwLDA%3D%27");
  }

  @Test
  void listModifiedWorkspaces_bareArray_read() {
    server.then(json(200, "[{\"id\":\"w1\"},{\"id\":\"w2\"}]"));

    var ids =
        client.listModifiedWorkspaces(
            new ModifiedWorkspacesOptions(Instant.parse("2026-01-01T00:00:00Z"), true, false));

    assertThat(ids).extracting(w -> w.id()).containsExactly("w1", "w2");
    assertThat(server.received().get(0).pathAndQuery())
        .isEqualTo(
            "/v1.0/myorg/admin/workspaces/modified?modifiedSince=2026-01-01T00%3A00%3A00Z&excludePersonalWorkspaces=true");
  }

  @Test
  void streamModifiedWorkspaces_entryThatIsNotAnObject_failsInsteadOfEndingTheListingThere() {
    server.then(json(200, "[{\"id\":\"w1\"},null,{\"id\":\"w2\"}]"));
    List<String> ids = new java.util.ArrayList<>();

    assertThatThrownBy(
            () ->
                client.streamModifiedWorkspaces(
                    new ModifiedWorkspacesOptions(
                        Instant.parse("2026-01-01T00:00:00Z"), true, false),
                    w -> ids.add(w.id())))
        .isInstanceOf(PowerBiException.class)
        .hasMessageContaining("must be an object, found null");
    assertThat(ids).containsExactly("w1");
  }

  @Test
  void streamModifiedWorkspaces_bodyThatIsNotAListing_failsNamingWhatItFound() {
    server.then(json(200, "\"workspaces\""));

    assertThatThrownBy(
            () ->
                client.streamModifiedWorkspaces(
                    new ModifiedWorkspacesOptions(
                        Instant.parse("2026-01-01T00:00:00Z"), true, false),
                    w -> {}))
        .isInstanceOf(PowerBiException.class)
        .hasMessageContaining("expected a JSON array of workspaces, found a string");
  }
}
