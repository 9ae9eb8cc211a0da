import { createParser, createSerializer, parseAsStringLiteral } from "nuqs/server";
import { EVENT_ID_SHAPE } from "@/lib/data/event-id-shape";
import type { LocalTime } from "@/lib/time/local-time";
import { MAX_PARAMETER_LENGTH } from "./limits";
import { parseCamera, roundCamera, sameCamera, serializeCamera, type Camera } from "./camera";

/**
 * The one description of Sortie's URL, shared by server and client. Every parameter is parsed on
 * its own: a bad value becomes null (the default) without affecting the others, and nothing from
 * the URL is ever rendered as HTML. Example:
 *
 *   ?v=1&sel=h6k-pair-a&t=0840&map=5.40/35.10/129.80&speed=900&hide=zones
 *
 * `v` is the format version. Links made with version 1 must keep working: a later format adds
 * parameters or reads old ones through `migrate`, it never changes what an old one means.
 */
export const URL_FORMAT_VERSION = 1;

export { MAX_PARAMETER_LENGTH };

const clip = (value: string) => value.slice(0, MAX_PARAMETER_LENGTH);

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A selectable item id: kebab-case, as in data/. Whether it exists is checked against the event. */
export const parseAsItemId = createParser({
  parse: (value: string) => {
    const trimmed = clip(value);
    return ITEM_ID.test(trimmed) ? trimmed : null;
  },
  serialize: (value: string) => value,
});

export const parseAsEventId = createParser({
  parse: (value: string) => {
    const trimmed = clip(value);
    return EVENT_ID_SHAPE.test(trimmed) ? trimmed : null;
  },
  serialize: (value: string) => value,
});

/**
 * A time on the event's local clock: "0840", or "0215+1" for 02:15 the day after the event's date.
 * A "+" typed into a query string is read as a space, so "0215 1" (and "0215%2B1") mean the same.
 */
export type { LocalTime };

export const parseAsLocalTime = createParser<LocalTime>({
  parse: (value: string) => {
    const match = /^([01]\d|2[0-3])([0-5]\d)(?:[+ ]([1-3]))?$/.exec(clip(value));
    if (!match) return null;
    return { dayOffset: Number(match[3] ?? 0), minutes: Number(match[1]) * 60 + Number(match[2]) };
  },
  serialize: ({ dayOffset, minutes }) => {
    const clock = `${String(Math.floor(minutes / 60)).padStart(2, "0")}${String(minutes % 60).padStart(2, "0")}`;
    return dayOffset > 0 ? `${clock}+${dayOffset}` : clock;
  },
  eq: (a, b) => a.dayOffset === b.dayOffset && a.minutes === b.minutes,
});

export type { Camera };
export { roundCamera, sameCamera };

export const parseAsCamera = createParser<Camera>({
  parse: (value: string) => parseCamera(clip(value)),
  serialize: serializeCamera,
  eq: sameCamera,
});

export const SPEEDS = [1, 10, 60, 300, 900, 3600] as const;

export const parseAsSpeed = createParser<number>({
  // Only the listed speeds as written: Number() would also read "9e2", "0x384" or " 900 ".
  parse: (value: string) => SPEEDS.find((speed) => String(speed) === value) ?? null,
  serialize: (value) => String(value),
});

export const parseAsFlag = createParser<boolean>({
  parse: (value: string) => (value === "1" ? true : value === "0" ? false : null),
  serialize: (value) => (value ? "1" : "0"),
});

/** Layer groups a reader can hide. */
export const LAYER_GROUPS = ["zones", "scrambles", "places", "moments"] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

export const parseAsHiddenLayers = createParser<LayerGroup[]>({
  parse: (value: string) => {
    const names = clip(value).split(",").filter(Boolean);
    if (names.length === 0 || names.some((name) => !(LAYER_GROUPS as readonly string[]).includes(name))) return null;
    // Canonical order and no repeats, so equal sets give equal links.
    return LAYER_GROUPS.filter((group) => names.includes(group));
  },
  serialize: (groups) => LAYER_GROUPS.filter((group) => groups.includes(group)).join(","),
  eq: (a, b) => a.length === b.length && a.every((group) => b.includes(group)),
});

export const PANEL_SECTIONS = ["formations", "responses", "moments", "zones", "statements", "context", "places", "caveats", "sources"] as const;
export type PanelSectionId = (typeof PANEL_SECTIONS)[number];

export const parseAsVersion = createParser<number>({
  parse: (value: string) => (/^[1-9]\d{0,2}$/.test(value) ? Number(value) : null),
  serialize: (value) => String(value),
});

export const viewStateParsers = {
  v: parseAsVersion,
  e: parseAsEventId,
  sel: parseAsItemId,
  t: parseAsLocalTime,
  play: parseAsFlag,
  speed: parseAsSpeed,
  map: parseAsCamera,
  hide: parseAsHiddenLayers,
  panel: parseAsStringLiteral(PANEL_SECTIONS),
};

export type ViewStateKey = keyof typeof viewStateParsers;
export type UrlViewState = { [Key in ViewStateKey]: ReturnType<(typeof viewStateParsers)[Key]["parse"]> };

/** Parses every known parameter on its own; unknown parameters are ignored. Never throws. */
export function parseViewState(search: URLSearchParams): UrlViewState {
  const state = {} as Record<ViewStateKey, unknown>;
  for (const key of Object.keys(viewStateParsers) as ViewStateKey[]) {
    const raw = search.get(key);
    state[key] = raw === null ? null : viewStateParsers[key].parse(raw);
  }
  return state as UrlViewState;
}

/** Names of the parameters that were present but could not be used. */
export function invalidParameters(search: URLSearchParams): ViewStateKey[] {
  const state = parseViewState(search);
  return (Object.keys(viewStateParsers) as ViewStateKey[]).filter((key) => search.get(key) !== null && state[key] === null);
}

export const serializeViewState = createSerializer(viewStateParsers);
