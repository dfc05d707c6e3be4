package dev.pbiadmin.cli.commands;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pbiadmin completion}: prints a bash/zsh completion script for every command and option.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a bash/zsh completion script for pbiadmin.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(pbiadmin completion)                     # this shell",
      "  pbiadmin completion > ~/.local/share/bash-completion/completions/pbiadmin"
    })
public final class CompletionCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().print(AutoComplete.bash("pbiadmin", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
  }
}
