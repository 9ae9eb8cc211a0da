export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile (q in 0..1); NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Cumulative CPU jiffies from /proc/stat: busy and total, over all CPUs. */
function cpuTimes(readStat: () => string): { busy: number; total: number } {
  const fields = readStat().split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * Share of all CPUs busy during the next `milliseconds` (0..1), from /proc/stat; null where there
 * is no /proc. Sampled while the benchmark's own browser and servers sit idle, it tells how much
 * other work (a build, tests) is competing with the measurements.
 */
export async function machineBusyShare(milliseconds: number, readStat: () => string): Promise<number | null> {
  try {
    const before = cpuTimes(readStat);
    await new Promise((resolve) => setTimeout(resolve, milliseconds));
    const after = cpuTimes(readStat);
    return after.total > before.total ? (after.busy - before.busy) / (after.total - before.total) : null;
  } catch {
    return null;
  }
}
