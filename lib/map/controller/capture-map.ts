import type { Map as MapLibreMap } from "maplibre-gl";
import { exportMessageKey, type ExportMessage } from "@/lib/export/export-message";

/** An export that failed for a reason the reader should read: `words`, worded on the page (lib/export/export-message.ts). */
export class ExportError extends Error {
  constructor(readonly words: ExportMessage) {
    super(exportMessageKey(words));
  }
}

// MapLibre documents null as "follow devicePixelRatio again", which its type does not include.
type SetPixelRatio = (ratio: number | null) => void;

/**
 * Copies one freshly drawn frame of the map into a canvas of its own, at `scale` canvas pixels per
 * CSS pixel. The map's WebGL buffer is only readable while the frame that drew it is being
 * handled (no `preserveDrawingBuffer`, which would cost every frame), so the copy is made inside
 * the map's `render` event after asking for a repaint. For another scale the pixel ratio is changed
 * for that frame and given back to the device's afterwards. `whileResizing` wraps the pixel-ratio
 * changes, whose resize fires move events, so the caller can keep them out of the reader's view.
 */
export async function captureMap(map: MapLibreMap, scale: number, whileResizing: (resize: () => void) => void): Promise<HTMLCanvasElement> {
  return holdingScale(map, scale, whileResizing, async () => {
    const copy = document.createElement("canvas");
    await copyNextFrame(map, copy, "render");
    return copy;
  });
}

/** Runs `work` with the map drawn at `scale`, giving the device's pixel ratio back afterwards, failed or not. */
export async function holdingScale<Result>(map: MapLibreMap, scale: number, whileResizing: (resize: () => void) => void, work: () => Promise<Result>): Promise<Result> {
  const setPixelRatio = map.setPixelRatio.bind(map) as SetPixelRatio;
  whileResizing(() => setPixelRatio(scale));
  try {
    return await work();
  } finally {
    whileResizing(() => setPixelRatio(null));
  }
}

/**
 * Asks for a repaint and copies the frame into `into` (resized to the map's canvas) inside the
 * event that drew it. `idle` waits for the frame after which nothing is left to draw (tiles,
 * label placement, fades), as a video frame must; `render` takes the next frame, as an image does.
 */
export function copyNextFrame(map: MapLibreMap, into: HTMLCanvasElement, event: "render" | "idle"): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    map.once(event, () => {
      try {
        const source = map.getCanvas();
        if (into.width !== source.width) into.width = source.width;
        if (into.height !== source.height) into.height = source.height;
        const context = into.getContext("2d");
        if (!context) throw new ExportError({ key: "noCanvas" });
        context.drawImage(source, 0, 0);
        resolve();
      } catch (error) {
        reject(error instanceof ExportError ? error : new ExportError({ key: "notCopied", values: { detail: String(error) } }));
      }
    });
    map.triggerRepaint();
  });
}
