import { LANDING_EVENT_ID } from "@/lib/data/landing-event";

/**
 * The two patrols /compare shows when its link names none: the first patrol and the landing one.
 * The benchmark reads it too, to know which data files the page fetches.
 */
export const DEFAULT_COMPARE_PAIR: [string, string] = ["2019-07-23", LANDING_EVENT_ID];
