"use client";

import { useLocale, useTranslations } from "next-intl";
import { INTL_LOCALES } from "@/lib/i18n/locales";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLinkedFormations, useView, useViewActions, useViewStoreApi } from "@/components/view-state/view-store-provider";
import { formatClock, formatDay, roundToFiveMinutes } from "@/lib/time/format-clock";
import type { PlaybackTick } from "@/lib/data/playback-model";
import { SPEEDS } from "@/lib/url-state/view-state";
import { unpackCrossing, type PackedCrossing, type TimelineCrossing } from "@/lib/timeline/packed-crossings";
import { zoneShortName, type ZoneTerm } from "@/lib/data/zone-vocabulary";
import type { FormationSpan } from "@/lib/timeline/formation-spans";
import { stepMoment } from "@/lib/timeline/step-moment";
import { FormationBands } from "./formation-bands";
import { HighlightCaption } from "./highlight-caption";

type Props = {
  /** Without positions, which the timeline does not use, and packed: props are serialised into the page. */
  crossings: readonly PackedCrossing[];
  /** How crossings name their zone (lib/data/zone-vocabulary.ts). */
  zones: readonly ZoneTerm[];
  formations: FormationSpan[];
  start: number;
  end: number;
  ticks: PlaybackTick[];
  offsetMinutes: number;
  zoneLabel: string;
  /** Where the timeline starts as one row (play, clock, slider): on phones, or always (embeds). */
  compact: "phone" | "always";
};

const MINUTE = 60_000;

/**
 * The event's day as a bar: play and pause, speed, scrub, step between reported moments (the
 * ticks), with the local clock and UTC side by side. Keyboard: space plays or pauses, ←/→ step
 * between moments, Home/End jump to the ends, whenever focus is not in a form control or the map.
 * A formation hovered or selected anywhere (or a moment of it) is highlighted here: its flown span
 * as a band, its moments emphasised and the rest dimmed. Pointing at a moment's tick, with the
 * pointer or keyboard focus, hovers that moment, which lights up its formations elsewhere.
 * Where space is short it is one row until the reader asks for every control (the `compact`
 * variant, app/globals.css), so the map keeps the screen.
 */
