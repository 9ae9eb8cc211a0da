import type { Map as MapLibreMap, GeoJSONSource } from "maplibre-gl";
import type { DensityMapData } from "@/lib/dashboard/density-map-data";
import type { Camera } from "@/lib/url-state/camera";
import { onSettledMove } from "../controller/settled-camera";
import { LAYER_IDS, SOURCE_IDS } from "../ids";
import { syncOverview, type OverviewTarget } from "./sync-overview";
import { ControllerBase } from "../controller/controller-base";
import type { OverviewView } from "./overview-view";

export type OverviewHandlers = { hover: (patrol: number | null) => void; select: (patrol: number | null) => void; moved: (camera: Camera) => void };
export type OverviewState = { status: "loading" | "ready" | "error"; densityStatus: "idle" | "loading" | "ready" | "error" };

/**
 * Owns the dashboard's map from creation (start-overview-map.ts) to removal. Everything it shows
 * goes through `update(view)`, synced with syncOverview once the routes are drawn; the density
 * file is fetched the first time density is asked for, not with the page.
 */
export class OverviewController extends ControllerBase<OverviewState, OverviewHandlers> {
  private target: OverviewTarget | null = null;
  private applied: OverviewView | null = null;
  private wanted: OverviewView;

  constructor(
    map: MapLibreMap,
    drawn: Promise<{ patrolCount: number }>,
    private readonly loadDensity: () => Promise<DensityMapData>,
    initialView: OverviewView,
  ) {
    super(map, { status: "loading", densityStatus: "idle" });
    this.wanted = initialView;
    map.on("error", (event) => {
      console.error("Map error", event.error);
      // The routes file is the map's content: without it there is nothing to show but the list.
      if ("sourceId" in event && event.sourceId === SOURCE_IDS.patrolRoutes) this.setState({ ...this.getState(), status: "error" });
    });
    drawn.then(
      ({ patrolCount }) => {
        this.target = { map, densityPatrols: [], patrolCount, reduceMotion: () => window.matchMedia("(prefers-reduced-motion: reduce)").matches };
        this.listen();
        this.apply(this.wanted);
        this.setState({ ...this.getState(), status: "ready" });
      },
      (error: unknown) => {
        console.error("Map failed to start", error);
        this.setState({ ...this.getState(), status: "error" });
      },
    );
  }

  update(view: OverviewView): void {
    this.wanted = view;
    if (this.target) this.apply(view);
  }

  private apply(view: OverviewView): void {
    if (!this.target || view === this.applied) return;
    if (view.mode === "density" && this.getState().densityStatus === "idle") this.fetchDensity();
    syncOverview(this.target, this.applied, view);
    this.applied = view;
  }

  private fetchDensity(): void {
    this.setState({ ...this.getState(), densityStatus: "loading" });
    this.loadDensity().then(
      (density) => {
        if (!this.target) return;
        (this.map.getSource(SOURCE_IDS.patrolDensity) as GeoJSONSource | undefined)?.setData(density);
        this.target = { ...this.target, densityPatrols: density.patrols };
        // Applied whole again so the cells get their minutes for the current filters.
        const view = this.applied;
        this.applied = null;
        if (view) this.apply(view);
        this.setState({ ...this.getState(), densityStatus: "ready" });
      },
      (error: unknown) => {
        console.error("Density failed to load", error);
        this.setState({ ...this.getState(), densityStatus: "error" });
      },
    );
  }

  private listen(): void {
    const { map } = this;
    const patrolAt = (point: { x: number; y: number }): number | null => {
      // Patrols the filters hide are still on the map, transparent: they are not hovered or clicked.
      const feature = map.queryRenderedFeatures([point.x, point.y], { layers: [LAYER_IDS.patrolRouteHitArea] }).find((candidate) => candidate.state.hidden !== true);
      const patrol = feature?.properties?.patrol;
      return typeof patrol === "number" ? patrol : null;
    };
    let hovered: number | null = null;
    map.on("mousemove", (event) => {
      const patrol = patrolAt(event.point);
      map.getCanvas().style.cursor = patrol === null ? "" : "pointer";
      if (patrol === hovered) return;
      hovered = patrol;
      this.handlers?.hover(patrol);
    });
    map.on("mouseout", () => {
      if (hovered === null) return;
      hovered = null;
      this.handlers?.hover(null);
    });
    map.on("click", (event) => this.handlers?.select(patrolAt(event.point)));
    // Every settled move, the reader's or a framing's, so the link always names what the map shows.
    onSettledMove(map, (camera) => this.handlers?.moved(camera));
  }

}
