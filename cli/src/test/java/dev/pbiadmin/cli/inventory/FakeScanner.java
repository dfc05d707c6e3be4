package dev.pbiadmin.cli.inventory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pbiadmin.client.PowerBiNotAuthorizedException;
import dev.pbiadmin.client.ScanOptions;
import dev.pbiadmin.client.models.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A scripted stand-in for the service's scanner API in unit tests of the run logic: a tenant of
 * generated workspaces with modification times, scans that succeed after two polls, and a switch
 * that makes a call fail as a lost authorization would (to stop a run midway).
 */
final class FakeScanner implements ScannerApi {
  private static final ObjectMapper M = new ObjectMapper();
  private final Clock clock;
  private final Map<String, Instant> modified = new TreeMap<>();
  private final Map<String, Integer> version = new TreeMap<>();
  private final Map<String, Boolean> personal = new TreeMap<>();
  private final Map<String, Instant> deleted = new TreeMap<>();
  private final Map<String, List<String>> scans = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger results = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  volatile int maxInFlight;
  volatile int failResultsAfter = Integer.MAX_VALUE;
  volatile boolean schema = true;

  /**
   * Adds Fabric items: a lakehouse per workspace that every model reads (the first workspace's, so
   * most relations cross batches), and a CopyJob, a type pbiadmin does not know, with a field it
   * has no column for.
   */
  volatile boolean fabric;

  volatile ScanOptions lastOptions;

  FakeScanner(Clock clock, int workspaces, int personalEvery) {
    this.clock = clock;
    for (int i = 0; i < workspaces; i++) {
      add(String.format("00000000-0000-0000-0000-%012d", i), i % personalEvery == 0);
    }
    modified.replaceAll((id, at) -> at.minus(java.time.Duration.ofDays(1)));
  }

  synchronized void add(String id, boolean isPersonal) {
    modified.put(id, clock.instant());
    version.put(id, 1);
    personal.put(id, isPersonal);
  }

  synchronized void modify(String id) {
    modified.put(id, clock.instant());
    version.merge(id, 1, Integer::sum);
  }

  synchronized void delete(String id) {
    modified.remove(id);
    deleted.put(id, clock.instant());
  }

  int calls() {
    return calls.get();
  }

  @Override
  public void listWorkspaceIds(
      Instant since, boolean excludePersonal, boolean excludeInactive, Consumer<String> sink) {
    listed(since, excludePersonal).forEach(sink);
  }

  private synchronized List<String> listed(Instant since, boolean excludePersonal) {
    calls.incrementAndGet();
    List<String> out = new ArrayList<>();
    modified.forEach(
        (id, at) -> {
          if ((since == null || at.isAfter(since)) && !(excludePersonal && personal.get(id))) {
            out.add(id);
          }
        });
    if (since != null) {
      deleted.forEach(
          (id, at) -> {
            if (at.isAfter(since)) {
              out.add(id);
            }
          });
    }
    return out;
  }

  @Override
  public ScanRequest beginScan(List<String> ids, ScanOptions options) {
    calls.incrementAndGet();
    lastOptions = options;
    int now = inFlight.incrementAndGet();
    maxInFlight = Math.max(maxInFlight, now);
    String id = "scan-" + scans.size() + "-" + ids.get(0);
    scans.put(id, List.copyOf(ids));
    polls.put(id, new AtomicInteger());
    return new ScanRequest(id, clock.instant(), "NotStarted", null);
  }

  @Override
  public ScanRequest scanStatus(String scanId) {
    calls.incrementAndGet();
    boolean done = polls.get(scanId).incrementAndGet() >= 2;
    if (done && polls.get(scanId).get() == 2) {
      inFlight.decrementAndGet();
    }
    return new ScanRequest(scanId, clock.instant(), done ? "Succeeded" : "Running", null);
  }

  @Override
  public Path downloadResult(String scanId) throws IOException {
    calls.incrementAndGet();
    if (results.incrementAndGet() > failResultsAfter) {
      throw PowerBiNotAuthorizedException.powerBi(null, null);
    }
    ObjectNode root = M.createObjectNode();
    ArrayNode ws = root.putArray("workspaces");
    ArrayNode sources = root.putArray("datasourceInstances");
    synchronized (this) {
      for (String id : scans.get(scanId)) {
        ObjectNode w = ws.addObject().put("id", id);
        if (!modified.containsKey(id)) {
          w.put("state", "Deleted");
          continue;
        }
        int v = version.get(id);
        w.put("name", "ws " + id + " v" + v)
            .put("state", "Active")
            .put("type", personal.get(id) ? "PersonalGroup" : "Workspace");
        w.putArray("users")
            .addObject()
            .put("identifier", "admin@contoso.com")
            .put("groupUserAccessRight", "Admin")
            .put("principalType", "User");
        ObjectNode model =
            w.putArray("datasets").addObject().put("id", "m-" + id).put("name", "model v" + v);
        if (schema && lastOptions.datasetSchema()) {
          model
              .putArray("tables")
              .addObject()
              .put("name", "Sales")
              .putArray("columns")
              .addObject()
              .put("name", "Amount")
              .put("dataType", "Double");
        }
        model
            .putArray("datasourceUsages")
            .addObject()
            .put("datasourceInstanceId", "ds-" + (id.hashCode() & 3));
        w.putArray("reports")
            .addObject()
            .put("id", "r-" + id)
            .put("name", "report v" + v)
            .put("datasetId", "m-" + id);
        if (fabric) {
          String lakehouse = "lh-" + modified.keySet().iterator().next();
          model
              .putArray("relations")
              .addObject()
              .put("dependentOnArtifactId", lakehouse)
              .put("relationType", "Association");
          w.putArray("Lakehouse").addObject().put("id", "lh-" + id).put("name", "lake");
          w.putArray("CopyJob")
              .addObject()
              .put("id", "cj-" + id)
              .put("name", "copy")
              .put("futureField", 1);
        }
        sources
            .addObject()
            .put("datasourceId", "ds-" + (id.hashCode() & 3))
            .put("datasourceType", "Sql")
            .putObject("connectionDetails")
            .put("server", "srv");
      }
    }
    Path f = Files.createTempFile("fake-scan-", ".json");
    M.writeValue(f.toFile(), root);
    return f;
  }
}
