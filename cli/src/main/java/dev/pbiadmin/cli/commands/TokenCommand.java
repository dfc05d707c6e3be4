package dev.pbiadmin.cli.commands;

import com.azure.core.credential.AccessToken;
import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.cli.common.Invocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pbiadmin token}: acquire a token and show what it says about the caller. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description =
        "Acquire a Power BI access token and print its decoded claims (the token itself stays"
            + " hidden).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  AZURE_CLIENT_SECRET=... pbiadmin token --tenant contoso.onmicrosoft.com --client-id"
          + " <app-id>",
      "  pbiadmin token --tenant <tenant> --client-id <app-id> --certificate sp.pem",
      "  pbiadmin token --emulator .pbiadmin/emulator"
    })
public final class TokenCommand implements Runnable {
  @ParentCommand Invocation root;
  @Spec CommandSpec spec;
  @Mixin AuthOptions auth;

  @Option(
      names = "--show-token",
      description = "Also print the raw access token. Treat the output as a secret.")
  boolean showToken;

  @Override
  public void run() {
    Connection connection = auth.connect(root.env(), root.in(), spec.commandLine().getErr());
    AccessToken token = connection.credential().getTokenSync(connection.tokenRequest());
    new TokenReport(spec.commandLine().getOut()).print(connection, token, showToken);
  }
}
