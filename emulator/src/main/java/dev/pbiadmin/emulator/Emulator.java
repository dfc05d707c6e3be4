package dev.pbiadmin.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SettingStore;
import dev.pbiadmin.emulator.entra.AccessTokenValidator;
import dev.pbiadmin.emulator.entra.EntraModule;
import dev.pbiadmin.emulator.entra.SigningKeys;
import dev.pbiadmin.emulator.fabric.FabricModule;
import dev.pbiadmin.emulator.graph.GraphModule;
import dev.pbiadmin.emulator.http.HttpServer;
import dev.pbiadmin.emulator.manage.ManagementModule;
import dev.pbiadmin.emulator.powerbi.PowerBiModule;
import dev.pbiadmin.emulator.powerbi.PowerBiState;
import dev.pbiadmin.emulator.spi.EmulatorConfig;
import dev.pbiadmin.emulator.spi.EmulatorContext;
import dev.pbiadmin.emulator.spi.EmulatorModule;
import dev.pbiadmin.emulator.store.Database;
import dev.pbiadmin.emulator.throttle.SignInLimiter;
import dev.pbiadmin.emulator.tls.LocalCertificateAuthority;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulated cloud (Entra ID token service, Power BI service, Fabric admin API, minimal Graph) on
 * one HTTPS server on 127.0.0.1. Embeddable like WireMock: {@code try (Emulator e =
 * Emulator.builder().build().start()) {...}}; port 0 and a temporary data directory by default.
 * Thread-safe once started.
 */
public final class Emulator implements AutoCloseable {
  /** Name of the public interface file written to the data directory. */
  public static final String INFO_FILE = "emulator.json";

  private static final Logger log = LoggerFactory.getLogger(Emulator.class);
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final EmulatorConfig config;
  private final List<EmulatorModule> extraModules;
  private final boolean deleteDataDirOnClose;
  private final boolean throttling;
  private final int activityPageSize;
  private final int activityEventsPerDay;
  private final int fabricPageSize;
  private final int signInBurst;
  private final Duration signInRefill;
  private PowerBiState powerBi;
  private Database database;
  private Javalin server;
  private EmulatorContext context;
  private AccessTokenValidator tokenValidator;
  private LocalCertificateAuthority ca;
  private EmulatorInfo info;
  private DemoCredentials demo;

