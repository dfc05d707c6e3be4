package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.CliException;
import dev.pbiadmin.cli.ExitCode;
import dev.pbiadmin.cli.Secrets;
import dev.pbiadmin.client.PowerBiCloud;
import dev.pbiadmin.cli.auth.EmulatorDescriptor;
import dev.pbiadmin.cli.auth.TrustedCa;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Reads the shared authentication options (the {@code AuthOptions} mixin, through picocli's model)
 * and the AZURE_* environment into {@link DoctorSettings}. Unlike the other commands the doctor
 * does not stop at a missing piece: it reports it as a failed configuration check.
 */
final class DoctorInputs {
  private final CommandSpec spec;
  private final Map<String, String> env;
  private final InputStream in;
  private final Optional<EmulatorDescriptor> emulator;

  DoctorInputs(CommandSpec spec, Map<String, String> env, InputStream in) {
    this.spec = spec;
    this.env = env;
    this.in = in;
    this.emulator = this.<Path>option("--emulator").map(EmulatorDescriptor::read);
  }

  DoctorSettings.Builder settings() {
    PowerBiCloud cloud = this.<PowerBiCloud>option("--cloud").orElse(PowerBiCloud.PUBLIC);
    DoctorSettings.Builder b = DoctorSettings.builder()
        .tenant(text("--tenant").or(() -> emulator.map(EmulatorDescriptor::tenantId)).or(() -> envText("AZURE_TENANT_ID")).orElse(null))
        .clientId(clientId().orElse(null))
        .authorityHost(URI.create(text("--authority-host")
            .or(() -> emulator.map(EmulatorDescriptor::authorityHost))
            .or(() -> envText("AZURE_AUTHORITY_HOST"))
            .orElse(cloud.authorityHost().toString())))
        .apiEndpoint(URI.create(text("--api-url").or(() -> emulator.map(EmulatorDescriptor::powerBiApiUrl)).orElse(cloud.endpoint().toString())))
        .resource(cloud.resource());
    Optional<Path> certificate = this.<Path>option("--certificate")
        .or(() -> emulator.isPresent() ? Optional.empty() : envText("AZURE_CLIENT_CERTIFICATE_PATH").map(Path::of));
    if (certificate.isPresent()) {
      b.certificate(certificate.get());
      secret(this.<Path>option("--certificate-password-file").orElse(null), false,
          text("--certificate-password-env").orElse("AZURE_CLIENT_CERTIFICATE_PASSWORD")).ifPresent(b::certificatePassword);
    } else {
      clientSecret().ifPresent(b::clientSecret);
    }
    emulator.ifPresent(e -> b.graphEndpoint(URI.create(e.graphUrl())));
    return b;
  }

  /** An HTTPS client that also trusts the emulator's or --ca-cert's CA, like every other command. */
  HttpClient httpClient() {
    Optional<Path> ca = this.<Path>option("--ca-cert").or(() -> emulator.map(EmulatorDescriptor::caCert));
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER);
    ca.ifPresent(file -> builder.sslContext(TrustedCa.sslContext(file)));
    return builder.build();
  }

  private Optional<String> clientId() {
    return text("--client-id")
        .or(() -> emulator.isPresent() ? emulator.get().demoClientId() : envText("AZURE_CLIENT_ID"));
  }

  private Optional<String> clientSecret() {
    Optional<Path> file = option("--client-secret-file");
    boolean stdin = this.<Boolean>option("--client-secret-stdin").orElse(false);
    Optional<String> envName = text("--client-secret-env");
    if (emulator.isPresent() && text("--client-id").isEmpty() && file.isEmpty() && !stdin && envName.isEmpty()) {
      return emulator.get().demoClientSecret();
    }
    return secret(file.orElse(null), stdin, envName.orElse("AZURE_CLIENT_SECRET"));
  }

  private Optional<String> secret(Path file, boolean stdin, String envName) {
    try {
      if (file != null) {
        return Optional.of(Secrets.register(Files.readString(file, StandardCharsets.UTF_8).strip()));
      }
      if (stdin) {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return Optional.ofNullable(line).map(String::strip).filter(s -> !s.isEmpty()).map(Secrets::register);
      }
    } catch (IOException e) {
      throw new CliException(ExitCode.NOT_FOUND_OR_IO, "Cannot read the secret from " + (file != null ? file : "stdin") + ".", e);
    }
    return envText(envName).map(Secrets::register);
  }

  private Optional<String> text(String name) {
    return this.<Object>option(name).map(Object::toString).filter(s -> !s.isBlank());
  }

  private Optional<String> envText(String name) {
    return Optional.ofNullable(env.get(name)).filter(s -> !s.isBlank());
  }

  @SuppressWarnings("unchecked")
  private <T> Optional<T> option(String name) {
    OptionSpec option = spec.findOption(name);
    return option == null ? Optional.empty() : Optional.ofNullable((T) option.getValue());
  }
}
