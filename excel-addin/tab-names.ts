/**
 * Tab names for a write: the SheetDoc's names, with a suffix where a user's tab already has the
 * name (Excel compares sheet names case-insensitively), and unique temporary names for the
 * atomic swap.
 */

const MAX_NAME = 31;

/**
 * Final names for the new tabs: `wanted[i]`, or `wanted[i] (2)`, `(3)`… when a user tab or an
 * earlier new tab already uses the name. Owned tabs being replaced do not block their names.
 * @example finalNames(['Overview'], ['overview']) // ['Overview (2)']
 */
export function finalNames(wanted: readonly string[], userNames: readonly string[]): string[] {
  const taken = new Set(userNames.map((n) => n.toLowerCase()));
  return wanted.map((name) => {
    let candidate = name.slice(0, MAX_NAME);
    for (let k = 2; taken.has(candidate.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      candidate = name.slice(0, MAX_NAME - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Prefix shared by every temporary tab of one write (so a failed write can find its own). */
export function tempPrefix(runId: string): string {
  return `~SR-${runId}-`;
}

/**
 * Temporary names, unique against every existing name.
 * @example tempNames('k3x9', 2, []) // ['~SR-k3x9-1', '~SR-k3x9-2']
 */
export function tempNames(runId: string, count: number, existing: readonly string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const name = `${tempPrefix(runId)}${i}`;
    if (!taken.has(name.toLowerCase())) out.push(name);
  }
  return out;
}

/**
 * A short random id for one write.
 * @example newRunId() // 'k3x9'
 */
export function newRunId(): string {
  return Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
}
