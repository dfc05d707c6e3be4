package dev.pbiadmin.emulator.content;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The generator's one source of randomness; the same seed yields the same sequence, always. */
final class Randoms {
  private final SplittableRandom random;

  Randoms(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A version-4-shaped GUID drawn from the sequence. */
  String guid() {
    long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Uniform in [from, to] inclusive. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  double nextDouble() {
    return random.nextDouble();
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  <T> T pick(T[] array) {
    return array[random.nextInt(array.length)];
  }

  /** Index in [0, n) skewed to small values: a few items are picked very often (Zipf-like). */
  int skewed(int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u * u));
  }

  /** A long-tailed size: usually 0..typicalMax, with a heavy Pareto tail capped at {@code cap}. */
  int longTail(int typicalMax, double tailChance, int cap) {
    if (random.nextDouble() < tailChance) {
      double pareto = typicalMax / Math.pow(1 - random.nextDouble(), 1 / 1.2);
      return (int) Math.min(cap, pareto);
    }
    return random.nextInt(typicalMax + 1);
  }

  /**
   * {@code t} with a new sub-second part of 0 to 7 decimal digits (100 ns ticks), as the service's
   * timestamps have: mostly all seven, often milliseconds, sometimes fewer.
   */
  Instant stamp(Instant t) {
    double u = random.nextDouble();
    int digits = u < 0.5 ? 7 : u < 0.8 ? 3 : random.nextInt(8);
    long unit = (long) Math.pow(10, 7 - digits);
    long ticks = random.nextLong(10_000_000) / unit * unit;
    return t.with(java.time.temporal.ChronoField.NANO_OF_SECOND, ticks * 100);
  }

  /** An instant uniformly within {@code window} before {@code end}, to the millisecond. */
  Instant before(Instant end, Duration window) {
    return end.minusMillis((long) (random.nextDouble() * window.toMillis()));
  }
}
