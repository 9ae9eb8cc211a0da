// Lighthouse 12.2.3 (pinned: version 13 needs Node 22) on the landing page as an outside yardstick,
// with its default mobile preset (simulated slow 4G, 4× CPU slowdown). Twice: with WebGL disabled,
// so the software renderer does not dominate the figures (targets: LCP ≤ 2.5 s, TBT ≤ 200 ms), and
// with the map drawn by SwiftShader (reported only). Reports, never asserts; not part of the tests.
// Run against a running production server:
//   npx tsx scripts/bench/lighthouse.ts http://127.0.0.1:3000 [runs]
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import { median, round } from "./stats";

const HEADLESS = ["--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
export const LIGHTHOUSE_MODES = {
  "WebGL disabled": [...HEADLESS, "--disable-webgl", "--disable-3d-apis"],
  "with the map (SwiftShader)": [...HEADLESS, "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
} as const;

export type LighthouseFigures = { score: number; firstContentfulPaintMs: number; largestContentfulPaintMs: number; totalBlockingTimeMs: number; speedIndexMs: number };

// Lighthouse's own command line, under plain Node: under tsx, the functions Lighthouse sends into
// the page are rewritten by esbuild with a helper (`__name`) the page does not have, and it fails.
const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");

type LighthouseReport = {
  runtimeError?: { code: string; message: string };
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number } | undefined>;
};

/** One Lighthouse performance run of `url` in a fresh Chromium launched with `flags`. */
export async function runLighthouse(url: string, flags: readonly string[]): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: [...flags] });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [LIGHTHOUSE_CLI, url, `--port=${chrome.port}`, "--output=json", "--output-path=stdout", "--only-categories=performance", "--quiet"], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(stdout) as LighthouseReport;
    if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
    const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((report.categories.performance?.score ?? Number.NaN) * 100),
      firstContentfulPaintMs: audit("first-contentful-paint"),
      largestContentfulPaintMs: audit("largest-contentful-paint"),
      totalBlockingTimeMs: audit("total-blocking-time"),
      speedIndexMs: audit("speed-index"),
    };
  } finally {
    chrome.kill();
  }
}

async function main(origin: string, runs: number): Promise<void> {
  for (const [mode, flags] of Object.entries(LIGHTHOUSE_MODES)) {
    const figures: LighthouseFigures[] = [];
    for (let run = 0; run < runs; run += 1) figures.push(await runLighthouse(`${origin}/`, flags));
    const middle = (pick: (figure: LighthouseFigures) => number) => round(median(figures.map(pick)), 0);
    console.log(
      `Lighthouse 12.2.3, mobile, / ${mode} (median of ${runs}): score ${middle((figure) => figure.score)}, FCP ${middle((figure) => figure.firstContentfulPaintMs)} ms, ` +
        `LCP ${middle((figure) => figure.largestContentfulPaintMs)} ms (target ≤ 2500), TBT ${middle((figure) => figure.totalBlockingTimeMs)} ms (target ≤ 200), speed index ${middle((figure) => figure.speedIndexMs)} ms`,
    );
    for (const figure of figures) console.log(`  run: ${JSON.stringify(figure)}`);
  }
}

const origin = process.argv[2];
if (!origin) {
  console.error("usage: npx tsx scripts/bench/lighthouse.ts <origin of a running production server> [runs]");
  process.exit(2);
}
main(origin.replace(/\/$/, ""), Number(process.argv[3] ?? 3)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
