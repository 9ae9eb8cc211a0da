"use client";

import { throttle, useQueryStates } from "nuqs";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { usePlaybackStore } from "@/components/timeline/playback-provider";
import type { CameraStore } from "@/lib/map/camera-store";
import { localTimeToUtc, utcToLocalTime } from "@/lib/time/local-time";
import {
  MAX_PARAMETER_LENGTH,
  PARAMETER_NAMES,
  URL_FORMAT_VERSION,
  invalidParameters,
  parseViewState,
  viewStateParsers,
  type LayerGroup,
  type UrlViewState,
  type ViewStateKey,
} from "@/lib/url-state/view-state";
import { UrlNotice } from "./url-notice";

/** What the bridge needs to know about the event to check a link against it. */
export type EventClock = { eventId: string; date: string; offsetMinutes: number; start: number; end: number };

export type UrlWriter = (patch: Partial<UrlViewState>, history: "push" | "replace") => void;

type Props = {
  knownIds: readonly string[];
  clock: EventClock;
  camera: CameraStore;
  fromUrl: { select: (id: string | null) => void; hide: (groups: LayerGroup[]) => void; read: () => void };
  writerRef: RefObject<UrlWriter | null>;
};

/**
 * Keeps the URL and the view in step. The URL is read on first load and on Back and Forward;
 * the view writes back deliberate steps as new history entries and everything else
 * (camera, time, speed, layers) by replacing the current entry, throttled. A parameter that
 * cannot be used falls back to its default, is named in a notice and removed from the URL.
 */
