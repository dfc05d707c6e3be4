package dev.pbiadmin.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.Secrets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretSourceTest {
  @TempDir Path dir;
  private final List<Notice> notices = new ArrayList<>();

  @Test
  void read_file_strippedAndRegistered() throws Exception {
    Path file = Files.writeString(dir.resolve("secret.txt"), "from-file-secret\n");

    String secret = source(Map.of(), "").read("client secret", file, false, "UNUSED").orElseThrow();

    assertThat(secret).isEqualTo("from-file-secret");
    assertThat(Secrets.redact("x from-file-secret")).isEqualTo("x ***");
  }

  @Test
  void read_stdin_firstLine() {
    String secret =
        source(Map.of(), "from-stdin-secret\nrest\n")
            .read("client secret", null, true, "X")
            .orElseThrow();

    assertThat(secret).isEqualTo("from-stdin-secret");
  }

  @Test
  void read_envVariable_whenNoFileOrStdin() {
    assertThat(
            source(Map.of("MY_SECRET", "from-env-secret"), "").read("s", null, false, "MY_SECRET"))
        .contains("from-env-secret");
    assertThat(source(Map.of(), "").read("s", null, false, "MY_SECRET")).isEmpty();
  }

  @Test
  void readTrimmed_envValueWithTrailingNewline_strippedWithANotice() {
    String secret =
        source(Map.of("AZURE_CLIENT_SECRET", " env-secret-value\n"), "")
            .readTrimmed("client secret", null, false, "AZURE_CLIENT_SECRET")
            .orElseThrow();

    assertThat(secret).isEqualTo("env-secret-value");
    assertThat(notices)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.code()).isEqualTo("SecretWhitespaceTrimmed");
              assertThat(n.message())
                  .contains("AZURE_CLIENT_SECRET")
                  .doesNotContain("env-secret-value");
            });
  }

  @Test
  void read_passwordEndingInASpace_keptAsGiven() {
    assertThat(
            source(Map.of("PBIADMIN_PASSWORD", "pass word "), "")
                .read("password", null, false, "PBIADMIN_PASSWORD"))
        .contains("pass word ");
    assertThat(notices).isEmpty();
  }

  @Test
  void read_emptyStdin_usageErrorNamingTheSource() {
    assertThatThrownBy(() -> source(Map.of(), "").read("client secret", null, true, "X"))
        .isInstanceOf(CliException.class)
        .hasMessage("The client secret from stdin is empty.");
  }

  @Test
  void read_missingFile_notFoundErrorNamingTheFile() {
    assertThatThrownBy(
            () -> source(Map.of(), "").read("client secret", dir.resolve("nope"), false, "X"))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("does not exist");
  }

  private SecretSource source(Map<String, String> env, String stdin) {
    return new SecretSource(
        env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), notices::add);
  }
}
