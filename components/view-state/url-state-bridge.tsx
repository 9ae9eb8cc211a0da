"use client";

import { useTranslations } from "next-intl";
import { throttle, useQueryStates, type Options } from "nuqs";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { localTimeToUtc, utcToLocalTime } from "@/lib/time/local-time";
import {
  MAX_PARAMETER_LENGTH,
  URL_FORMAT_VERSION,
  invalidParameters,
  parseViewState,
  serializeViewState,
  viewStateParsers,
  type UrlViewState,
  type ViewStateKey,
} from "@/lib/url-state/view-state";
import type { ViewStore } from "@/lib/view-store/create-view-store";
import { UrlNotice } from "./url-notice";

/** What the bridge needs to know about the event to check a link against it. */
export type EventClock = { eventId: string; date: string; offsetMinutes: number; start: number; end: number };

type Props = { knownIds: readonly string[]; clock: EventClock; store: ViewStore };

/**
 * The URL as a subscriber of the view store, read and written through nuqs. nuqs's state is
 * applied to the store on first load and whenever it changes other than by our own writes, which
 * is Back and Forward (nuqs follows the router's search params); the store writes back deliberate
 * steps (selections) as new history entries and everything else (camera, time, speed, layers) by
 * replacing the current entry, throttled. A parameter that cannot be used falls back to its
 * default, is named in a notice and removed from the URL.
 */
export function UrlStateBridge({ knownIds, clock, store }: Props) {
  const [linked, setLinked] = useQueryStates(viewStateParsers, { history: "replace", scroll: false });
  // Only to tell a value that was present but unusable from one that was absent: nuqs reads both as null.
  const search = useSearchParams().toString();
  const [readSearch, setReadSearch] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const t = useTranslations("Client.LinkNotice");
  const words = useMemo<LinkWords>(
    () => ({
      parameter: (key, value) => t("parameter", { name: t(`parameters.${key}`), value }),
      selection: (value) => t("selection", { value }),
      time: (value) => t("time", { value }),
      event: (value) => t("event", { value }),
      newer: (version) => t("newer", { version }),
    }),
    [t],
  );

  // Show each new URL's problems during render, so a notice shows with the first paint.
  if (search !== readSearch) {
    setReadSearch(search);
    // The notice stays until dismissed, even after the bad values are cleaned from the URL.
    const found = checkLink(new URLSearchParams(search), linked, knownIds, clock, words);
    if (found.messages.length > 0) setProblems(found.messages);
  }

  // What our writes have made the query, and how many are not in the address yet. nuqs hands our
  // own writes back as its state, at once and again when the router catches up with each
  // throttled write, possibly after a newer one: none of that is a link. A link is the first
  // state, or one that arrives with none of our writes pending, is not ours and is what the
  // address now shows: Back and Forward.
  const latestRef = useRef<UrlViewState | null>(null);
  const pendingRef = useRef(0);
  const applyingRef = useRef(false);

  const write = useCallback(
    (patch: Partial<UrlViewState>, options: Options) => {
      latestRef.current = { ...(latestRef.current ?? linked), v: URL_FORMAT_VERSION, ...patch };
      pendingRef.current += 1;
      // Settles once the address holds it (nuqs throttles and batches).
      const settle = () => {
        pendingRef.current -= 1;
      };
      setLinked({ v: URL_FORMAT_VERSION, ...patch }, options).then(settle, settle);
    },
    [linked, setLinked],
  );
  const writeRef = useRef(write);
  useEffect(() => {
    writeRef.current = write;
  }, [write]);

  // URL → view: on first load, and on Back and Forward.
  const query = serializeViewState(linked);
  useEffect(() => {
    const firstLoad = latestRef.current === null;
    if (!firstLoad) {
      // Our own latest write, or an older one reported late: nothing to apply.
      if (pendingRef.current > 0 || query === serializeViewState(latestRef.current!)) return;
      if (query !== serializeViewState(parseViewState(new URLSearchParams(window.location.search)))) return;
    }
    latestRef.current = linked;
    const { keys: rejected } = checkLink(new URLSearchParams(search), linked, knownIds, clock, words);
    const time = linked.t ? localTimeToUtc(linked.t, clock.date, clock.offsetMinutes) : null;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    applyingRef.current = true;
    store.actions.applyLink({ state: linked, rejected, time }, { firstLoad, reduceMotion });
    applyingRef.current = false;
    // Remove what could not be used, so a shared link does not pass the problem on.
    if (rejected.length > 0) writeRef.current(Object.fromEntries(rejected.map((key) => [key, null])), { history: "replace" });
    // Scroll the panel to the section the link names, on first load only.
    if (firstLoad && linked.panel) document.getElementById(linked.panel)?.scrollIntoView({ block: "start" });
  }, [query, linked, search, knownIds, clock, store, words]);

  // View → URL.
  useEffect(() => {
    let writtenTime = "";
    return store.subscribe((state, previous) => {
      const write = writeRef.current;
      // A link being applied is already in the URL: selections and layers are not written back.
      if (!applyingRef.current && state.selection.id !== previous.selection.id) write({ sel: state.selection.id }, { history: "push" });
      if (!applyingRef.current && state.hiddenGroups !== previous.hiddenGroups) {
        write({ hide: state.hiddenGroups.length > 0 ? [...state.hiddenGroups] : null }, { history: "replace" });
      }
      // The camera only when the reader moved it: a camera from the link is the link's already.
      if (state.camera !== previous.camera && state.camera.origin === "map" && state.camera.value) {
        write({ map: state.camera.value }, { history: "replace", limitUrlUpdates: throttle(500) });
      }
      // While playing the clock changes every frame; the URL is written only when what it holds
      // changes (playing, speed, or the minute shown when paused), never once per frame.
      const { time, playing, speed } = state.clock;
      const t = time === null || playing ? null : utcToLocalTime(time, clock.date, clock.offsetMinutes);
      const key = `${playing}|${speed}|${t ? `${t.dayOffset}/${t.minutes}` : ""}`;
      if (state.clock === previous.clock || key === writtenTime) return;
      writtenTime = key;
      write(playing ? { play: true, speed } : { play: null, speed, t }, { history: "replace", limitUrlUpdates: throttle(300) });
    });
  }, [store, clock]);

  if (problems.length === 0) return null;
  return (
    <UrlNotice onDismiss={() => setProblems([])}>
      {t("intro", { problems: problems.join(t("separator")) })}
    </UrlNotice>
  );
}

