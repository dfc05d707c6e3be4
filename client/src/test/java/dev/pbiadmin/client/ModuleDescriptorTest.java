package dev.pbiadmin.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path (client/pom.xml says why), so the module descriptor is checked
 * here: what it exports, and that on a real module path Jackson can still bind the records it reads
 * by reflection.
 */
class ModuleDescriptorTest {
  private static final String MODULE = "dev.pbiadmin.client";

  @Test
  void descriptor_exportsOnlyTheClientAndItsModels_andKeepsTheTransportPrivate() throws Exception {
    ModuleDescriptor d = clientModule().descriptor();

    assertThat(d.exports())
        .allMatch(e -> !e.isQualified())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("dev.pbiadmin.client", "dev.pbiadmin.client.models");
    assertThat(d.opens())
        .allMatch(o -> o.targets().equals(Set.of("com.fasterxml.jackson.databind")));
    assertThat(d.packages()).contains("dev.pbiadmin.client.implementation");
  }

  @Test
  void onTheModulePath_jacksonBindsModelsAndTransportEnvelopes() throws Exception {
    ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    Configuration cf =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(MODULE));
    ModuleLayer layer =
        ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader(MODULE);
    Class<?> mapperType = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
    Object mapper = mapperType.getConstructor().newInstance();
    var read = mapperType.getMethod("readValue", String.class, Class.class);

    Object group =
        read.invoke(
            mapper,
            "{\"id\":\"g1\",\"name\":\"Sales\",\"newField\":7}",
            loader.loadClass("dev.pbiadmin.client.models.AdminGroup"));
    Object page =
        read.invoke(
            mapper,
            "{\"@odata.context\":\"c\",\"value\":[{\"id\":\"g1\"}]}",
            loader.loadClass("dev.pbiadmin.client.implementation.ODataList"));

    assertThat(group.getClass().getModule().getName()).isEqualTo(MODULE);
    assertThat(group.toString()).contains("g1", "Sales", "newField");
    assertThat(page.toString()).contains("g1");
  }

  private static ModuleReference clientModule() {
    return ModuleFinder.of(classes()).find(MODULE).orElseThrow();
  }

  private static Path classes() {
    try {
      return Path.of(
          PowerBiAdminClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The library's classes and every class-path jar that is a usable module. */
  private static List<Path> modulePath() {
    List<Path> path = new ArrayList<>(List.of(classes()));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      if (!p.toString().endsWith(".jar")) {
        continue;
      }
      try {
        Map<String, Long> names =
            ModuleFinder.of(p).findAll().stream()
                .collect(Collectors.groupingBy(r -> r.descriptor().name(), Collectors.counting()));
        if (!names.isEmpty() && !names.containsKey(MODULE)) {
          path.add(p);
        }
      } catch (FindException notAModule) {
        // a jar no automatic module name can be derived from is not needed by the client
      }
    }
    return path;
  }
}
