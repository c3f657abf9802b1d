import { systemClock, type Clock } from "../time/clock";

export type RateLimit = { max: number; windowMinutes: number };
export type RateLimitDecision = { allowed: boolean; retryAfterSeconds: number };

/**
 * At most `max` requests per key (a client address) in any window of `windowMinutes`, counted
 * exactly (a log of the allowed requests per key, at most `max` long). In memory, per process:
 * a restart forgets the counts, several processes count separately.
 */
export class SlidingWindowRateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly windowMs: number;

  /**
   * @param limit the policy's `ipRateLimit`
   * @param clock where `hit` takes "now" from when not given one
   * @param maxKeys how many keys to keep before forgetting the oldest (bounds memory under a flood of addresses)
   */
  constructor(
    private readonly limit: RateLimit,
    private readonly clock: Clock = systemClock,
    private readonly maxKeys = 10_000,
  ) {
    this.windowMs = limit.windowMinutes * 60_000;
  }

  /** Counts one request for `key`; a refused request is not counted. */
  hit(key: string, now: number = this.clock.now()): RateLimitDecision {
    const recent = this.recent(key, now);
    if (recent.length >= this.limit.max) {
      this.hits.set(key, recent);
      const retryAfterMs = Math.min(...recent) + this.windowMs - now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    }
    this.hits.delete(key); // re-inserted last: the Map's order is then least recently used first
    this.hits.set(key, [...recent, now]);
    if (this.hits.size > this.maxKeys) this.sweep(now);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** Forgets a key (e.g. after an administrator lifts a block). */
  reset(key: string): void {
    this.hits.delete(key);
  }

  /** Drops keys with no request in the window, then the least recently used beyond `maxKeys`. */
  sweep(now: number = this.clock.now()): void {
    for (const key of [...this.hits.keys()]) if (this.recent(key, now).length === 0) this.hits.delete(key);
    for (const key of this.hits.keys()) {
      if (this.hits.size <= this.maxKeys) break;
      this.hits.delete(key);
    }
  }

  /** How many keys are tracked (tests, monitoring). */
  get size(): number {
    return this.hits.size;
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }
}
