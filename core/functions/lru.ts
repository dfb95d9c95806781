/**
 * A least-recently-used cache bounded by entry count and by total weight (the table cache weighs
 * an ingested range by its cell count, a proxy for the memory its columns hold). The newest entry
 * always stays, even alone over the weight bound: evicting it would make every formula over one
 * very large range ingest it again.
 */
export class Lru<V> {
  private readonly map = new Map<string, { value: V; weight: number }>();
  private total = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number,
  ) {}

  /**
   * The value under `key`, now the most recently used; undefined when absent.
   * @example new Lru<number>(2, 10).get('a') // undefined
   */
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    // Map keeps insertion order: re-inserting moves the key to the young end
    this.map.delete(key);
    this.map.set(key, e);
    return e.value;
  }

  /**
   * Stores `value` as the most recently used, then evicts the oldest entries past either bound.
   * @example cache.set('a', table, 900_000)
   */
  set(key: string, value: V, weight: number): void {
    const old = this.map.get(key);
    if (old) {
      this.total -= old.weight;
      this.map.delete(key);
    }
    this.map.set(key, { value, weight });
    this.total += weight;
    for (const [k, e] of this.map) {
      if (this.map.size <= 1 || (this.map.size <= this.maxEntries && this.total <= this.maxWeight)) break;
      this.map.delete(k);
      this.total -= e.weight;
    }
  }

  /** Entries held and their total weight. */
  stats(): { entries: number; weight: number } {
    return { entries: this.map.size, weight: this.total };
  }

  /** Drops every entry. */
  clear(): void {
    this.map.clear();
    this.total = 0;
  }
}