/** Everything wrong with a link, as short phrases for the notice (values are text, never HTML). */
/** The notice's phrases in the reader's language (messages: Client.LinkNotice). */
type LinkWords = { parameter: (key: ViewStateKey, value: string) => string; selection: (value: string) => string; time: (value: string) => string; event: (value: string) => string; newer: (version: number) => string };

function checkLink(search: URLSearchParams, state: UrlViewState, knownIds: readonly string[], clock: EventClock, words: LinkWords) {
  const messages: string[] = [];
  const keys: ViewStateKey[] = [];
  const show = (value: string | null) => `“${(value ?? "").slice(0, Math.min(40, MAX_PARAMETER_LENGTH))}${(value ?? "").length > 40 ? "…" : ""}”`;
  for (const key of invalidParameters(search)) {
    messages.push(words.parameter(key, show(search.get(key))));
    keys.push(key);
  }
  if (state.sel !== null && !knownIds.includes(state.sel)) {
    messages.push(words.selection(show(state.sel)));
    keys.push("sel");
  }
  if (state.t !== null) {
    const time = localTimeToUtc(state.t, clock.date, clock.offsetMinutes);
    if (time < clock.start || time > clock.end) {
      messages.push(words.time(show(search.get("t"))));
      keys.push("t");
    }
  }
  if (state.e !== null && state.e !== clock.eventId) {
    messages.push(words.event(show(state.e)));
    keys.push("e");
  }
  if (state.v !== null && state.v > URL_FORMAT_VERSION) {
    messages.push(words.newer(state.v));
  }
  return { messages, keys };
}
