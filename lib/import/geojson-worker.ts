// The import worker: reads and checks a GeoJSON file off the main thread, so a huge or hostile
// file (19 MB of nested arrays takes seconds in JSON.parse) never freezes the page. Bundled by
// scripts/bundle-import-worker.ts and served from this origin (lib/import/import-worker-path.ts),
// which the Content-Security-Policy's worker-src 'self' allows.
import type { ImportReply, ImportRequest } from "./geojson-worker-messages";
import { MAX_UPLOAD_BYTES, parseGeojsonUpload } from "./parse-geojson-upload";

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<ImportRequest>) => void) | null; postMessage: (reply: ImportReply) => void };

scope.onmessage = (event) => {
  void check(event.data.file).then((result) => scope.postMessage({ kind: "result", result }));
};

async function check(file: File) {
  // Check the size before reading a byte.
  if (file.size > MAX_UPLOAD_BYTES) return parseGeojsonUpload("", file.size);
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    scope.postMessage({ kind: "progress", fraction: file.size > 0 ? read / file.size : 1 });
  }
  parts.push(decoder.decode());
  return parseGeojsonUpload(parts.join(""), file.size);
}
