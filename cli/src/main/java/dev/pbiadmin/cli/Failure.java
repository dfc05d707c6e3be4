package dev.pbiadmin.cli;

import dev.pbiadmin.cli.common.ExitCode;

/** What the user is told about a failure: one sentence and the exit code. */
record Failure(ExitCode exitCode, String message) {}
