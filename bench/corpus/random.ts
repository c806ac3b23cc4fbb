import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * A seeded random source (pure-rand's xoroshiro128+): the same seed always gives the same
 * sequence, on every machine and Node version, which Math.random cannot promise.
 */
export class Random {
  private readonly generator: RandomGenerator;

  /** `parts` are mixed into one 32-bit seed, so each article or pool entry gets its own stream. */
  constructor(...parts: (number | string)[]) {
    this.generator = xoroshiro128plus(mixSeed(parts));
  }

  /** A whole number in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.generator, from, to);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick() needs a non-empty list');
    return item;
  }

  /**
   * An index in [0, size) drawn from a power law: index 0 is the most popular, and the tail is
   * long, as the names in news are (a few people appear everywhere, most rarely).
   */
  popular(size: number, exponent = 3): number {
    const u = (this.int(0, 999_999) + 0.5) / 1_000_000;
    return Math.min(size - 1, Math.floor(size * u ** exponent));
  }
}

/** FNV-1a over the parts' text: a stable 32-bit seed from any list of numbers and strings. */
function mixSeed(parts: readonly (number | string)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
