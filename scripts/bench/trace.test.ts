import { describe, expect, it } from "vitest";
import { framesFromTrace } from "./trace";

const PID = 7;
const MAIN = 1;
const mark = (index: number, ts: number) => ({ name: `frame-${index}`, cat: "blink.user_timing", ph: "R", ts, pid: PID, tid: MAIN });
const task = (ts: number, dur: number, tdur: number) => ({ name: "RunTask", cat: "disabled-by-default-devtools.timeline,toplevel", ph: "X", ts, dur, tdur, pid: PID, tid: MAIN });
const threadName = { name: "thread_name", cat: "__metadata", ph: "M", ts: 0, pid: PID, tid: MAIN, args: { name: "CrRendererMain" } };

describe("framesFromTrace", () => {
  it("sums wall and CPU time of top-level tasks per frame, splitting a task that spans a frame boundary", () => {
    const trace = JSON.stringify({
      traceEvents: [
        threadName,
        mark(0, 0),
        mark(1, 10_000),
        mark(2, 20_000),
        // Frame 0: 2 ms wall, 1 ms CPU.
        task(1_000, 2_000, 1_000),
        // Nested inside the first: counted once.
        task(1_500, 500, 400),
        // Spans frames 0 and 1 evenly: 4 ms wall, 2 ms CPU, half to each.
        task(8_000, 4_000, 2_000),
      ],
    });
    const frames = framesFromTrace(trace, "frame-");
    expect(frames.mainThreadMs).toEqual([4, 2]);
    expect(frames.mainThreadCpuMs).toEqual([2, 1]);
  });

  it("refuses a trace without frame marks", () => {
    expect(() => framesFromTrace(JSON.stringify({ traceEvents: [threadName, task(0, 1, 1)] }), "frame-")).toThrow(/0 "frame-\*" marks/);
  });
});
