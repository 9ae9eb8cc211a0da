// Serves the static export (out/) the way a CDN or object store would, with clean URLs and the
// same security headers as the production server. For the tests and a local look only: in
// production use a kept static server or CDN (README, Deploying). Usage: tsx scripts/serve-static.ts [port]
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { securityHeadersFor } from "../security-headers";
import { CONTENT_TYPES, NAMED_CONTENT_TYPES } from "./content-types";
import { isInside, normaliseRequestPath } from "./static-request";

const root = path.resolve("out");
const port = Number(process.argv[2] ?? process.env.PORT ?? 3200);

/** The file for a normalised path: exact file, then path.html, then path/index.html. Never outside root. */
function resolveFile(normalised: string): string | undefined {
  const candidates = [normalised, `${normalised}.html`, path.posix.join(normalised, "index.html")];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (!isInside(root, file)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

const server = createServer((request, response) => {
  const raw = new URL(request.url ?? "/", "http://localhost").pathname;
  const pathname = normaliseRequestPath(raw);
  // Headers for what is served, never for the raw path: an undecodable path gets the strictest.
  for (const { key, value } of securityHeadersFor(pathname ?? "/")) response.setHeader(key, value);
  if (pathname === null) {
    response.statusCode = 400;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.end("Bad request: the address is not valid percent-encoding.");
    return;
  }
  const file = resolveFile(pathname);
  if (!file) {
    response.statusCode = 404;
    const notFound = path.join(root, "404.html");
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    if (existsSync(notFound)) createReadStream(notFound).pipe(response);
    else response.end("Not found");
    return;
  }
  // An exported file with no extension (an Open Graph image route) is a PNG.
  const type = NAMED_CONTENT_TYPES[path.basename(file)] ?? CONTENT_TYPES[path.extname(file)] ?? (path.basename(file).startsWith("opengraph-image") ? "image/png" : "application/octet-stream");
  response.setHeader("Content-Type", type);
  if (pathname.startsWith("/_next/static/") || pathname.startsWith("/maplibre/")) response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
  createReadStream(file).pipe(response);
});
server.listen(port, "127.0.0.1", () => console.log(`static export on http://127.0.0.1:${(server.address() as AddressInfo).port}`));
