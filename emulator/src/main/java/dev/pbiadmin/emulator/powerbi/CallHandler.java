package dev.pbiadmin.emulator.powerbi;

/** The body of one endpoint, run after authentication, authorization and quotas. */
@FunctionalInterface
interface CallHandler {
  void handle(Call call) throws Exception;
}
