package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.Emulator;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Child process of {@link ContentPersistenceIT}: starts an emulator on the given data directory and
 * creates workspaces through the management API over HTTPS, printing each acknowledged one, until
 * it is killed.
 */
public final class ContentCrashWriter {
  private ContentCrashWriter() {}

  public static void main(String[] args) {
    Emulator emulator =
        Emulator.builder().dataDir(Path.of(args[0])).demoWorkspaces(5).build().start();
    EmulatorHttp http = new EmulatorHttp(emulator);
    System.out.println("started");
    System.out.flush();
    for (int i = 0; i < 10_000; i++) {
      String id = UUID.randomUUID().toString();
      http.manage("PUT", "/emulator/workspaces/" + id, Map.of("name", "crash-" + i));
      System.out.println("acknowledged " + id);
      System.out.flush();
    }
  }
}
