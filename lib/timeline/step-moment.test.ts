import { describe, expect, it } from "vitest";
import { stepMoment } from "./step-moment";

const times = [10, 20, 30];

describe("stepMoment", () => {
  it("goes to the next and previous moment", () => {
    expect(stepMoment(times, 15, 1)).toBe(20);
    expect(stepMoment(times, 20, 1)).toBe(30);
    expect(stepMoment(times, 20, -1)).toBe(10);
  });

  it("stops at the ends", () => {
    expect(stepMoment(times, 30, 1)).toBeUndefined();
    expect(stepMoment(times, 10, -1)).toBeUndefined();
  });

  it("starts from the first or last moment when no time is chosen", () => {
    expect(stepMoment(times, null, 1)).toBe(10);
    expect(stepMoment(times, null, -1)).toBe(30);
  });
});
