package dev.pbiadmin.cli.commands;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.pbiadmin.cli.common.Invocation;
import dev.pbiadmin.cli.output.Progress;
import dev.pbiadmin.client.ListGroupsOptions;
import dev.pbiadmin.client.Page;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.models.AdminGroup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Fetches all workspaces page by page, showing progress on a terminal, and turns them into JSON
 * objects in the contract's field names (null fields and unrequested expansions left out).
 */
final class WorkspaceListing {
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();

  private WorkspaceListing() {}

  static List<ObjectNode> fetch(
      PowerBiAdminClient client, ListGroupsOptions options, Invocation root, PrintWriter err) {
    List<ObjectNode> rows = new ArrayList<>();
    each(client, options, root, err, rows::add);
    return rows;
  }

  /**
   * Hands each workspace to {@code sink} as its page arrives and returns how many there were; only
   * one page (up to 5,000 workspaces) is in memory at a time.
   */
  static long each(
      PowerBiAdminClient client,
      ListGroupsOptions options,
      Invocation root,
      PrintWriter err,
      ItemSink sink) {
    long n = 0;
    try (Progress progress = new Progress(err, root.interactive(), "workspaces fetched")) {
      Iterator<Page<AdminGroup>> pages = client.listGroups(options).streamByPage().iterator();
      while (pages.hasNext()) {
        for (AdminGroup group : pages.next().items()) {
          try {
            sink.accept(JSON.valueToTree(group));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          n++;
        }
        progress.update(n);
      }
    }
    return n;
  }

  /** Where {@link #each} puts the workspaces. */
  interface ItemSink {
    void accept(ObjectNode item) throws IOException;
  }
}
