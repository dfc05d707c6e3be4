package dev.pbiadmin.cli.auth;

import dev.pbiadmin.cli.CliException;
import dev.pbiadmin.cli.ExitCode;
import dev.pbiadmin.cli.Secrets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a secret from a file, stdin or an environment variable, never from the command line, where
 * it would land in shell history and the process list. Every value read is registered with {@link
 * Secrets} so that it is masked everywhere.
 */
final class SecretSource {
  private final Map<String, String> env;
  private final InputStream in;

  SecretSource(Map<String, String> env, InputStream in) {
    this.env = env;
    this.in = in;
  }

  /** The first that is given: the file, stdin, then the environment variable. */
  Optional<String> read(String what, Path file, boolean stdin, String envName) {
    if (file != null) {
      return Optional.of(fromFile(what, file));
    }
    if (stdin) {
      return Optional.of(fromStdin(what));
    }
    String value = envName == null ? null : env.get(envName);
    return value == null || value.isEmpty()
        ? Optional.empty()
        : Optional.of(Secrets.register(value));
  }

  private String fromFile(String what, Path file) {
    try {
      return nonEmpty(what, Files.readString(file, StandardCharsets.UTF_8).strip(), "file " + file);
    } catch (NoSuchFileException e) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO, "The " + what + " file " + file + " does not exist.");
    } catch (IOException e) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO, "Cannot read the " + what + " file " + file + ".", e);
    }
  }

  private String fromStdin(String what) {
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = reader.readLine();
      return nonEmpty(what, line == null ? "" : line.strip(), "stdin");
    } catch (IOException e) {
      throw new CliException(ExitCode.NOT_FOUND_OR_IO, "Cannot read the " + what + " from stdin.", e);
    }
  }

  private static String nonEmpty(String what, String value, String where) {
    if (value.isEmpty()) {
      throw new CliException(ExitCode.USAGE, "The " + what + " from " + where + " is empty.");
    }
    return Secrets.register(value);
  }
}
