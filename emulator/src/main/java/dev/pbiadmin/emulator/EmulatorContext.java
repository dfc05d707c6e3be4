package dev.pbiadmin.emulator;
// TEMPORARY local placeholder until the entra branch lands; never committed.
public interface EmulatorContext {}
