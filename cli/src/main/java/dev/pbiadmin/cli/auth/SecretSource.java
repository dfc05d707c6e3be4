package dev.pbiadmin.cli.auth;

import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.common.Secrets;
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
import java.util.function.Consumer;

/**
 * Reads a secret from a file, stdin or an environment variable, never from the command line, where
 * it would land in shell history and the process list. Every value read is registered with {@link
 * Secrets} so that it is masked everywhere. A file's or stdin's line ending is removed; so is
 * whitespace around a client secret from a variable (Entra ID's generated secrets never hold any,
 * so it can only be a stray newline), with a notice, since nothing else would show it. A password
 * from a variable is taken as it is: a user's password may end in a space.
 */
final class SecretSource {
  private final Map<String, String> env;
  private final InputStream in;
  private final Consumer<Notice> notices;

  SecretSource(Map<String, String> env, InputStream in, Consumer<Notice> notices) {
    this.env = env;
    this.in = in;
    this.notices = notices;
  }

  /** The first that is given: the file, stdin, then the environment variable (taken as it is). */
  Optional<String> read(String what, Path file, boolean stdin, String envName) {
    return read(what, file, stdin, envName, false);
  }

  /** Like {@link #read}, but a variable's value loses surrounding whitespace, with a notice. */
  Optional<String> readTrimmed(String what, Path file, boolean stdin, String envName) {
    return read(what, file, stdin, envName, true);
  }

  private Optional<String> read(
      String what, Path file, boolean stdin, String envName, boolean trimEnv) {
    if (file != null) {
      return Optional.of(fromFile(what, file));
    }
    if (stdin) {
      return Optional.of(fromStdin(what));
    }
    String value = envName == null ? null : env.get(envName);
    if (value == null || value.isEmpty() || (trimEnv && value.isBlank())) {
      return Optional.empty();
    }
    if (trimEnv && !value.strip().equals(value)) {
      value = value.strip();
      notices.accept(
          new Notice(
              "SecretWhitespaceTrimmed",
              true,
              envName
                  + " has whitespace around the "
                  + what
                  + " (often a trailing newline); pbiadmin removed it,"
                  + " since Entra ID's "
                  + what
                  + "s hold none."));
    }
    return Optional.of(Secrets.register(value));
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
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO, "Cannot read the " + what + " from stdin.", e);
    }
  }

  private static String nonEmpty(String what, String value, String where) {
    if (value.isEmpty()) {
      throw new CliException(ExitCode.USAGE, "The " + what + " from " + where + " is empty.");
    }
    return Secrets.register(value);
  }
}
