package dev.pbiadmin.emulator.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pbiadmin.emulator.store.SecretHasher;
import dev.pbiadmin.emulator.testing.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantFileTest {

  /** The full example in docs/tenant-file.md must load, so the documentation cannot drift. */
  @Test
  void load_documentedExample_resolvesEveryReference(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tenant.yaml");
    Files.writeString(file, documentedExample());
    Files.createDirectories(dir.resolve("certs"));
    TestCertificates cert = TestCertificates.create("reader");
    Files.writeString(dir.resolve("certs/reader.pem"), cert.pem());

    TenantSeed seed = TenantFile.load(file);

    assertThat(seed.tenantId()).isEqualTo("8f2d6c1e-4b7a-4c3e-9a51-2f0e6d7c8b90");
    assertThat(seed.domains()).containsExactly("contoso.onmicrosoft.com", "contoso.com");
    AppRegistration reader = seed.apps().get(0);
    assertThat(reader.clientId()).isEqualTo("0b7e3f55-9d1c-4a8e-b2f4-6c1d9e8a7f30");
    assertThat(reader.secrets()).hasSize(2);
    assertThat(reader.secrets().get(0).hash()).doesNotContain("s3cr3t");
    assertThat(SecretHasher.matches(reader.secrets().get(0).hash(), "s3cr3t~value-from-the-portal"))
        .isTrue();
    assertThat(reader.certificates())
        .singleElement()
        .satisfies(
            c -> assertThat(c.notAfter()).isEqualTo(cert.certificate().getNotAfter().toInstant()));
    assertThat(reader.permissions())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.resource()).isEqualTo(ApiPermission.POWER_BI_RESOURCE);
              assertThat(p.isApplication()).isFalse();
            });
    // the content: section (docs/tenant-file.md, "Power BI content") resolves every reference too
    var content =
        dev.pbiadmin.emulator.content.TenantFileContent.parse(
                TenantFile.contentJson(file).orElseThrow())
            .toContentSet(
                java.time.Instant.parse("2026-11-27T00:00:00Z"), "contoso.onmicrosoft.com");
    assertThat(content.workspaces()).extracting(w -> w.name()).containsExactly("Finance", "Sales");
    assertThat(content.workspaces().get(0).datasets())
        .extracting(d -> d.name())
        .containsExactly("Ledger", "Ledger lake model");
    assertThat(content.workspaces().get(0).fabricItems())
        .extracting(f -> f.key())
        .containsExactly("Lakehouse", "SQLAnalyticsEndpoint", "Notebook", "CopyJob", "GraphQLApi");
    assertThat(content.workspaces().get(0).fabricItems())
        .filteredOn(f -> !f.inScanResult())
        .extracting(f -> f.name())
        .containsExactly("Orders API");
    assertThat(content.workspaces().get(0).reports())
        .filteredOn(r -> r.appId() != null)
        .singleElement()
        .satisfies(r -> assertThat(r.name()).isEqualTo("Ledger overview"));
    assertThat(content.capacities())
        .singleElement()
        .satisfies(c -> assertThat(c.displayName()).isEqualTo("Finance F64"));
    AppRegistration legacy = seed.apps().get(1);
    assertThat(legacy.permissions().get(0).isApplication()).isTrue();
    assertThat(legacy.permissions().get(1).resource()).isEqualTo("https://graph.microsoft.com");
    SecurityGroup readers = seed.groups().get(0);
    SecurityGroup nested = seed.groups().get(1);
    assertThat(readers.members())
        .containsExactly(
            new SecurityGroup.Member("ServicePrincipal", reader.servicePrincipalId()),
            new SecurityGroup.Member("Group", nested.id()));
    assertThat(nested.members())
        .contains(new SecurityGroup.Member("User", seed.users().get(1).objectId()));
    TenantSetting readOnly = seed.settings().get(0);
    assertThat(readOnly.settingName()).isEqualTo(TenantSetting.READ_ONLY_ADMIN_APIS);
    assertThat(readOnly.title()).isEqualTo("Service principals can access read-only admin APIs");
    assertThat(readOnly.enabledSecurityGroups()).containsExactly(readers.id());
    assertThat(readOnly.excludedSecurityGroups()).containsExactly(seed.groups().get(2).id());
    assertThat(seed.users().get(0).fabricAdministrator()).isTrue();
  }

  /**
   * Fuzzing finding (TenantFileFuzzTest): an empty list key or list entry was a
   * NullPointerException.
   */
  @Test
  void load_listKeyLeftEmptyOrEmptyListEntry_tenantFileExceptionNamingIt(@TempDir Path dir)
      throws Exception {
    Path emptyDomains = dir.resolve("a.yaml");
    Files.writeString(emptyDomains, "tenant:\n  domains:\napps:\nusers: ~\n");
    assertThatThrownBy(() -> TenantFile.load(emptyDomains))
        .isInstanceOf(TenantFile.TenantFileException.class)
        .hasMessageContaining("tenant.domains");

    Path emptyEntry = dir.resolve("b.yaml");
    Files.writeString(emptyEntry, "tenant: {domains: [x.onmicrosoft.com]}\napps:\n  -\n");
    assertThatThrownBy(() -> TenantFile.load(emptyEntry))
        .isInstanceOf(TenantFile.TenantFileException.class)
        .hasMessageContaining("apps");
  }

  @Test
  void load_keyWithADefaultLeftEmpty_keepsTheDefault(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.yaml");
    Files.writeString(
        file,
        """
        tenant: {domains: [x.onmicrosoft.com]}
        apps:
          - name: a
            permissions:
              - {resource: ~, name: Tenant.Read.All, type: ~}
        groups:
          - name: g
            type: NULL
        """);
    TenantSeed seed = TenantFile.load(file);
    assertThat(seed.groups().get(0).groupType()).isEqualTo("Security");
    ApiPermission p = seed.apps().get(0).permissions().get(0);
    assertThat(p.resource()).isEqualTo(ApiPermission.POWER_BI_RESOURCE);
    assertThat(p.type()).isEqualTo("Application");
  }

  @Test
  void load_memberLeftEmpty_tenantFileExceptionNamingIt(@TempDir Path dir) throws Exception {
    Path member = dir.resolve("m.yaml");
    Files.writeString(
        member,
        """
        tenant: {domains: [x.onmicrosoft.com]}
        groups:
          - name: g
            members:
              - app:
        """);
    assertThatThrownBy(() -> TenantFile.load(member))
        .isInstanceOf(TenantFile.TenantFileException.class)
        .hasMessageContaining("members");
  }

  @Test
  void load_memberNamingUnknownApp_reportsEntryPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.yaml");
    Files.writeString(
        file,
        """
        tenant: {domains: [x.onmicrosoft.com]}
        groups:
          - name: g
            members:
              - app: nobody
        """);
    assertThatThrownBy(() -> TenantFile.load(file))
        .isInstanceOf(TenantFile.TenantFileException.class)
        .hasMessageContaining("groups[0].members[0]")
        .hasMessageContaining("no app named 'nobody'");
  }

  @Test
  void load_misspelledKey_isAnError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.yaml");
    Files.writeString(
        file, "tenant: {domains: [x.onmicrosoft.com]}\napps:\n  - name: a\n    secret: oops\n");
    assertThatThrownBy(() -> TenantFile.load(file))
        .isInstanceOf(TenantFile.TenantFileException.class)
        .hasMessageContaining("secret");
  }

  @Test
  void load_badExpiry_namesTheField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.yaml");
    Files.writeString(
        file,
        "tenant: {domains: [x.onmicrosoft.com]}\napps:\n  - name: a\n    secrets:\n"
            + "      - {value: v, expiresAt: tomorrow}\n");
    assertThatThrownBy(() -> TenantFile.load(file))
        .hasMessageContaining("apps[0].secrets[0].expiresAt");
  }

  static String documentedExample() throws Exception {
    Path docs =
        Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("tenant-file.md");
    Matcher m =
        Pattern.compile("## Full example\\s+```yaml\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(docs));
    assertThat(m.find()).as("docs/tenant-file.md has a yaml example").isTrue();
    return m.group(1);
  }
}
