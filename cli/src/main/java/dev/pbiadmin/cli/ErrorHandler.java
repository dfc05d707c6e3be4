package dev.pbiadmin.cli;

import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.auth.PrincipalKind;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.common.Secrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
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
    Failure failure = Failures.explain(ex, principal(commandLine));
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
    err.println("pbiadmin: " + Secrets.redact(choices(ex).orElse(ex.getMessage())));
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
    return Failures.explain(exception, PrincipalKind.EITHER).exitCode().code();
  }

  /**
   * Who signs in, from the command's {@code AuthOptions} mixin; a command without one uses the
   * demo's service principal.
   */
  private static PrincipalKind principal(CommandLine commandLine) {
    for (CommandSpec mixin : commandLine.getCommandSpec().mixins().values()) {
      if (mixin.userObject() instanceof AuthOptions auth) {
        return auth.principalKind();
      }
    }
    return PrincipalKind.SERVICE_PRINCIPAL;
  }

  /**
   * For a value an option with a fixed set of choices (an enum) cannot take, a sentence naming the
   * choices instead of the converter's "No enum constant …"; empty for every other parse error.
   */
  private static Optional<String> choices(ParameterException ex) {
    ArgSpec arg = ex.getArgSpec();
    if (arg == null
        || ex.getValue() == null
        || !(ex.getCause() instanceof IllegalArgumentException)
        || ex.getCause() instanceof CommandLine.TypeConversionException) {
      return Optional.empty();
    }
    Class<?> type = arg.type();
    if (!type.isEnum()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(names::add);
    }
    if (names.isEmpty()) {
      Arrays.stream(type.getEnumConstants()).map(String::valueOf).forEach(names::add);
    }
    String name =
        arg instanceof OptionSpec option
            ? "option '" + option.longestName() + "'"
            : "parameter " + arg.paramLabel();
    return Optional.of(
        "Invalid value for "
            + name
            + ": '"
            + ex.getValue()
            + "'; use one of "
            + String.join(", ", names)
            + ".");
  }
}
