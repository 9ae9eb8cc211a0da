import { loadAllEvents } from "@/lib/data/load-all-events";
import { loadStraits } from "@/lib/data/load-straits";
import { DataError } from "@/lib/data/data-error";
import { dashboardFraming } from "./dashboard-framing";
import { buildDensityMapData, timedPathsOf } from "./density-map-data";
import { buildOverviewRoutes, patrolRoutesOf } from "./overview-routes";
import { summarisePatrol, type PatrolSummary } from "./patrol-summary";
import { crossesStrait } from "./strait-crossings";

export const TSUSHIMA_GATE_ID = "tsushima-strait-gate";

/** Everything the dashboard builds from the events, once, at build time. Server only. */
export function loadDashboardData() {
  const bundles = loadAllEvents();
  const gate = loadStraits().find((candidate) => candidate.properties.id === TSUSHIMA_GATE_ID);
  if (!gate) throw new DataError([{ file: "data/zones/straits.geojson", field: "features", message: `the dashboard needs the gate "${TSUSHIMA_GATE_ID}"` }]);
  const routes = bundles.map(patrolRoutesOf);
  const patrols: PatrolSummary[] = bundles.map((bundle, index) => summarisePatrol(bundle, index, crossesStrait(routes[index]!.legs, gate)));
  return {
    patrols,
    gate,
    routes: () => buildOverviewRoutes(routes),
    framing: () => dashboardFraming(buildOverviewRoutes(routes), bundles.map((bundle) => bundle.event.region)),
    density: () => buildDensityMapData(bundles.map((bundle, index) => ({ index, paths: timedPathsOf(bundle) }))),
  };
}
