package dev.pbiadmin.emulator.fabric;

/** Serves one operation: returns the 200 body, or throws a {@link FabricException}. */
@FunctionalInterface
interface FabricHandler {
  Object handle(FabricCall call) throws Exception;
}
