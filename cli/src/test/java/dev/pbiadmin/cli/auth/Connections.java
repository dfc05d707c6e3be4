package dev.pbiadmin.cli.auth;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Resolves connection settings from command-line words, as every command does, for tests. */
public final class Connections {
  private Connections() {}

  @Command
  static final class Holder {
    @Mixin AuthOptions auth;
  }

  /**
   * The settings {@code args} (AuthOptions' options only), {@code env} and {@code stdin} resolve
   * to.
   */
  public static ConnectionSettings resolveWithStdin(
      Map<String, String> env, String stdin, String... args) {
    Holder holder = new Holder();
    // A later option wins, so a test can override one of a shared base.
    new CommandLine(holder).setOverwrittenOptionsAllowed(true).parseArgs(args);
    return holder.auth.settings(
        env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
  }

  public static ConnectionSettings resolve(Map<String, String> env, String... args) {
    return resolveWithStdin(env, "", args);
  }

  @Command
  static final class AdminHolder {
    @Mixin AuthOptions auth;
    @Mixin AdminAuthOptions admin;
  }

  /**
   * The admin identity ({@code --as-admin} and the {@code --admin-} options) that {@code args}
   * resolve to, over their shared options ({@code --emulator}, {@code --tenant} …), as the doctor
   * resolves it.
   */
  public static Optional<ConnectionSettings> resolveAdmin(Map<String, String> env, String... args) {
    AdminHolder holder = new AdminHolder();
    new CommandLine(holder).setOverwrittenOptionsAllowed(true).parseArgs(args);
    return holder.admin.settings(holder.auth, env);
  }
}
