import type { ImageComposition } from "@/lib/export/compose-image";
import { clockLine, type ImageFacts, type ImageWords } from "@/lib/export/image-export";
import type { LegendEntry, LegendWords } from "@/lib/map/style/legend-entries";

/** The words an export draws, in the page's language (components/share/use-export-words.ts). */
export type ExportWords = { legendWords: LegendWords; imageWords: ImageWords; attribution: string };

/** What an export says beside the map, fixed for the page (the time is read when exporting). */
export type ExportFacts = Omit<ImageFacts, "time"> & { title: string; dateText: string; legend: readonly LegendEntry[]; publishers: readonly string[]; reportedTimes: readonly number[] };

/**
 * Everything an exported image or video frame draws around the map at `time`, read from the page
 * as it is now: the scale bars from the map's own controls, the theme from <html data-theme>.
 */
export function viewComposition(facts: ExportFacts, mapContainer: HTMLElement, time: number | null, url: string, words?: ExportWords): Omit<ImageComposition, "map" | "mapSize" | "scale"> {
  return {
    title: facts.title,
    subtitle: `${facts.dateText} · ${clockLine({ ...facts, time }, facts.reportedTimes, words?.imageWords)}`,
    legend: facts.legend,
    legendWords: words?.legendWords,
    imageWords: words?.imageWords,
    scaleBars: readScaleBars(mapContainer),
    attribution: words?.attribution ?? "Natural Earth (public domain)",
    url,
    publishers: facts.publishers,
    dark: document.documentElement.dataset.theme === "dark",
  };
}

/** The map's scale controls as they read now, so the export's bars match the screen's. */
function readScaleBars(container: HTMLElement): { label: string; width: number }[] {
  return Array.from(container.querySelectorAll<HTMLElement>(".maplibregl-ctrl-scale")).flatMap((bar) => (bar.textContent ? [{ label: bar.textContent, width: bar.getBoundingClientRect().width }] : []));
}

// The last file's object URL, let go when the next one is made: revoking it right after the
// click can cancel the download in some browsers.
let lastFileUrl: string | null = null;

/** Hands a made file to the browser's downloads, as a blob: nothing is sent anywhere. */
export function saveFile(blob: Blob, name: string): void {
  if (lastFileUrl) URL.revokeObjectURL(lastFileUrl);
  lastFileUrl = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = lastFileUrl;
  link.download = name;
  link.click();
}
