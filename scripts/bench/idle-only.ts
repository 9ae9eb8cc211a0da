// Only section b of the bench (map idle, the landing page against the bare MapLibre reference,
// interleaved), for checking one change without the whole bench: npx tsx scripts/bench/idle-only.ts [runs]
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { CHROMIUM_ARGS } from "../../playwright.config";
import { referenceData, startHarness } from "./harness";
import { timeLoad } from "./measure";
import { snapshotApp, startNextServer } from "./servers";
import { machineBusyShare, median, round } from "./stats";

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
  const appIdle: number[] = [];
  const referenceIdle: number[] = [];
  const created: number[] = [];
  const referenceCreated: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const busy = await machineBusyShare(300, () => readFileSync("/proc/stat", "utf8"));
    for (const which of run % 2 === 0 ? ["app", "reference"] : ["reference", "app"]) {
      const timing = await timeLoad(browser, which === "app" ? `${app.origin}/` : reference);
      (which === "app" ? appIdle : referenceIdle).push(timing.marks.idleAt ?? Number.NaN);
      (which === "app" ? created : referenceCreated).push(timing.marks.createdAt ?? Number.NaN);
    }
    console.log(`run ${run + 1}: app ${round(appIdle.at(-1)!, 0)} ms, reference ${round(referenceIdle.at(-1)!, 0)} ms (machine busy ${busy === null ? "?" : round(busy * 100, 0)}%)`);
  }
  console.log(`map idle medians: app ${round(median(appIdle), 0)} ms, reference ${round(median(referenceIdle), 0)} ms, ratio ${round(median(appIdle) / median(referenceIdle), 3)} (target ≤ 1.15)`);
  console.log(`map created medians: app ${round(median(created), 0)} ms, reference ${round(median(referenceCreated), 0)} ms`);
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
