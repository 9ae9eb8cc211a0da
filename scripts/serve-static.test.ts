import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SCRIPT = path.resolve("scripts/serve-static.ts");
const TSX = path.resolve("node_modules/.bin/tsx");
let server: ChildProcess;
let base: string;
let project: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A raw request: fetch() would resolve the dot segments and encodings these tests are about. */
async function get(rawPath: string) {
  const response = await fetch(new Request(`${base}${rawPath}`));
  return { status: response.status, body: await response.text(), headers: response.headers };
}

beforeAll(async () => {
  // A scratch project: out/ with a landing page and an embed page, and a sibling whose name starts with "out".
  project = mkdtempSync(path.join(tmpdir(), "sortie-static-"));
  mkdirSync(path.join(project, "out"));
  mkdirSync(path.join(project, "out-private"));
  writeFileSync(path.join(project, "out/index.html"), "landing");
  writeFileSync(path.join(project, "out/embed.html"), "embed");
  writeFileSync(path.join(project, "out-private/secret.txt"), "secret");
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(TSX, [SCRIPT, String(port)], { cwd: project, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.once("data", () => resolve());
    server.once("exit", (code) => reject(new Error(`serve-static exited with ${code}`)));
  });
}, 60_000);

afterAll(() => {
  server.kill();
  rmSync(project, { recursive: true, force: true });
});

describe("the static export server", () => {
  it("serves pages with their own headers", async () => {
    const landing = await get("/");
    expect(landing.body).toBe("landing");
    expect(landing.headers.get("x-frame-options")).toBe("DENY");
    const embed = await get("/embed");
    expect(embed.body).toBe("embed");
    expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors *");
  });

  it("chooses headers from the path it serves: /embed/..%2F is the landing page, and cannot be framed", async () => {
    for (const raw of ["/embed/..%2F", "/embed/..%2f", "/embed/%2e%2e/"]) {
      const response = await get(raw);
      if (response.status === 200) expect(response.body).toBe("landing");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("never serves a file from a sibling folder whose name starts with out", async () => {
    for (const raw of ["/..%2fout-private%2fsecret.txt", "/..%2Fout-private/secret.txt", "/%2e%2e/out-private/secret.txt"]) {
      const response = await get(raw);
      expect(response.body).not.toContain("secret");
      expect(response.status).toBe(404);
    }
  });

  it("answers malformed percent-encoding with 400 and the security headers", async () => {
    const response = await get("/events/%ff");
    expect(response.status).toBe(400);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});
