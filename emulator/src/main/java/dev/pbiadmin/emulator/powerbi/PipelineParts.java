package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.fault.FaultInjector;
import dev.pbiadmin.emulator.throttle.RateLimiter;

/**
 * What the Power BI and the Fabric request pipelines share, so both APIs see one emulated clock,
 * one authorization rule set, one quota, one fault plan and one request log, as the real service's
 * do.
 */
public record PipelineParts(
    ScaledClock clock,
    Authorizer authorizer,
    RateLimiter limiter,
    FaultInjector faults,
    RequestLog log) {}
