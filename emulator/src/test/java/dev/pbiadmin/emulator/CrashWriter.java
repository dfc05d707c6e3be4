package dev.pbiadmin.emulator;

import dev.pbiadmin.emulator.directory.AppRegistration;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Child process of {@link PersistenceIT}: starts an emulator on the given data directory and writes
 * apps in a loop, printing each committed index, until it is killed.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) {
    Emulator emulator = Emulator.builder().dataDir(Path.of(args[0])).build().start();
    System.out.println("started");
    System.out.flush();
    for (int i = 0; i < 100_000; i++) {
      emulator
          .directory()
          .saveApp(
              new AppRegistration(
                  UUID.randomUUID().toString(),
                  UUID.randomUUID().toString(),
                  "crash-" + i,
                  List.of(),
                  List.of(),
                  List.of()));
      System.out.println("committed " + i);
      System.out.flush();
    }
  }
}
