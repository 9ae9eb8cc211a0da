import type { ErrorEvent, Map as MapLibreMap } from "maplibre-gl";
import type { Camera } from "@/lib/url-state/camera";
import { onSettledMove } from "./settled-camera";
import type { PlaybackLayers } from "../layers/add-event-layers";
import type { EventMapContent } from "../content/event-map-content";
import { containerPadding } from "./frame-padding";
import { SOURCE_IDS } from "../ids";
import { pickAircraft } from "../layers/pick-aircraft";
import { addInteraction } from "./map-interaction";
import { captureMap, copyNextFrame, ExportError, holdingScale } from "./capture-map";
import type { MapView } from "./map-view";
import { syncMap, type SyncTarget } from "./sync-map";
import { ControllerBase } from "./controller-base";

/** What the page's controls ask of the map's reader-facing events. */
export type MapHandlers = { select: (id: string | null) => void; hover: (id: string | null) => void; camera: (camera: Camera) => void };

export type MapControllerState = {
  status: "loading" | "ready" | "error";
  /** Basemap sources that failed to load: that layer is lost, the routes are still drawn. */
  missingBasemap: readonly string[];
};

/** The event's content once it is on the map, with the playback layers the controller drives. */
export type DrawnContent = { content: EventMapContent; layers: PlaybackLayers };

const BASEMAP_SOURCE_IDS = new Set<string>([
  SOURCE_IDS.land,
  SOURCE_IDS.coastline,
  SOURCE_IDS.borders,
  SOURCE_IDS.outerLand,
  SOURCE_IDS.outerCoastline,
  SOURCE_IDS.outerBorders,
  SOURCE_IDS.graticule,
]);

/**
 * Owns one MapLibre map from creation (lib/map/start/map-start.ts, before hydration where it can) to
 * removal. Everything the page shows on the map goes through `update(view)`, which syncs the
 * difference from what is applied (sync-map.ts); before the event is drawn the latest view waits
 * and is applied whole once it is. Its own listeners are attached when the map is created, so
 * nothing is recorded and handed over later: React mounts it, connects the handlers and reads
 * its state.
 */
export class MapController extends ControllerBase<MapControllerState, MapHandlers> {
  private target: SyncTarget | null = null;
  private applied: MapView | null = null;
  private wanted: MapView;
  private syncing = false;
  /** A time shown instead of the view's while a video is recorded (recordFrames). */
  private heldTime: number | undefined = undefined;

  constructor(map: MapLibreMap, drawn: Promise<DrawnContent>, options: { initialView: MapView; customStyle: boolean }) {
    super(map, { status: "loading", missingBasemap: [] });
    this.wanted = options.initialView;
    map.on("error", (event: ErrorEvent) => {
      console.error("Map error", event.error);
      // A basemap file that is missing or broken loses that layer only; say which.
      const sourceId = "sourceId" in event && typeof event.sourceId === "string" ? event.sourceId : undefined;
      if (sourceId && BASEMAP_SOURCE_IDS.has(sourceId) && !this.getState().missingBasemap.includes(sourceId)) {
        this.setState({ ...this.getState(), missingBasemap: [...this.getState().missingBasemap, sourceId] });
      }
    });
    onSettledMove(map, (camera) => {
      // Every move goes into the view except the ones a sync made (a link's camera).
      if (this.syncing) return;
      this.handlers?.camera(camera);
    });
    drawn.then(
      ({ content, layers }) => {
        this.target = {
          map,
          content,
          layers,
          customStyle: options.customStyle,
          reduceMotion: () => window.matchMedia("(prefers-reduced-motion: reduce)").matches,
          padding: () => containerPadding(map.getContainer()),
        };
        addInteraction(
          map,
          content.index.items,
          (point) => this.aircraftAt(content, point),
          (id) => this.handlers?.select(id),
          (id) => this.handlers?.hover(id),
        );
        this.apply(this.wanted);
        this.setState({ ...this.getState(), status: "ready" });
      },
      (error: unknown) => {
        console.error("Map failed to start", error);
        this.setState({ ...this.getState(), status: "error" });
      },
    );
  }

  /** The view to show: synced now when the event is drawn, or as soon as it is. */
  update(view: MapView): void {
    this.wanted = view;
    if (this.target) this.apply(view);
  }

  /**
   * The map as drawn now, at `scale` canvas pixels per CSS pixel, for an exported image. The
   * camera, selection and time are left as they were: the pixel-ratio change is a sync, not a move.
   */
  async capture(scale: number): Promise<HTMLCanvasElement> {
    if (this.getState().status !== "ready") throw new ExportError({ key: "mapNotLoaded" });
    return captureMap(this.map, scale, (resize) => this.whileSyncing(resize));
  }

  /** A change the app makes to the map (not the reader), kept out of the view's camera. */
  private whileSyncing(change: () => void): void {
    this.syncing = true;
    try {
      change();
    } finally {
      this.syncing = false;
    }
  }

  /**
   * For a video: runs `record` with the map held at `scale`, giving it `drawFrameAt`, which shows
   * the map at a time of the clock, waits until the map has drawn everything for it (aircraft,
   * trails, labels, fades) and copies that frame into a canvas. The time is held here, over the
   * view's, so the reader's clock, timeline and link are left alone; the view's own time and the
   * device's pixel ratio come back afterwards, finished or not.
   */
  async recordFrames<Result>(scale: number, record: (drawFrameAt: (time: number, into: HTMLCanvasElement) => Promise<void>) => Promise<Result>): Promise<Result> {
    if (this.getState().status !== "ready") throw new ExportError({ key: "mapNotLoaded" });
    try {
      return await holdingScale(this.map, scale, (resize) => this.whileSyncing(resize), () =>
        record(async (time, into) => {
          this.heldTime = time;
          this.apply(this.wanted);
          await copyNextFrame(this.map, into, "idle");
        }),
      );
    } finally {
      this.heldTime = undefined;
      this.apply(this.wanted);
    }
  }

  private apply(wanted: MapView): void {
    const view = this.heldTime === undefined || wanted.time === this.heldTime ? wanted : { ...wanted, time: this.heldTime };
    if (!this.target || view === this.applied) return;
    const target = this.target;
    // jumpTo fires its move events synchronously, inside this flag.
    this.whileSyncing(() => syncMap(target, this.applied, view));
    this.applied = view;
  }

  /** The formation whose aircraft is under `point`, worked out on pointer events only. */
  private aircraftAt(content: EventMapContent, point: { x: number; y: number }): string | null {
    const time = this.applied?.time ?? null;
    if (time === null) return null;
    const centre = this.map.getCenter().lng;
    // Routes unwrapped over the antimeridian: project onto the world copy nearest the camera, as drawn.
    return pickAircraft(content.playback, time, point, ([longitude, latitude]) => this.map.project([longitude + 360 * Math.round((centre - longitude) / 360), latitude]));
  }
}
