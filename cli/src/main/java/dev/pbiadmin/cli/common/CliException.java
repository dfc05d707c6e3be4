package dev.pbiadmin.cli.common;

/**
 * A failure the CLI can explain in one sentence: what went wrong and what to do. The message is
 * shown to the user as it is, so it must never contain a secret.
 */
public class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;

  public CliException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CliException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
