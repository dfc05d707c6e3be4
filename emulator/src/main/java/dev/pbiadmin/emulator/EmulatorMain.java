package dev.pbiadmin.emulator;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The standalone emulator, a picocli command over {@link EmulatorOptions} (the options {@code
 * pbiadmin emulator} shares). Prints one line starting with {@code pbiadmin emulator ready} once it
 * serves, then runs until SIGTERM or Ctrl-C. Exit codes: 2 for bad options, 1 when it cannot start.
 */
@Command(
    name = "EmulatorMain",
    mixinStandardHelpOptions = true,
    description =
        "Run the local emulator of Entra ID, the Power BI admin APIs and a minimal Microsoft Graph"
            + " over HTTPS on 127.0.0.1 until Ctrl-C.")
public final class EmulatorMain implements Callable<Integer> {
  /** Default port of the standalone emulator (embedded use picks a free port). */
  public static final int DEFAULT_PORT = 5443;

  /** Default data directory, relative to the working directory. */
  public static final Path DEFAULT_DATA_DIR = Path.of(".pbiadmin", "emulator");

  @Mixin EmulatorOptions options;
  @Spec CommandSpec spec;

  public static void main(String[] args) {
    int code = new CommandLine(new EmulatorMain()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() {
    return serve(options.build(spec), spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Starts {@code emulator} and serves until the JVM is asked to stop; 1 when it cannot start. */
  public static int serve(Emulator emulator, PrintWriter out, PrintWriter err) {
    try {
      emulator.start();
    } catch (RuntimeException e) {
      err.println("pbiadmin emulator: could not start: " + e.getMessage());
      err.flush();
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                },
                "pbiadmin-emulator-shutdown"));
    printReady(emulator, out);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      emulator.close();
    }
    return 0;
  }

  /**
   * The ready line and what a user needs next. The demo secret is printed on purpose: it is a local
   * demo.
   */
  static void printReady(Emulator emulator, PrintWriter out) {
    EmulatorInfo info = emulator.info();
    out.println(
        "pbiadmin emulator ready at "
            + info.baseUrl()
            + " (tenant "
            + info.tenantId()
            + ", data dir "
            + emulator.dataDir()
            + ")");
    out.println("  authority host: " + info.authorityHost());
    out.println("  CA certificate: " + info.caCert());
    out.println("  emulator.json:  " + emulator.dataDir().resolve(Emulator.INFO_FILE));
    if (!emulator.config().propagationDelay().isZero()) {
      out.println(
          "  tenant-setting changes take effect after " + emulator.config().propagationDelay());
    }
    emulator
        .demo()
        .ifPresent(
            demo -> {
              out.println("  demo client id:     " + demo.clientId());
              out.println("  demo client secret: " + demo.clientSecret());
              if (demo.adminPassword() != null) {
                out.println(
                    "  demo Fabric admin:  "
                        + demo.adminUserPrincipalName()
                        + " / "
                        + demo.adminPassword());
              }
            });
    out.flush();
  }
}
