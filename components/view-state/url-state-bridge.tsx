"use client";

import { useTranslations } from "next-intl";
import { throttle, useQueryStates, type Options } from "nuqs";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
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
import { DeferredWords } from "@/components/i18n/deferred-words";
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
  const [problems, setProblems] = useState<LinkProblem[]>([]);
  // Show each new URL's problems during render, so a notice shows with the first paint.
  if (search !== readSearch) {
    setReadSearch(search);
    // The notice stays until dismissed, even after the bad values are cleaned from the URL.
    const found = checkLink(new URLSearchParams(search), linked, knownIds, clock);
    if (found.problems.length > 0) setProblems(found.problems);
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
    const { keys: rejected } = checkLink(new URLSearchParams(search), linked, knownIds, clock);
    const time = linked.t ? localTimeToUtc(linked.t, clock.date, clock.offsetMinutes) : null;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    applyingRef.current = true;
    store.actions.applyLink({ state: linked, rejected, time }, { firstLoad, reduceMotion });
    applyingRef.current = false;
    // Remove what could not be used, so a shared link does not pass the problem on.
    if (rejected.length > 0) writeRef.current(Object.fromEntries(rejected.map((key) => [key, null])), { history: "replace" });
    // Scroll the panel to the section the link names, on first load only.
    if (firstLoad && linked.panel) document.getElementById(linked.panel)?.scrollIntoView({ block: "start" });
  }, [query, linked, search, knownIds, clock, store]);

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
    // The notice's words come with it (components/i18n/deferred-words.tsx): it shows once they arrive.
    <DeferredWords>
      <LinkNotice problems={problems} onDismiss={() => setProblems([])} />
    </DeferredWords>
  );
}

/** What is wrong with one part of a link; put into words by LinkNotice, in the reader's language. */
type LinkProblem =
  | { kind: "parameter"; key: ViewStateKey; value: string }
  | { kind: "selection" | "time" | "event"; value: string }
  | { kind: "newer"; version: number };

/** Names everything wrong with a link, as short phrases (values are text, never HTML). */
function LinkNotice({ problems, onDismiss }: { problems: LinkProblem[]; onDismiss: () => void }) {
  const t = useTranslations("Client.LinkNotice");
  const phrase = (problem: LinkProblem) => {
    switch (problem.kind) {
      case "parameter":
        return t("parameter", { name: t(`parameters.${problem.key}`), value: problem.value });
      case "newer":
        return t("newer", { version: problem.version });
      default:
        return t(problem.kind, { value: problem.value });
    }
  };
  return <UrlNotice onDismiss={onDismiss}>{t("intro", { problems: problems.map(phrase).join(t("separator")) })}</UrlNotice>;
}

/** Everything wrong with a link, and the parameters to remove from the address. */
function checkLink(search: URLSearchParams, state: UrlViewState, knownIds: readonly string[], clock: EventClock) {
  const problems: LinkProblem[] = [];
  const keys: ViewStateKey[] = [];
  const show = (value: string | null) => `“${(value ?? "").slice(0, Math.min(40, MAX_PARAMETER_LENGTH))}${(value ?? "").length > 40 ? "…" : ""}”`;
  for (const key of invalidParameters(search)) {
    problems.push({ kind: "parameter", key, value: show(search.get(key)) });
    keys.push(key);
  }
  if (state.sel !== null && !knownIds.includes(state.sel)) {
    problems.push({ kind: "selection", value: show(state.sel) });
    keys.push("sel");
  }
  if (state.t !== null) {
    const time = localTimeToUtc(state.t, clock.date, clock.offsetMinutes);
    if (time < clock.start || time > clock.end) {
      problems.push({ kind: "time", value: show(search.get("t")) });
      keys.push("t");
    }
  }
  if (state.e !== null && state.e !== clock.eventId) {
    problems.push({ kind: "event", value: show(state.e) });
    keys.push("e");
  }
  if (state.v !== null && state.v > URL_FORMAT_VERSION) {
    problems.push({ kind: "newer", version: state.v });
  }
  return { problems, keys };
}
