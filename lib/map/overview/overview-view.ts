import type { FrameRequest } from "@/lib/dashboard/frame-request";
import type { Theme } from "@/lib/theme/theme";
import type { ColourBy } from "./overview-layers";

/** What the dashboard's map shows; the overview controller applies it with syncOverview. */
export type OverviewView = {
  theme: Theme;
  colourBy: ColourBy;
  mode: "routes" | "density";
  /** Patrol numbers the filters let through, ascending; null when no filter is set. */
  visible: readonly number[] | null;
  hovered: number | null;
  selected: number | null;
  /** The latest framing request (dashboard-store.tsx); the map frames each request once, null leaves it where it started. */
  frame: FrameRequest | null;
};
