// npm run loadtest: a bounded load test of the production server on 127.0.0.1, beside the same
// pages served as static files (the export) in the same run. Needs `npm run build` and
// `npm run build:static` first. Reports requests/s, p99 latency and errors; fails on any error.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { method: "GET"; path: string }[];
}) => Promise<AutocannonResult>;

const autocannon = createRequire(__filename)("autocannon") as Autocannon;

const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 100);
const DURATION = Number(process.env.LOADTEST_SECONDS ?? 30);
// The landing page, an event page and a data file, taken in turn by every connection.
const PATHS = ["/", "/events/2019-07-23", "/data/2020-12-22.geojson"];

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

function start(command: string, args: string[]): ChildProcess {
  return spawn(command, args, { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

async function measure(name: string, base: string) {
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests: PATHS.map((path) => ({ method: "GET", path })) });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { name, requestsPerSecond: result.requests.average, p99: result.latency.p99, total: result.requests.total, errors };
}

async function main(): Promise<void> {
  // Started as node processes (not through npx) so that killing them stops the servers themselves.
  const server = start(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", "3300", "-H", "127.0.0.1"]);
  const staticServer = start(process.execPath, ["--import", "tsx", "scripts/serve-static.ts", "3301"]);
  try {
    await Promise.all([waitFor("http://127.0.0.1:3300/"), waitFor("http://127.0.0.1:3301/")]);
    const results = [await measure("next start", "http://127.0.0.1:3300"), await measure("static export", "http://127.0.0.1:3301")];
    console.log(`\n${CONNECTIONS} connections for ${DURATION} s each over ${PATHS.join(", ")}\n`);
    console.table(results.map((row) => ({ server: row.name, "requests/s": Math.round(row.requestsPerSecond), "p99 ms": row.p99, requests: row.total, errors: row.errors })));
    const [dynamic, fileServer] = results as [(typeof results)[number], (typeof results)[number]];
    console.log(`next start / static files: ${(dynamic.requestsPerSecond / fileServer.requestsPerSecond).toFixed(2)}× the throughput, ${(dynamic.p99 / fileServer.p99).toFixed(2)}× the p99 latency`);
    if (results.some((row) => row.errors > 0)) {
      console.error("Errors under load.");
      process.exitCode = 1;
    }
  } finally {
    server.kill();
    staticServer.kill();
  }
}

void main();
