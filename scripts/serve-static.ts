// Serves the static export (out/) the way a CDN or object store would, with clean URLs and the
// same security headers as the production server. Usage: tsx scripts/serve-static.ts [port]
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { securityHeadersFor } from "../security-headers";
import { CONTENT_TYPES } from "./content-types";

const root = path.resolve("out");
const port = Number(process.argv[2] ?? process.env.PORT ?? 3200);

/** The file for a URL path: exact file, then path.html, then path/index.html. Never outside root. */
function resolveFile(urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const candidates = [decoded, `${decoded}.html`, path.join(decoded, "index.html")];
  for (const candidate of candidates) {
    const file = path.resolve(root, `.${candidate}`);
    if (!file.startsWith(root)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

createServer((request, response) => {
  const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  let file: string | undefined;
  try {
    file = resolveFile(pathname);
  } catch {
    file = undefined;
  }
  for (const { key, value } of securityHeadersFor(pathname)) response.setHeader(key, value);
  if (!file) {
    response.statusCode = 404;
    const notFound = path.join(root, "404.html");
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    if (existsSync(notFound)) createReadStream(notFound).pipe(response);
    else response.end("Not found");
    return;
  }
  // An exported file with no extension (an Open Graph image route) is a PNG.
  const type = CONTENT_TYPES[path.extname(file)] ?? (path.basename(file).startsWith("opengraph-image") ? "image/png" : "application/octet-stream");
  response.setHeader("Content-Type", type);
  if (pathname.startsWith("/_next/static/") || pathname.startsWith("/maplibre/")) response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
  createReadStream(file).pipe(response);
}).listen(port, "127.0.0.1", () => console.log(`static export on http://127.0.0.1:${port}`));
