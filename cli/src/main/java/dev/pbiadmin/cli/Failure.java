package dev.pbiadmin.cli;

/** What the user is told about a failure: one sentence and the exit code. */
record Failure(ExitCode exitCode, String message) {}