export function UrlStateBridge({ knownIds, clock, camera, fromUrl, writerRef }: Props) {
  // nuqs writes the URL (history modes, throttling); the first load is read from useSearchParams.
  const [, setState] = useQueryStates(viewStateParsers, { history: "replace", scroll: false });
  const searchParams = useSearchParams();
  const playback = usePlaybackStore();
  const search = searchParams.toString();
  const state = useMemo(() => parseViewState(new URLSearchParams(search)), [search]);
  // Checked with the state it belongs to, so the first load never applies a value it rejects.
  const found = useMemo(() => checkLink(new URLSearchParams(search), state, knownIds, clock), [search, state, knownIds, clock]);
  const rejectedKeys = found.keys;
  const [readSearch, setReadSearch] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  // Show each new URL's problems during render, so a notice shows with the first paint.
  if (search !== readSearch) {
    setReadSearch(search);
    // The notice stays until dismissed, even after the bad values are cleaned from the URL.
    if (found.messages.length > 0) setProblems(found.messages);
  }

  const write = useCallback(
    (patch: Partial<UrlViewState>, options: Parameters<typeof setState>[1]) => void setState({ v: URL_FORMAT_VERSION, ...patch }, options),
    [setState],
  );

  useEffect(() => {
    writerRef.current = (patch, history) => write(patch, { history });
    return () => {
      writerRef.current = null;
    };
  }, [write, writerRef]);

  // The URL is read on first load and on Back/Forward only: every other change of the address is
  // this page's own (throttled, so possibly stale) write, and reading it back would fight the
  // reader. Back/Forward are read straight from location in the popstate handler, so the order in
  // which the router and React catch up does not matter.
  //
  // On first load the view is still as it started, unless the reader already acted (a click
  // during hydration, which React replays before this effect runs): what the link does not name
  // is then left alone rather than reset. Back/Forward set everything, named or not.
  const apply = useCallback(
    (linked: UrlViewState, rejected: readonly ViewStateKey[], firstLoad: boolean) => {
      const usable = (key: ViewStateKey) => !rejected.includes(key);
      const selection = usable("sel") ? linked.sel : null;
      if (!firstLoad || selection !== null) fromUrl.select(selection);
      if (!firstLoad || linked.hide !== null) fromUrl.hide(linked.hide ?? []);
      if (linked.speed !== null) playback.setSpeed(linked.speed);
      const time = linked.t && usable("t") ? localTimeToUtc(linked.t, clock.date, clock.offsetMinutes) : null;
      if (!firstLoad || time !== null) {
        playback.pause();
        playback.setTime(time);
      }
      if (linked.map && usable("map")) camera.set(linked.map, "url");
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      if (linked.play === true && !reduceMotion) playback.play();
    },
    [fromUrl, playback, camera, clock],
  );

  const firstLoadRef = useRef({ state, rejectedKeys });
  useEffect(() => {
    apply(firstLoadRef.current.state, firstLoadRef.current.rejectedKeys, true);
    fromUrl.read();
    const onPopState = () => {
      const params = new URLSearchParams(window.location.search);
      const linked = parseViewState(params);
      apply(linked, checkLink(params, linked, knownIds, clock).keys, false);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [apply, fromUrl, knownIds, clock]);

  // Remove what could not be used, so a shared link does not pass the problem on.
  useEffect(() => {
    if (rejectedKeys.length === 0) return;
    write(Object.fromEntries(rejectedKeys.map((key) => [key, null])), { history: "replace" });
  }, [rejectedKeys, write]);

  // Scroll the panel to the section the link names, on first load only.
  const scrolledRef = useRef(false);
  useEffect(() => {
    if (scrolledRef.current || !state.panel) return;
    scrolledRef.current = true;
    document.getElementById(state.panel)?.scrollIntoView({ block: "start" });
  }, [state.panel]);

  // View → URL: the camera, when the reader moved it.
  useEffect(
    () =>
      camera.subscribe(() => {
        const { camera: current, origin } = camera.get();
        if (origin === "map" && current) write({ map: current }, { history: "replace", limitUrlUpdates: throttle(500) });
      }),
    [camera, write],
  );

  // View → URL: time (not every frame while playing), playing and speed.
  // While playing the clock changes every frame; the URL is written only when what it holds
  // changes (playing, speed, or the minute shown when paused), never once per frame.
  useEffect(() => {
    let written = "";
    return playback.subscribe(() => {
      const { time, playing, speed } = playback.getState();
      const t = time === null || playing ? null : utcToLocalTime(time, clock.date, clock.offsetMinutes);
      const key = `${playing}|${speed}|${t ? `${t.dayOffset}/${t.minutes}` : ""}`;
      if (key === written) return;
      written = key;
      const patch = playing ? { play: true, speed } : { play: null, speed, t };
      write(patch, { history: "replace", limitUrlUpdates: throttle(300) });
    });
  }, [playback, write, clock]);

  if (problems.length === 0) return null;
  return (
    <UrlNotice onDismiss={() => setProblems([])}>
      Part of this link could not be used, so the default is shown instead: {problems.join("; ")}.
    </UrlNotice>
  );
}

/** Everything wrong with a link, as short phrases for the notice (values are text, never HTML). */
function checkLink(search: URLSearchParams, state: UrlViewState, knownIds: readonly string[], clock: EventClock) {
  const messages: string[] = [];
  const keys: ViewStateKey[] = [];
  const show = (value: string | null) => `“${(value ?? "").slice(0, Math.min(40, MAX_PARAMETER_LENGTH))}${(value ?? "").length > 40 ? "…" : ""}”`;
  for (const key of invalidParameters(search)) {
    messages.push(`${PARAMETER_NAMES[key]} ${show(search.get(key))}`);
    keys.push(key);
  }
  if (state.sel !== null && !knownIds.includes(state.sel)) {
    messages.push(`selection ${show(state.sel)} is not part of this event`);
    keys.push("sel");
  }
  if (state.t !== null) {
    const time = localTimeToUtc(state.t, clock.date, clock.offsetMinutes);
    if (time < clock.start || time > clock.end) {
      messages.push(`time ${show(search.get("t"))} is outside this event`);
      keys.push("t");
    }
  }
  if (state.e !== null && state.e !== clock.eventId) {
    messages.push(`event ${show(state.e)} is not the one on this page`);
    keys.push("e");
  }
  if (state.v !== null && state.v > URL_FORMAT_VERSION) {
    messages.push(`the link was made by a newer version of Sortie (format ${state.v}); what this version understands is shown`);
  }
  return { messages, keys };
}