  private Emulator(
      EmulatorConfig config,
      List<EmulatorModule> extraModules,
      boolean deleteDataDirOnClose,
      boolean throttling,
      int activityPageSize,
      int activityEventsPerDay,
      int fabricPageSize,
      int signInBurst,
      Duration signInRefill) {
    this.config = config;
    this.extraModules = List.copyOf(extraModules);
    this.deleteDataDirOnClose = deleteDataDirOnClose;
    this.throttling = throttling;
    this.activityPageSize = activityPageSize;
    this.activityEventsPerDay = activityEventsPerDay;
    this.fabricPageSize = fabricPageSize;
    this.signInBurst = signInBurst;
    this.signInRefill = signInRefill;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds and starts in one step. */
  public static Emulator start(Builder builder) {
    return builder.build().start();
  }

  /**
   * The services the emulator serves, in registration order. Every module registers its routes on
   * the one server; add a new service here.
   */
  private List<EmulatorModule> modules(SigningKeys keys, AccessTokenValidator tokens) {
    List<EmulatorModule> modules = new ArrayList<>();
    modules.add(new EntraModule(keys));
    modules.add(
        new GraphModule(tokens)); // before Power BI, whose /v1.0/* catch-all would shadow it
    modules.add(new PowerBiModule(powerBi, tokens));
    modules.add(
        new FabricModule(
            powerBi, fabricPageSize, tokens)); // after Power BI, whose content it lists
    modules.add(new ManagementModule(powerBi));
    modules.add(new dev.pbiadmin.emulator.portal.PortalModule());
    modules.addAll(extraModules);
    return modules;
  }

  /** Opens the data directory, seeds it if fresh, and starts serving. Returns {@code this}. */
  public synchronized Emulator start() {
    if (server != null) {
      throw new IllegalStateException("the emulator is already started");
    }
    try {
      ScaledClock clock = ScaledClock.system(config.timeScale());
      powerBi = new PowerBiState(clock, throttling, activityPageSize, activityEventsPerDay);
      database = Database.open(config.dataDir());
      TenantBootstrap.Result tenant = TenantBootstrap.open(database, clock, config);
      demo = tenant.demo();
      String managementKey =
          database.settingOrCreate("emulator.managementKey", TenantBootstrap::newKey);
      ca = LocalCertificateAuthority.ensure(config.dataDir(), Clock.systemUTC().instant());
      SigningKeys keys = SigningKeys.loadOrCreate(database, Clock.systemUTC().instant());
      Directory directory = tenant.directory();
      tokenValidator = new AccessTokenValidator(keys, directory, clock);
      context =
          new EmulatorContext(
              config,
              clock,
              directory,
              new SettingStore(directory, config.propagationDelay(), clock),
              database,
              config.dataDir().toAbsolutePath(),
              managementKey,
              new SignInLimiter(Clock.systemUTC(), signInBurst, signInRefill));
      server =
          config.http()
              ? HttpServer.create(config.port(), null, null)
              : HttpServer.create(config.port(), ca.serverKeyStore(), ca.keyStorePassword());
      for (EmulatorModule module : modules(keys, tokenValidator)) {
        module.register(server, context);
      }
      server.start();
      URI baseUrl =
          URI.create(
              (config.http() ? "http" : "https") + "://127.0.0.1:" + HttpServer.boundPort(server));
      context.bind(baseUrl);
      info =
          new EmulatorInfo(
              baseUrl.toString(),
              baseUrl + "/",
              baseUrl.toString(),
              baseUrl.toString(),
              baseUrl.toString(),
              ca.caFile().toString(),
              directory.tenantId(),
              directory.domains().get(0),
              baseUrl + "/" + directory.tenantId() + "/oauth2/v2.0/token",
              managementKey,
              ProcessHandle.current().pid(),
              config.timeScale(),
              demo);
      writeInfo(config.dataDir().resolve(INFO_FILE), info);
      log.info("emulator serving {} for tenant {}", baseUrl, directory.tenantId());
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  static void writeInfo(Path file, EmulatorInfo info) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writeValue(tmp.toFile(), info);
      try {
        Files.setPosixFilePermissions(
            tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not POSIX
      }
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop();
      server = null;
    }
    if (database != null) {
      database.close();
      database = null;
    }
    if (deleteDataDirOnClose) {
      deleteRecursively(config.dataDir());
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not delete the temporary data directory {}", dir);
    }
  }

  private EmulatorContext started() {
    if (context == null || info == null) {
      throw new IllegalStateException("the emulator is not started; call start() first");
    }
    return context;
  }

  /** Root of the server, e.g. {@code https://127.0.0.1:5443}. */
  public URI baseUrl() {
    return started().baseUrl();
  }

  /** Authority host for MSAL/azure-identity; the authority is this plus the tenant id. */
  public URI authorityHost() {
    return URI.create(baseUrl() + "/");
  }

  /** Where clients send {@code /v1.0/myorg/...}, like {@code https://api.powerbi.com}. */
  public URI powerBiApiUrl() {
    return baseUrl();
  }

  /** Where the Fabric admin API is served, like {@code https://api.fabric.microsoft.com}. */
  public URI fabricApiUrl() {
    return baseUrl();
  }

  /** Where the minimal Microsoft Graph is served, like {@code https://graph.microsoft.com}. */
  public URI graphUrl() {
    return baseUrl();
  }

  /**
   * How many times faster than real time the emulated clock runs (emulator.json's {@code
   * timeScale}).
   */
  public double timeScale() {
    return config.timeScale();
  }

  public Path caCertificate() {
    started();
    return ca.caFile();
  }

  /** An SSL context trusting the emulator's CA, for Java clients. */
  public SSLContext sslContext() {
    started();
    return ca.clientSslContext();
  }

  public String tenantId() {
    return started().directory().tenantId();
  }

  public String managementKey() {
    return started().managementKey();
  }

  /** The Power BI service's runtime state: quotas, fault injection, request log, content. */
  public PowerBiState powerBi() {
    started();
    return powerBi;
  }

  /** Demo credentials, present when the data directory holds the demo tenant. */
  public Optional<DemoCredentials> demo() {
    started();
    return Optional.ofNullable(demo);
  }

  /** Validates bearer tokens as the Power BI service does. */
  public AccessTokenValidator tokenValidator() {
    started();
    return tokenValidator;
  }

  public ScaledClock clock() {
    return started().clock();
  }

  public Directory directory() {
    return started().directory();
  }

  public Path dataDir() {
    return config.dataDir();
  }

  public EmulatorConfig config() {
    return config;
  }

  /** What {@code emulator.json} says. */
  public EmulatorInfo info() {
    started();
    return info;
  }

  /** Configures an {@link Emulator}; every setting has a default. */
  public static final class Builder {
    private int port = 0;
    private Path dataDir;
    private Path tenantFile;
    private boolean http;
    private double timeScale = 1.0;
    private Duration tokenLifetime = EmulatorConfig.DEFAULT_TOKEN_LIFETIME;
    private int demoWorkspaces = 50;
    private long seed = 42;
    private Duration propagationDelay = Duration.ZERO;
    private final List<EmulatorModule> modules = new ArrayList<>();
    private boolean throttling = true;
    private int activityPageSize = 5_000;
    private int activityEventsPerDay = PowerBiState.AUTO_EVENTS_PER_DAY;
    private int fabricPageSize = FabricModule.DEFAULT_PAGE_SIZE;
    private int signInBurst = SignInLimiter.DEFAULT_BURST;
    private Duration signInRefill = SignInLimiter.DEFAULT_REFILL;

    private Builder() {}

    /** Port on 127.0.0.1; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Data directory; by default a temporary one deleted on {@link #close()}. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    /** YAML tenant file to seed a fresh data directory with; ignored for a seeded one. */
    public Builder tenantFile(Path tenantFile) {
      this.tenantFile = tenantFile;
      return this;
    }

    /** Serve plain HTTP instead of HTTPS. */
    public Builder http(boolean http) {
      this.http = http;
      return this;
    }

    public Builder timeScale(double timeScale) {
      this.timeScale = timeScale;
      return this;
    }

    public Builder tokenLifetime(Duration tokenLifetime) {
      this.tokenLifetime = tokenLifetime;
      return this;
    }

    public Builder demoWorkspaces(int demoWorkspaces) {
      this.demoWorkspaces = demoWorkspaces;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder propagationDelay(Duration propagationDelay) {
      this.propagationDelay = propagationDelay;
      return this;
    }

    /** Whether Power BI's request quotas apply (default true); off for benchmarks. */
    public Builder throttling(boolean throttling) {
      this.throttling = throttling;
      return this;
    }

    /**
     * Events per GetActivityEvents page (default 5,000; the real service sends 5,000 to 10,000).
     */
    public Builder activityPageSize(int activityPageSize) {
      if (activityPageSize < 1) {
        throw new IllegalArgumentException(
            "activityPageSize must be at least 1, got " + activityPageSize);
      }
      this.activityPageSize = activityPageSize;
      return this;
    }

    /**
     * Audit events per full UTC day (0 to 50,000,000); by default two per workspace, at least
     * 2,000. Events are computed page by page from (seed, day, index), never held in memory.
     */
    public Builder activityEventsPerDay(int activityEventsPerDay) {
      if (activityEventsPerDay < 0 || activityEventsPerDay > 50_000_000) {
        throw new IllegalArgumentException(
            "activityEventsPerDay must be between 0 and 50,000,000, got " + activityEventsPerDay);
      }
      this.activityEventsPerDay = activityEventsPerDay;
      return this;
    }

    /**
     * Records per page of the Fabric admin API's paged lists (default 10,000, the real service's
     * maximum).
     */
    public Builder fabricPageSize(int fabricPageSize) {
      if (fabricPageSize < 1) {
        throw new IllegalArgumentException(
            "fabricPageSize must be at least 1, got " + fabricPageSize);
      }
      this.fabricPageSize = fabricPageSize;
      return this;
    }

    /** Adds a module after the built-in ones, e.g. a test double of a downstream service. */
    public Builder module(EmulatorModule module) {
      this.modules.add(module);
      return this;
    }

    /**
     * Wrong management keys allowed per client address at once, and how often one more is allowed
     * after that (portal sign-in and management API together); default 10, then one every 6 s.
     */
    public Builder signInLimit(int burst, Duration refill) {
      new SignInLimiter(Clock.systemUTC(), burst, refill); // validates
      this.signInBurst = burst;
      this.signInRefill = refill;
      return this;
    }

    public Emulator build() {
      if (tenantFile != null && !Files.isRegularFile(tenantFile)) {
        throw new IllegalArgumentException("tenant file " + tenantFile + " does not exist");
      }
      boolean temporary = dataDir == null;
      Path dir = dataDir;
      if (temporary) {
        try {
          dir = Files.createTempDirectory("pbiadmin-emulator-");
        } catch (IOException e) {
          throw new IllegalStateException("cannot create a temporary data directory", e);
        }
      }
      EmulatorConfig config =
          new EmulatorConfig(
              port,
              dir.toAbsolutePath(),
              tenantFile,
              http,
              timeScale,
              tokenLifetime,
              demoWorkspaces,
              seed,
              propagationDelay);
      return new Emulator(
          config,
          modules,
          temporary,
          throttling,
          activityPageSize,
          activityEventsPerDay,
          fabricPageSize,
          signInBurst,
          signInRefill);
    }
  }
}
