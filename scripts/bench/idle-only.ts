// Only section b of the bench (map idle, the landing page against the bare MapLibre reference,
// interleaved), for checking one change without the whole bench: npm run bench:idle -- [runs]
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config";
import { referenceData, startHarness } from "./harness";
import { interleavedIdle } from "./interleaved-idle";
import { timeLoad, type LoadTiming } from "./measure";
import { snapshotApp, startNextServer } from "./servers";
import { median, round } from "./stats";

const runs = Number(process.argv[2] ?? 8);

async function main() {
  const snapshot = snapshotApp(process.cwd());
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS] });
  const app = await startNextServer(snapshot.directory);
  const harness = await startHarness(snapshot.directory, referenceData(snapshot.directory));
  try {
    const first = await timeLoad(browser, `${app.origin}/`);
    const reference = `${harness.origin}/reference.html?w=${first.mapSize.width}&h=${first.mapSize.height}&obstacle=${first.mapSize.obstacleHeight}`;
    await timeLoad(browser, reference);
    const { appRuns, referenceRuns } = await interleavedIdle(browser, `${app.origin}/`, reference, runs, (run, appRun, referenceRun, busy) =>
      console.log(`run ${run}: app ${round(appRun.marks.idleAt ?? Number.NaN, 0)} ms, reference ${round(referenceRun.marks.idleAt ?? Number.NaN, 0)} ms (machine busy ${busy === null ? "?" : round(busy * 100, 0)}%)`),
    );
    const medianOf = (timings: LoadTiming[], pick: (timing: LoadTiming) => number | null) => median(timings.map((timing) => pick(timing) ?? Number.NaN));
    const appIdle = medianOf(appRuns, (timing) => timing.marks.idleAt);
    const referenceIdle = medianOf(referenceRuns, (timing) => timing.marks.idleAt);
    console.log(`map idle medians: app ${round(appIdle, 0)} ms, reference ${round(referenceIdle, 0)} ms, ratio ${round(appIdle / referenceIdle, 3)} (target ≤ 1.15)`);
    console.log(`map created medians: app ${round(medianOf(appRuns, (timing) => timing.marks.createdAt), 0)} ms, reference ${round(medianOf(referenceRuns, (timing) => timing.marks.createdAt), 0)} ms`);
  } finally {
    await browser.close();
    await app.stop();
    await harness.stop();
    snapshot.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
