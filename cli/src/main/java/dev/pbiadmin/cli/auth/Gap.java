package dev.pbiadmin.cli.auth;

import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;

/**
 * Something the connection settings lack or cannot use: a missing tenant, an empty secret file, an
 * unreadable CA file. Every command stops at the first gap with its sentence and exit code; the
 * doctor lists them all as failed configuration findings, with the same code, sentence and exit
 * code.
 *
 * @param code stable machine-readable name, e.g. {@code MissingTenant} (the doctor's finding code)
 * @param exitCode what a command exits with
 * @param summary a few words for a report line, e.g. "no tenant given"
 * @param message one sentence saying what is wrong and what to do; never holds a secret
 */
public record Gap(String code, ExitCode exitCode, String summary, String message) {

  static Gap usage(String code, String summary, String message) {
    return new Gap(code, ExitCode.USAGE, summary, message);
  }

  /** The failure a command stops with. */
  public CliException exception() {
    return new CliException(exitCode, message);
  }
}
