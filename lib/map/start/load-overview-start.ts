import { OVERVIEW_START_PATH } from "./library-paths";

type OverviewStartModule = typeof import("../overview/start-overview-map");

/** Imports the dashboard's map module from the app's served bundle; the bundler must leave this import alone. */
export function loadOverviewStart(): Promise<OverviewStartModule> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ OVERVIEW_START_PATH) as Promise<OverviewStartModule>;
}
