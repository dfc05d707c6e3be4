package dev.pbiadmin.cli.commands;

import dev.pbiadmin.emulator.EmulatorMain;
import dev.pbiadmin.emulator.EmulatorOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pbiadmin emulator}: runs the local Entra ID + Power BI emulator until Ctrl-C. The options
 * are the emulator's own ({@link EmulatorOptions}, also {@link EmulatorMain}'s), declared once; the
 * emulator's main owns the lifecycle (ready line, shutdown hook).
 */
@Command(
    name = "emulator",
    mixinStandardHelpOptions = true,
    description = {
      "Run the local emulator of Entra ID and the Power BI admin APIs over HTTPS on 127.0.0.1 until"
          + " Ctrl-C.",
      "It prints 'pbiadmin emulator ready at <url>' and writes DATA_DIR/emulator.json (URLs, CA,"
          + " demo",
      "service principal) for 'pbiadmin --emulator DATA_DIR' and for scripts."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pbiadmin emulator                                  # https://127.0.0.1:"
          + EmulatorMain.DEFAULT_PORT,
      "  pbiadmin emulator --port 8443 --demo-workspaces 6000 --time-scale 60",
      "  pbiadmin emulator --propagation-delay 15m          # tenant-setting changes apply after 15"
          + " minutes",
      "  pbiadmin token --emulator .pbiadmin/emulator       # in another shell",
      "  curl --cacert .pbiadmin/emulator/ca.pem https://127.0.0.1:"
          + EmulatorMain.DEFAULT_PORT
          + "/<tenant>/v2.0/.well-known/openid-configuration"
    })
public final class EmulatorCommand implements Callable<Integer> {
  @Mixin EmulatorOptions options;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return EmulatorMain.serve(
        options.build(spec), spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
