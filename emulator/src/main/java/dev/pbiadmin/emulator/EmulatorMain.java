package dev.pbiadmin.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone emulator: {@code EmulatorMain [--port N] [--data-dir DIR] [--tenant-file FILE]
 * [--http] [--time-scale X] [--token-lifetime SECONDS] [--demo-workspaces N] [--seed N]
 * [--activity-events-per-day N] [--activity-page-size N] [--no-throttling]}. Prints
 * one line starting with {@code pbiadmin emulator ready} once it serves, then runs until SIGTERM or
 * Ctrl-C.
 */
public final class EmulatorMain {
  /** Default port of the standalone emulator (embedded use picks a free port). */
  public static final int DEFAULT_PORT = 5443;

  /** Default data directory, relative to the working directory. */
  public static final Path DEFAULT_DATA_DIR = Path.of(".pbiadmin", "emulator");

  private EmulatorMain() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs until the JVM is asked to stop; returns an exit code (2 for bad arguments, 1 for failure). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Emulator.Builder builder;
    try {
      builder = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("pbiadmin emulator: " + e.getMessage());
      err.println(usage());
      return 2;
    }
    if (builder == null) {
      out.println(usage());
      return 0;
    }
    Emulator emulator;
    try {
      emulator = builder.build().start();
    } catch (RuntimeException e) {
      err.println("pbiadmin emulator: could not start: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      emulator.close();
      stopped.countDown();
    }, "pbiadmin-emulator-shutdown"));
    printReady(emulator, out);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      emulator.close();
    }
    return 0;
  }

  /** The ready line and what a user needs next. The demo secret is printed on purpose: it is a local demo. */
  static void printReady(Emulator emulator, PrintStream out) {
    EmulatorInfo info = emulator.info();
    out.println("pbiadmin emulator ready at " + info.baseUrl() + " (tenant " + info.tenantId() + ", data dir "
        + emulator.dataDir() + ")");
    out.println("  authority host: " + info.authorityHost());
    out.println("  CA certificate: " + info.caCert());
    out.println("  emulator.json:  " + emulator.dataDir().resolve(Emulator.INFO_FILE));
    emulator.demo().ifPresent(demo -> {
      out.println("  demo client id:     " + demo.clientId());
      out.println("  demo client secret: " + demo.clientSecret());
      if (demo.adminPassword() != null) {
        out.println("  demo Fabric admin:  " + demo.adminUserPrincipalName() + " / " + demo.adminPassword());
      }
    });
    out.flush();
  }

  /** Parses the arguments into a builder; {@code null} means help was asked for. */
  static Emulator.Builder parse(String[] args) {
    Emulator.Builder builder = Emulator.builder().port(DEFAULT_PORT).dataDir(DEFAULT_DATA_DIR);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (name) {
        case "-h", "--help" -> {
          return null;
        }
        case "--http" -> builder.http(true);
        case "--no-throttling" -> builder.throttling(false);
        case "--port", "--data-dir", "--tenant-file", "--time-scale", "--token-lifetime", "--demo-workspaces",
            "--seed", "--activity-events-per-day", "--activity-page-size" -> {
          String value = inline;
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(name + " needs a value");
            }
            value = args[++i];
          }
          apply(builder, name, value);
        }
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return builder;
  }

  private static void apply(Emulator.Builder builder, String name, String value) {
    try {
      switch (name) {
        case "--port" -> builder.port(Integer.parseInt(value));
        case "--data-dir" -> builder.dataDir(Path.of(value));
        case "--tenant-file" -> builder.tenantFile(Path.of(value));
        case "--time-scale" -> builder.timeScale(Double.parseDouble(value));
        case "--token-lifetime" -> builder.tokenLifetime(Duration.ofSeconds(Long.parseLong(value)));
        case "--demo-workspaces" -> builder.demoWorkspaces(Integer.parseInt(value));
        case "--seed" -> builder.seed(Long.parseLong(value));
        case "--activity-events-per-day" -> builder.activityEventsPerDay(Integer.parseInt(value));
        case "--activity-page-size" -> builder.activityPageSize(Integer.parseInt(value));
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a number, got '" + value + "'");
    }
  }

  static String usage() {
    return "usage: pbiadmin emulator [--port N] [--data-dir DIR] [--tenant-file FILE] [--http]"
        + " [--time-scale X] [--token-lifetime SECONDS] [--demo-workspaces N] [--seed N]"
        + " [--activity-events-per-day N] [--activity-page-size N] [--no-throttling]";
  }
}
