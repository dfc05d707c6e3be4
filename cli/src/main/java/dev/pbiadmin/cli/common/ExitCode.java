package dev.pbiadmin.cli.common;

/**
 * The process exit codes pbiadmin returns, so scripts can branch on what went wrong. Documented in
 * the README; never renumber one.
 */
public enum ExitCode {
  OK(0, "the command did what was asked"),
  FAILURE(1, "an unexpected failure; rerun with --verbose for details"),
  USAGE(2, "the command line is invalid"),
  AUTHENTICATION_FAILED(
      3, "no token could be acquired: wrong tenant, client id, secret or certificate"),
  NOT_AUTHORIZED(
      4, "the token was refused by Power BI: the tenant setting or security group is missing"),
  THROTTLED(5, "Power BI kept answering 429 Too Many Requests beyond the retry budget"),
  NOT_FOUND_OR_IO(6, "a file, directory or resource was not found or could not be read or written"),
  INCOMPLETE(
      7, "the run ended but some data could not be fetched completely; see the reasons printed"),
  SETTINGS_CHANGED(
      8, "tenant settings changed since the last snapshot, and --fail-on-change was given"),
  SETTINGS_DRIFT(9, "tenant settings differ from the baseline, and --fail-on-drift was given");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
