/** Call counting and failure injection shared by every fake Apps Script class. */
export class CallLog {
  readonly counts = new Map<string, number>();
  private failures = new Map<string, { after: number; times: number; message: string }>();

  /** Records a call; throws when a failure was injected for it. */
  hit(name: string): void {
    const n = (this.counts.get(name) ?? 0) + 1;
    this.counts.set(name, n);
    const f = this.failures.get(name);
    if (f && n > f.after && n <= f.after + f.times) throw new Error(f.message);
  }

  /** Makes `name` throw on `times` calls from its (after+1)-th call on. */
  failOn(name: string, after = 0, times = Infinity, message = `Service error: ${name}`): void {
    this.counts.set(name, 0);
    this.failures.set(name, { after, times, message });
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Calls to the Spreadsheet service (what costs a round trip in Apps Script). */
  spreadsheetCalls(): number {
    let n = 0;
    for (const [k, v] of this.counts)
      if (
        /^(Spreadsheet|Sheet|Range|RangeList|EmbeddedChartBuilder|ConditionalFormatRuleBuilder|DeveloperMetadata)/.test(
          k,
        )
      )
        n += v;
    return n;
  }

  reset(): void {
    this.counts.clear();
    this.failures.clear();
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(
      [...this.counts].filter(([, v]) => v > 0).sort(([a], [b]) => a.localeCompare(b)),
    );
  }
}
