// The floor: a bare Next.js App Router page with no content, built with the same next, react and
// react-dom as the app (node_modules is linked, not installed), measured the same way as the
// landing page: the script chunks its prerendered HTML references, gzip -9 each, summed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { firstLoadChunksOnDisk } from "./first-load";

export type FloorResult = {
  firstLoadJsGzipBytes: number;
  chunks: { url: string; gzipBytes: number }[];
  versions: Record<string, string>;
  buildSeconds: number;
};

const LAYOUT = `import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

const PAGE = `export default function Page() {
  return null;
}
`;

// output: "export" prerenders to out/index.html. Turbopack only compiles files under its root, and
// the linked node_modules resolves to the app's folder, so the root is the filesystem root.
const NEXT_CONFIG = `module.exports = { output: "export", turbopack: { root: "/" } };\n`;

export function versionsOf(root: string, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version]));
}

export function measureFloor(root: string): FloorResult {
  const directory = mkdtempSync(path.join(tmpdir(), "sortie-bench-floor-"));
  try {
    mkdirSync(path.join(directory, "app"));
    symlinkSync(path.join(root, "node_modules"), path.join(directory, "node_modules"), "dir");
    writeFileSync(path.join(directory, "package.json"), JSON.stringify({ name: "bare-next-floor", private: true }, null, 2));
    writeFileSync(path.join(directory, "next.config.js"), NEXT_CONFIG);
    writeFileSync(path.join(directory, "app", "layout.tsx"), LAYOUT);
    writeFileSync(path.join(directory, "app", "page.tsx"), PAGE);
    const started = performance.now();
    const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: directory,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
      encoding: "utf8",
    });
    const buildSeconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`bare Next.js floor build failed in ${directory}:\n${result.stdout}\n${result.stderr}`);
    const out = path.join(directory, "out");
    const chunks = firstLoadChunksOnDisk(readFileSync(path.join(out, "index.html"), "utf8"), path.join(out, "_next"), out);
    return {
      firstLoadJsGzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
      chunks: chunks.map(({ url, gzipBytes }) => ({ url, gzipBytes })),
      versions: versionsOf(root, ["next", "react", "react-dom"]),
      buildSeconds,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
