package dev.pbiadmin.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorDescriptorTest {
  @TempDir Path dir;

  @Test
  void read_fullDescriptor_resolvesCaAgainstDirAndRegistersDemoSecret() throws Exception {
    Files.writeString(
        dir.resolve("emulator.json"),
        "{\"baseUrl\":\"https://127.0.0.1:8443\",\"authorityHost\":\"https://127.0.0.1:8443/\","
            + "\"powerBiApiUrl\":\"https://127.0.0.1:8443\",\"caCert\":\"ca.pem\",\"tenantId\":\"tid\","
            + "\"demo\":{\"clientId\":\"cid\",\"clientSecret\":\"demo-secret-value\"},\"future\":1}");

    EmulatorDescriptor descriptor = EmulatorDescriptor.read(dir);

    assertThat(descriptor.caCert()).isEqualTo(dir.resolve("ca.pem"));
    assertThat(descriptor.tenantId()).isEqualTo("tid");
    assertThat(descriptor.demoClientId()).contains("cid");
    assertThat(Secrets.redact("demo-secret-value")).isEqualTo("***");
  }

  @Test
  void read_missingField_namesTheField() throws Exception {
    Files.writeString(
        dir.resolve("emulator.json"),
        "{\"baseUrl\":\"https://127.0.0.1:1\",\"caCert\":\"ca.pem\"}");

    assertThatThrownBy(() -> EmulatorDescriptor.read(dir))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("'tenantId'");
  }
}
