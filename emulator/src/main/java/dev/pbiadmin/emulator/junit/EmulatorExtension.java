package dev.pbiadmin.emulator.junit;

import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.spi.EmulatorModule;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one emulator per test class and closes it after the class: {@code @RegisterExtension
 * static EmulatorExtension emulator = EmulatorExtension.builder().build();} (then {@code
 * emulator.get()}), or {@code @ExtendWith(EmulatorExtension.class)} with an {@link Emulator}
 * parameter.
 */
public final class EmulatorExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {
  private final Emulator.Builder builder;
  private Emulator emulator;

  /** Default configuration: demo tenant, HTTPS, free port, temporary data directory. */
  public EmulatorExtension() {
    this(Emulator.builder());
  }

  private EmulatorExtension(Emulator.Builder builder) {
    this.builder = builder;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The running emulator. */
  public Emulator get() {
    if (emulator == null) {
      throw new IllegalStateException("the emulator starts before the first test of the class");
    }
    return emulator;
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    if (emulator == null) {
      emulator = builder.build().start();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    beforeAll(context);
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (emulator != null) {
      emulator.close();
      emulator = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Emulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    beforeAll(context);
    return emulator;
  }

  /** Configures the emulator the extension starts; mirrors {@link Emulator.Builder}. */
  public static final class Builder {
    private final Emulator.Builder emulator = Emulator.builder();

    private Builder() {}

    public Builder dataDir(Path dataDir) {
      emulator.dataDir(dataDir);
      return this;
    }

    public Builder tenantFile(Path tenantFile) {
      emulator.tenantFile(tenantFile);
      return this;
    }

    public Builder http(boolean http) {
      emulator.http(http);
      return this;
    }

    public Builder timeScale(double timeScale) {
      emulator.timeScale(timeScale);
      return this;
    }

    public Builder tokenLifetime(Duration tokenLifetime) {
      emulator.tokenLifetime(tokenLifetime);
      return this;
    }

    public Builder demoWorkspaces(int demoWorkspaces) {
      emulator.demoWorkspaces(demoWorkspaces);
      return this;
    }

    public Builder seed(long seed) {
      emulator.seed(seed);
      return this;
    }

    public Builder propagationDelay(Duration delay) {
      emulator.propagationDelay(delay);
      return this;
    }

    public Builder throttling(boolean throttling) {
      emulator.throttling(throttling);
      return this;
    }

    public Builder activityPageSize(int activityPageSize) {
      emulator.activityPageSize(activityPageSize);
      return this;
    }

    public Builder fabricPageSize(int fabricPageSize) {
      emulator.fabricPageSize(fabricPageSize);
      return this;
    }

    /** See {@link Emulator.Builder#signInLimit}. */
    public Builder signInLimit(int burst, Duration refill) {
      emulator.signInLimit(burst, refill);
      return this;
    }

    public Builder module(EmulatorModule module) {
      emulator.module(module);
      return this;
    }

    public EmulatorExtension build() {
      return new EmulatorExtension(emulator);
    }
  }
}
