// The servers the benchmark starts and stops itself: the app's production server (next start)
// and a tiny static server for the bare reference page, the playback harness and the floor app.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { CONTENT_TYPES } from "../content-types";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server for ${url} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export type RunningServer = { origin: string; stop: () => Promise<void> };

// Not copied into the snapshot: dependencies (linked instead), the build cache and outputs.
const NOT_SNAPSHOTTED = new Set(["node_modules", ".git", "out", "test-results", "playwright-report", "bench-results", "docs"]);

export type AppSnapshot = { directory: string; buildId: string; remove: () => void };

/**
 * A private copy of the project and its production build (.next without its cache), with
 * node_modules linked. The benchmark serves this copy, so a rebuild of the working tree by
 * someone else while it runs cannot change or delete the files under measurement.
 */
export function snapshotApp(root: string): AppSnapshot {
  const buildIdFile = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildIdFile)) throw new Error(".next/BUILD_ID is missing: no complete production build (run `npm run build`)");
  const buildId = readFileSync(buildIdFile, "utf8").trim();
  const directory = mkdtempSync(path.join(tmpdir(), "sortie-bench-app-"));
  const remove = () => rmSync(directory, { recursive: true, force: true });
  try {
    const cache = path.join(root, ".next", "cache");
    cpSync(root, directory, {
      recursive: true,
      filter: (source) => {
        const relative = path.relative(root, source);
        return !NOT_SNAPSHOTTED.has(relative.split(path.sep)[0]!) && source !== cache;
      },
    });
    symlinkSync(path.join(root, "node_modules"), path.join(directory, "node_modules"), "dir");
    const copiedId = readFileSync(path.join(directory, ".next", "BUILD_ID"), "utf8").trim();
    const currentId = existsSync(buildIdFile) ? readFileSync(buildIdFile, "utf8").trim() : "(missing)";
    if (copiedId !== buildId || currentId !== buildId) {
      throw new Error(`.next changed while it was being copied (build ${buildId} → ${currentId}); is a build running? Try again when it has finished.`);
    }
    if (!existsSync(path.join(directory, ".next", "server", "app", "index.html"))) throw new Error(".next has no prerendered landing page (server/app/index.html); run `npm run build`");
  } catch (error) {
    remove();
    throw error;
  }
  return { directory, buildId, remove };
}

/** `next start` on the production build in `root`, on 127.0.0.1 and a free port. */
export async function startNextServer(root: string): Promise<RunningServer> {
  const port = await freePort();
  // Started directly (not through npx) so the process id is the server's own and can be ended exactly.
  const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // The server runs in its own process group (detached): end that group, by its id.
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
  };
  try {
    await waitForHttp(`${origin}/`, 60_000, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return { origin, stop };
}

export type StaticRoutes = {
  /** Exact paths served from memory. */
  files: Map<string, { body: Buffer | string; type: string }>;
  /** URL prefix → directory on disk. */
  directories: [prefix: string, directory: string][];
};

/**
 * A static server on 127.0.0.1. Text responses are gzipped (cached after the first request), as
 * `next start` compresses its responses, so both sides pay the same transfer and decompression.
 */
export async function startStaticServer(routes: StaticRoutes): Promise<RunningServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let body: Buffer | null = null;
    let type = "application/octet-stream";
    const inMemory = routes.files.get(pathname);
    if (inMemory) {
      body = Buffer.from(inMemory.body);
      type = inMemory.type;
    } else {
      for (const [prefix, directory] of routes.directories) {
        if (!pathname.startsWith(prefix)) continue;
        let file = path.join(directory, pathname.slice(prefix.length));
        if (!file.startsWith(directory)) break;
        if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
        if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
        if (existsSync(file) && statSync(file).isFile()) {
          body = readFileSync(file);
          type = CONTENT_TYPES[path.extname(file)] ?? type;
        }
        break;
      }
    }
    if (!body) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const compressible = /^(text\/|application\/(json|geo\+json|javascript))|svg/.test(type);
    const headers: Record<string, string> = { "content-type": type, "cache-control": "no-store" };
    if (compressible && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      let compressed = gzipped.get(pathname);
      if (!compressed) gzipped.set(pathname, (compressed = gzipSync(body)));
      body = compressed;
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
