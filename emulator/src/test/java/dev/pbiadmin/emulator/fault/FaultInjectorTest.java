package dev.pbiadmin.emulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
  private final FaultInjector injector = new FaultInjector();

  @Test
  void decide_noRules_none() {
    assertThat(injector.decide("Groups_GetGroupsAsAdmin", "/v1.0/myorg/admin/groups"))
        .isEqualTo(new Fault.None(0));
  }

  @Test
  void decide_storm_throttlesExactlyCountRequestsOfThatRoute() {
    injector.configure(List.of(new FaultRule("Groups_GetGroupsAsAdmin", 0, 0, 0, 0, 3, 30)), 1, 0);
    assertThat(injector.decide("Apps_GetAppsAsAdmin", "/v1.0/myorg/admin/apps"))
        .isInstanceOf(Fault.None.class);
    List<Fault> faults =
        IntStream.range(0, 4)
            .mapToObj(i -> injector.decide("Groups_GetGroupsAsAdmin", "/x"))
            .toList();
    assertThat(faults.subList(0, 3)).containsOnly(new Fault.Throttle(0, 30));
    assertThat(faults.get(3)).isInstanceOf(Fault.None.class);
  }

  @Test
  void decide_errorRate_sameSeedSameSequenceAndRoughlyTheRate() {
    injector.configure(List.of(new FaultRule("/v1.0/myorg/admin", 0.25, 500, 0, 0, 0, 0)), 7, 0);
    List<Fault> first =
        IntStream.range(0, 1000)
            .mapToObj(i -> injector.decide("op", "/v1.0/myorg/admin/groups"))
            .toList();
    injector.configure(List.of(new FaultRule("/v1.0/myorg/admin", 0.25, 500, 0, 0, 0, 0)), 7, 0);
    List<Fault> second =
        IntStream.range(0, 1000)
            .mapToObj(i -> injector.decide("op", "/v1.0/myorg/admin/groups"))
            .toList();
    assertThat(second).isEqualTo(first);
    assertThat(first.stream().filter(f -> f instanceof Fault.ServerError).count())
        .isBetween(180L, 320L);
  }

  @Test
  void decide_dropAndLatency_reported() {
    injector.configure(List.of(new FaultRule("*", 0, 503, 25, 1.0, 0, 0)), 1, 0);
    assertThat(injector.decide("any", "/any")).isEqualTo(new Fault.Drop(25));
  }

  @Test
  void faultRule_badValues_rejectedWithMessage() {
    assertThatThrownBy(() -> new FaultRule("*", 1.5, 500, 0, 0, 0, 0))
        .hasMessageContaining("errorRate");
    assertThatThrownBy(() -> new FaultRule("*", 0, 404, 0, 0, 0, 0))
        .hasMessageContaining("500 or 503");
    assertThatThrownBy(() -> new FaultRule(" ", 0, 500, 0, 0, 0, 0)).hasMessageContaining("route");
  }

  @Test
  void failScan_rateOne_alwaysFails() {
    injector.configure(List.of(), 3, 1.0);
    assertThat(injector.failScan()).isTrue();
    injector.clear();
    assertThat(injector.failScan()).isFalse();
  }
}
