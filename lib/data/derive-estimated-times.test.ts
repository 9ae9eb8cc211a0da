import { describe, expect, it } from "vitest";
import { deriveEstimatedTimes, formatUtc } from "./derive-estimated-times";

const sourced = (utc: string) => ({ utc, approximate: false, estimated: false });
const estimated = (utc: string) => ({ utc, approximate: false, estimated: true });
// Along the equator one degree of longitude is about 111.2 km.
const line = [[0, 0], [1, 0], [3, 0], [4, 0]];
const speeds = { cruise: 700, plausible: 1000 };

describe("deriveEstimatedTimes", () => {
  it("spreads estimates between two sourced times in proportion to distance, to the second", () => {
    const times = deriveEstimatedTimes(line, [sourced("2020-01-01T00:00Z"), estimated("2020-01-01T00:05Z"), estimated("2020-01-01T00:05Z"), sourced("2020-01-01T00:40Z")], speeds);
    expect(times.map((time) => time?.utc)).toEqual(["2020-01-01T00:00Z", "2020-01-01T00:10Z", "2020-01-01T00:30Z", "2020-01-01T00:40Z"]);
  });

  it("moves an estimate after the last sourced time that no aircraft could reach, at cruise speed", () => {
    const times = deriveEstimatedTimes(line.slice(0, 2), [sourced("2020-01-01T00:00Z"), estimated("2020-01-01T00:05Z")], speeds);
    // 111.2 km at 700 km/h is 9 min 32 s.
    expect(times[1]?.utc).toBe("2020-01-01T00:09:32Z");
  });

  it("keeps a flyable estimate outside the sourced times as it is", () => {
    const times = deriveEstimatedTimes(line.slice(0, 2), [estimated("2020-01-01T00:00Z"), sourced("2020-01-01T00:20Z")], speeds);
    expect(times[0]?.utc).toBe("2020-01-01T00:00Z");
  });

  it("leaves vertices without a time without one", () => {
    const times = deriveEstimatedTimes(line.slice(0, 3), [sourced("2020-01-01T00:00Z"), null, sourced("2020-01-01T00:30Z")], speeds);
    expect(times[1]).toBeNull();
  });
});

describe("formatUtc", () => {
  it("leaves off seconds when there are none", () => {
    expect(formatUtc(Date.parse("2020-01-01T00:10:00Z"))).toBe("2020-01-01T00:10Z");
    expect(formatUtc(Date.parse("2020-01-01T00:10:29.6Z"))).toBe("2020-01-01T00:10:30Z");
  });
});
