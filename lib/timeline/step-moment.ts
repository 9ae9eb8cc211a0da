/** The nearest reported moment strictly before or after `time`, or undefined at either end. */
export function stepMoment(times: readonly number[], time: number | null, direction: 1 | -1): number | undefined {
  if (time === null) return direction === 1 ? times[0] : times[times.length - 1];
  if (direction === 1) return times.find((candidate) => candidate > time);
  for (let index = times.length - 1; index >= 0; index -= 1) if (times[index]! < time) return times[index];
  return undefined;
}