export function Timeline({ start, end, ticks, crossings: packed, zones, formations, offsetMinutes, zoneLabel, compact }: Props) {
  const [expanded, setExpanded] = useState(false);
  const crossings = useMemo(() => packed.map(unpackCrossing), [packed]);
  const t = useTranslations("Client.Timeline");
  const intlLocale = INTL_LOCALES[useLocale()];
  const store = useViewStoreApi();
  const state = useView((view) => view.clock);
  const { select, hover, play, pause, setTime, setSpeed } = useViewActions();
  const linked = useLinkedFormations();
  // What the pointer or focus rests on wins over the selection: one highlight at a time keeps the bar readable.
  const highlightedIds = linked.hovered.length > 0 ? linked.hovered : linked.selected;
  const highlighted = formations.filter((formation) => highlightedIds.includes(formation.id));
  const involves = (formationIds: readonly string[]) => formationIds.some((id) => highlightedIds.includes(id));
  const span = end - start;
  const sectionRef = useRef<HTMLElement>(null);

  const goToMoment = useCallback(
    (tick: PlaybackTick) => {
      pause();
      setTime(tick.time);
      select(tick.id);
    },
    [pause, setTime, select],
  );
  const step = useCallback(
    (direction: 1 | -1) => {
      const target = stepMoment(
        ticks.map((tick) => tick.time),
        store.getState().clock.time,
        direction,
      );
      const tick = ticks.find((candidate) => candidate.time === target);
      if (!tick) return;
      goToMoment(tick);
      // Focus on a tick follows the step, so the moment it highlights is the one now shown.
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused.dataset.momentId) {
        sectionRef.current?.querySelector<HTMLElement>(`[data-moment-id="${tick.id}"]`)?.focus();
      }
    },
    [ticks, store, goToMoment],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (target?.closest("input, select, textarea, [contenteditable], .maplibregl-canvas")) return;
      const onButton = target?.closest("button, a, summary") !== null && target !== document.body;
      if (event.key === " " && !onButton) {
        event.preventDefault();
        if (store.getState().clock.playing) pause();
        else play();
      } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
        event.preventDefault();
        step(event.key === "ArrowRight" ? 1 : -1);
      } else if (event.key === "Home" || event.key === "End") {
        event.preventDefault();
        pause();
        setTime(event.key === "Home" ? start : end);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store, step, start, end, pause, play, setTime]);

  const time = state.time;
  const shownTime = time ?? start;
  // The text alternative to the moving map: when the clock stops, say where the story stands.
  const lastMoment = time === null ? undefined : [...ticks].reverse().find((tick) => tick.time <= time);
  const spoken =
    time === null || state.playing
      ? ""
      : `${formatClock(time, offsetMinutes)} ${zoneLabel}. ${lastMoment ? t("latestMoment", { label: lastMoment.label }) : t("beforeFirst")}`;
  const crossingText = (crossing: TimelineCrossing) =>
    t(crossing.kind === "entry" ? "computedEntry" : "computedExit", { zone: zoneShortName(zones, crossing.zone), time: `${formatClock(roundToFiveMinutes(crossing.time), offsetMinutes)} ${zoneLabel}` });
  const buttonClass =
    "rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium text-body hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus disabled:opacity-40";

  return (
    // Opaque and without a backdrop blur: a blur over the map is composited again on every map
    // frame (loading, panning, playback), which in software rendering cost more than a tenth of a
    // second a frame; and without it, labels under a translucent card only showed through as clutter.
    <section
      ref={sectionRef}
      aria-label={t("label")}
      data-testid="timeline"
      data-compact={compact}
      data-expanded={expanded}
      className="pointer-events-auto rounded-lg border border-line-soft bg-surface px-3 pt-2 pb-3 text-ink shadow-md"
    >
      <div className="compact:-mb-1 compact:flex compact:items-center compact:gap-2">
        <div className="flex flex-wrap items-center gap-2 compact:contents">
          <button type="button" className={`${buttonClass} compact:hidden`} onClick={() => step(-1)} aria-label={t("previous")} title={`${t("previous")} (←)`}>
            <StepIcon direction={-1} />
          </button>
          <button
            type="button"
            className={`${buttonClass} min-w-[4.5rem] compact:min-w-0 compact:shrink-0`}
            onClick={() => (state.playing ? pause() : play())}
            aria-label={state.playing ? t("pause") : t("play")}
            title={t("playPauseTitle")}
            data-testid="play-pause"
          >
            {state.playing ? "❚❚" : "▶"}
            <span className="compact:sr-only"> {state.playing ? t("pause") : t("play")}</span>
          </button>
          <button type="button" className={`${buttonClass} compact:hidden`} onClick={() => step(1)} aria-label={t("next")} title={`${t("next")} (→)`}>
            <StepIcon direction={1} />
          </button>
          <p className="min-w-[6.5rem] text-sm tabular-nums sm:min-w-[9rem] compact:min-w-0 compact:shrink-0" aria-live="off" data-testid="clock">
            {time === null ? (
              <span className="text-muted">{t("wholeDay")}</span>
            ) : (
              <>
                <span className="font-semibold">
                  {formatClock(shownTime, offsetMinutes)} {zoneLabel}
                </span>{" "}
                <span className="hidden text-muted sm:inline compact:hidden">
                  {formatClock(shownTime)} UTC {formatDay(shownTime) !== formatDay(shownTime, offsetMinutes) ? formatDay(shownTime, 0, intlLocale) : ""}
                </span>
              </>
            )}
          </p>
          <label className="ml-auto flex items-center gap-1 text-sm text-subtle compact:hidden">
            <span className="hidden sm:inline">{t("speed")}</span>
            <select
              aria-label={t("playbackSpeed")}
              value={state.speed}
              onChange={(event) => setSpeed(Number(event.target.value))}
              className="rounded border border-line bg-surface px-1 py-0.5 focus-visible:outline-2 focus-visible:outline-focus"
            >
              {SPEEDS.map((speed) => (
                <option key={speed} value={speed}>
                  {speed === 1 ? t("realTime") : `${speed}×`}
                </option>
              ))}
            </select>
          </label>
          {time !== null && (
            <button type="button" className={`${buttonClass} compact:hidden`} onClick={() => (pause(), setTime(null))}>
              {t("wholeDay")}
            </button>
          )}
          <button
            type="button"
            className={`${buttonClass} order-last hidden compactable:inline-block`}
            onClick={() => setExpanded((value) => !value)}
            aria-expanded={expanded}
            aria-label={expanded ? t("fewerControls") : t("allControls")}
            title={expanded ? t("fewerControls") : t("allControls")}
          >
            <span aria-hidden="true">{expanded ? "▾" : "▴"}</span>
          </button>
        </div>
        <p className="sr-only" aria-live="polite" data-testid="timeline-description">
          {spoken}
        </p>
        <div className="relative mt-3 compact:mt-0 compact:min-w-0 compact:flex-1">
          <ol aria-label={t("ticks")} className="pointer-events-none absolute inset-x-0 -top-2 h-3 compact:hidden">
            {ticks.map((tick) => {
              const involved = highlighted.length > 0 && involves(tick.formations);
              const dimmed = highlighted.length > 0 && !involved;
              return (
                <li key={tick.id} className="absolute" style={{ left: `${((tick.time - start) / span) * 100}%` }}>
                  <button
                    type="button"
                    onClick={() => goToMoment(tick)}
                    onMouseEnter={() => hover(tick.id)}
                    onMouseLeave={() => hover(null)}
                    onFocus={() => hover(tick.id)}
                    onBlur={() => hover(null)}
                    data-moment-id={tick.id}
                    data-involved={involved || undefined}
                    data-dimmed={dimmed || undefined}
                    // The title is also the button's accessible name: an aria-label would put the
                    // moment's text into the HTML a second time.
                    title={`${formatClock(tick.time, offsetMinutes)} ${zoneLabel}${tick.estimated ? ` (${t("estimated")})` : ""}: ${tick.label}`}
                    className={`pointer-events-auto -ml-1.5 block h-3 w-3 rotate-45 border-2 border-body focus-visible:outline-2 focus-visible:outline-focus ${
                      tick.estimated ? "bg-surface" : "bg-body"
                    } ${involved ? "scale-125" : ""} ${dimmed ? "opacity-30" : ""}`}
                  />
                </li>
              );
            })}
          </ol>
          <input
            type="range"
            min={start}
            max={end}
            step={MINUTE}
            value={shownTime}
            onChange={(event) => {
              pause();
              setTime(Number(event.target.value));
            }}
            aria-label={t("time")}
            aria-valuetext={`${formatClock(shownTime, offsetMinutes)} ${zoneLabel}`}
            className="mt-2 w-full accent-body compact:mt-0 compact:block"
            data-testid="scrubber"
          />
          <div className="compact:hidden">
            <FormationBands formations={highlighted} start={start} end={end} />
            <ol aria-label={t("crossings")} className="relative h-2">
              {crossings.map((crossing) => (
                <li
                  key={`${crossing.formation}-${crossing.zone}-${crossing.kind}-${crossing.time}`}
                  className={`absolute top-0 h-2 w-px bg-notice-mark ${highlighted.length > 0 && !involves([crossing.formation]) ? "opacity-30" : ""}`}
                  style={{ left: `${((crossing.time - start) / span) * 100}%` }}
                  title={crossingText(crossing)}
                >
                  <span className="sr-only">{crossingText(crossing)}</span>
                </li>
              ))}
            </ol>
            <div className="flex justify-between gap-2 text-[11px] text-muted tabular-nums">
              <span className="shrink-0">{formatClock(start, offsetMinutes)} {zoneLabel}</span>
              {highlighted.length > 0 ? (
                <HighlightCaption words={{ estimated: t("estimated"), noTimedRoute: t("noTimedRoute"), moments: (count) => t("moments", { count }) }} formations={highlighted} momentCount={ticks.filter((tick) => involves(tick.formations)).length} offsetMinutes={offsetMinutes} />
              ) : (
                <span className="hidden sm:inline">◆ {t("keyReported")} · ◇ {t("keyEstimated")} · <span className="text-notice">|</span> {t("keyCrossing")}</span>
              )}
              <span className="shrink-0">{formatClock(end, offsetMinutes)} {zoneLabel}</span>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}

function StepIcon({ direction }: { direction: 1 | -1 }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className={direction === -1 ? "-scale-x-100" : undefined}>
      <path d="M2 2 L9 7 L2 12 Z" fill="currentColor" />
      <rect x="10" y="2" width="2" height="10" fill="currentColor" />
    </svg>
  );
}
