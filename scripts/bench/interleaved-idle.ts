import type { Browser } from "@playwright/test";
import { readFileSync } from "node:fs";
import { retryOnce, timeLoad, type LoadTiming } from "./measure";
import { machineBusyShare } from "./stats";

export type InterleavedIdle = { appRuns: LoadTiming[]; referenceRuns: LoadTiming[]; busySamples: (number | null)[] };

/**
 * Section b's timing: `runs` cold loads each of the app and the bare reference, interleaved. Other
 * work on the machine (a build, tests) slows both pages unevenly: how busy it was is recorded just
 * before each pair, while the bench's own browser and servers sit idle. Shared by the whole bench
 * (run.ts) and by `npm run bench:idle` (idle-only.ts).
 */
export async function interleavedIdle(browser: Browser, appUrl: string, referenceUrl: string, runs: number, report: (run: number, app: LoadTiming, reference: LoadTiming, busy: number | null) => void): Promise<InterleavedIdle> {
  const busySamples: (number | null)[] = [];
  const appRuns: LoadTiming[] = [];
  const referenceRuns: LoadTiming[] = [];
  for (let run = 0; run < runs; run += 1) {
    busySamples.push(await machineBusyShare(300, () => readFileSync("/proc/stat", "utf8")));
    // Alternate which goes first, so neither always runs on a warmer machine.
    const order = run % 2 === 0 ? (["app", "reference"] as const) : (["reference", "app"] as const);
    for (const which of order) {
      if (which === "app") appRuns.push(await retryOnce("load of /", () => timeLoad(browser, appUrl)));
      else referenceRuns.push(await retryOnce("load of the reference", () => timeLoad(browser, referenceUrl)));
    }
    report(run + 1, appRuns.at(-1)!, referenceRuns.at(-1)!, busySamples.at(-1)!);
  }
  return { appRuns, referenceRuns, busySamples };
}
