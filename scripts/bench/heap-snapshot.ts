// Splits a V8 heap snapshot into compiled code and everything else. JS heap growth during playback
// is mostly V8 compiling the playback path (bytecode, optimised machine code): that is paid once,
// not a leak, so the benchmark reports the growth of the rest beside the raw figure.
import type { CDPSession } from "@playwright/test";

type Snapshot = { snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }; nodes: number[] };

/** Bytes of code objects and of all other nodes in a snapshot's JSON text. */
export function heapByKind(snapshotJson: string): { codeBytes: number; otherBytes: number } {
  const snapshot = JSON.parse(snapshotJson) as Snapshot;
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const typeField = fields.indexOf("type");
  const sizeField = fields.indexOf("self_size");
  if (typeField < 0 || sizeField < 0) throw new Error("heap snapshot: node_fields lacks type or self_size");
  let codeBytes = 0;
  let otherBytes = 0;
  for (let index = 0; index < snapshot.nodes.length; index += fields.length) {
    const size = snapshot.nodes[index + sizeField]!;
    if (typeNames[snapshot.nodes[index + typeField]!] === "code") codeBytes += size;
    else otherBytes += size;
  }
  return { codeBytes, otherBytes };
}

export async function takeHeapSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  try {
    await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  } finally {
    cdp.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
  }
  return chunks.join("");
}
