package dev.pbiadmin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure becomes what the user sees: one redacted sentence on stderr saying
 * what went wrong and what to do, a named exit code, and a stack trace only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
  private final PbiAdmin root;

  ErrorHandler(PbiAdmin root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parsed) {
    Failure failure = Failures.explain(ex);
    PrintWriter err = commandLine.getErr();
    err.println("pbiadmin: " + Secrets.redact(failure.message()));
    if (root.verbose()) {
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      err.print(Secrets.redact(trace.toString()));
    }
    err.flush();
    return failure.exitCode().code();
  }

  int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("pbiadmin: " + Secrets.redact(ex.getMessage()));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println(
          "Run '"
              + commandLine.getCommandSpec().qualifiedName()
              + " --help' to see the options and examples.");
    }
    err.flush();
    return ExitCode.USAGE.code();
  }

  @Override
  public int getExitCode(Throwable exception) {
    return Failures.explain(exception).exitCode().code();
  }
}
