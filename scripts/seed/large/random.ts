import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

/** The archive's only source of chance: the same seed draws the same archive. */
export class Random {
  private readonly rng

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed)
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max)
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]
  }

  /** An item drawn in proportion to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0)
    let at = this.int(0, Math.max(0, Math.ceil(total) - 1))
    for (const item of items) {
      at -= weight(item)
      if (at < 0) return item
    }
    return items[items.length - 1]
  }

  /** `count` different items, in drawn order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items]
    const picked: T[] = []
    while (picked.length < count && pool.length) picked.push(pool.splice(this.int(0, pool.length - 1), 1)[0])
    return picked
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length)
  }

  /** A 24-digit hex ID, the form Payload gives array rows (an ObjectID on MongoDB too). */
  rowID(): string {
    let id = ''
    for (let i = 0; i < 3; i++) id += this.int(0, 0xffffffff).toString(16).padStart(8, '0')
    return id
  }
}
