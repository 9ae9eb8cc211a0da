// Main-thread time per frame from a Chromium trace: every top-level task the renderer's main
// thread ran (JavaScript, the map's render, handling the map worker's messages, garbage
// collection, style, layout, paint), summed between consecutive frame marks the page set with
// performance.mark().

type TraceEvent = { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } };

/** Milliseconds of `busy` that fall inside [from, to). `busy` is sorted and disjoint. */
function busyWithin(busy: [number, number][], from: number, to: number): number {
  let total = 0;
  for (const [start, end] of busy) {
    if (end <= from) continue;
    if (start >= to) break;
    total += Math.min(end, to) - Math.max(start, from);
  }
  return total / 1000;
}

/** Top-level tasks not nested inside another top-level task (on one thread they nest, never overlap), sorted by start: disjoint. */
function outermostTasks(events: TraceEvent[]): TraceEvent[] {
  const tasks = events.filter((event) => event.ph === "X" && event.cat.includes("toplevel") && event.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const outermost: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue;
    outermost.push(task);
    end = task.ts + task.dur!;
  }
  return outermost;
}

/** CPU milliseconds of `tasks` between consecutive `boundaries`, each task's thread time split by its wall-clock overlap. */
function cpuPerFrame(tasks: TraceEvent[], boundaries: number[]): number[] {
  const frames = new Array<number>(Math.max(0, boundaries.length - 1)).fill(0);
  for (const task of tasks) {
    if (task.tdur === undefined || task.dur === 0) continue;
    const start = task.ts;
    const end = task.ts + task.dur!;
    for (let index = 0; index < frames.length; index += 1) {
      const overlap = Math.min(end, boundaries[index + 1]!) - Math.max(start, boundaries[index]!);
      if (overlap > 0) frames[index] = frames[index]! + (task.tdur * overlap) / task.dur! / 1000;
    }
  }
  return frames;
}

export type FrameTrace = {
  /** Main-thread busy milliseconds in each frame (wall clock: includes time the thread waited for a CPU). */
  mainThreadMs: number[];
  /**
   * Main-thread CPU milliseconds in each frame (the tasks' thread time). With a software GPU on two
   * cores, rasterising a big trail takes CPU from the main thread: its wall time then grows while
   * its own work does not. Each task's CPU time is shared among frames in proportion to its overlap.
   */
  mainThreadCpuMs: number[];
  /** Busy milliseconds of the page's dedicated workers (the map's tiling), per frame on average. */
  workerMeanMs: number;
};

export function framesFromTrace(trace: Buffer | string, markPrefix: string): FrameTrace {
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  const marks = traceEvents
    .filter((event) => event.name.startsWith(markPrefix) && event.cat.includes("blink.user_timing"))
    .map((event) => ({ index: Number(event.name.slice(markPrefix.length)), ts: event.ts, pid: event.pid }))
    .sort((a, b) => a.index - b.index);
  if (marks.length < 2) throw new Error(`the trace has ${marks.length} "${markPrefix}*" marks; expected one per frame`);
  const { pid } = marks[0]!;
  const threadNames = new Map<number, string>();
  for (const event of traceEvents) {
    if (event.ph === "M" && event.name === "thread_name" && event.pid === pid) threadNames.set(event.tid, event.args?.name ?? "");
  }
  const tasksOn = (tid: number) => outermostTasks(traceEvents.filter((event) => event.pid === pid && event.tid === tid));
  const intervals = (tasks: TraceEvent[]) => tasks.map((task) => [task.ts, task.ts + task.dur!] as [number, number]);
  const threadsNamed = (matches: (name: string) => boolean) => [...threadNames].filter(([, name]) => matches(name)).map(([tid]) => tid);
  const [mainTid] = threadsNamed((name) => name === "CrRendererMain");
  const mainTasks = mainTid === undefined ? [] : tasksOn(mainTid);
  const main = intervals(mainTasks);
  if (main.length === 0) throw new Error("the trace has no top-level tasks on the renderer's main thread (CrRendererMain)");
  const mainThreadMs: number[] = [];
  for (let index = 0; index + 1 < marks.length; index += 1) mainThreadMs.push(busyWithin(main, marks[index]!.ts, marks[index + 1]!.ts));
  const mainThreadCpuMs = cpuPerFrame(mainTasks, marks.map((mark) => mark.ts));
  // Each worker thread separately: they run in parallel.
  const workerMs = threadsNamed((name) => name.startsWith("DedicatedWorker")).reduce((total, tid) => total + busyWithin(intervals(tasksOn(tid)), marks[0]!.ts, marks.at(-1)!.ts), 0);
  return { mainThreadMs, mainThreadCpuMs, workerMeanMs: workerMs / mainThreadMs.length };
}
