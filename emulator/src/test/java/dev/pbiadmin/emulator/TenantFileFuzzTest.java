package dev.pbiadmin.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pbiadmin.emulator.directory.TenantFile;
import dev.pbiadmin.emulator.directory.TenantSeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Coverage-guided fuzzing of tenant-file loading (Jazzer), the way a first start reads it: the
 * directory part ({@link TenantFile#load}) and the {@code content:} section checked by {@link
 * TenantBootstrap#checkedContent}. Any bytes end in a {@link TenantFile.TenantFileException} naming
 * the problem, or in a seed whose references all resolve.
 */
class TenantFileFuzzTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static Path file;

  private static synchronized Path file() throws IOException {
    if (file == null) {
      Path dir = Files.createTempDirectory("pbiadmin-fuzz-tenant");
      dir.toFile().deleteOnExit();
      file = dir.resolve("tenant.yaml");
      file.toFile().deleteOnExit();
    }
    return file;
  }

  @FuzzTest
  void load_anyBytes_seedOrTenantFileExceptionNamingTheProblem(byte[] yaml) throws IOException {
    Path f = file();
    Files.write(f, yaml);
    TenantSeed seed;
    try {
      seed = TenantFile.load(f);
      TenantBootstrap.checkedContent(f, seed.domains().get(0), CLOCK);
    } catch (TenantFile.TenantFileException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(seed.tenantId()).isNotBlank();
    assertThat(seed.domains()).isNotEmpty().doesNotContainNull();
    seed.groups().forEach(g -> g.members().forEach(m -> assertThat(m.id()).isNotBlank()));
    seed.settings().forEach(s -> assertThat(s.settingName()).isNotBlank());
  }
}
