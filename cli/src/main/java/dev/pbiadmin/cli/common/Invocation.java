package dev.pbiadmin.cli.common;

import java.io.InputStream;
import java.util.Map;

/**
 * What a subcommand reads from the top command ({@code @ParentCommand Invocation root}): the
 * process's environment and stdin, injected so tests and embedders can give their own, and the
 * global verbosity. Subcommands depend on this, not on {@code PbiAdmin}, so the root package (which
 * lists every subcommand) and the command packages import each other in no cycle.
 */
public interface Invocation {
  Map<String, String> env();

  InputStream in();

  boolean verbose();

  boolean quiet();

  /** True when stderr may show a progress line: a terminal, not --quiet, not under CI. */
  boolean interactive();
}
