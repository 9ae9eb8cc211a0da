"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useView } from "@/components/view-state/view-store-provider";
import { checkVideoRequest, clockText, type VideoRequestCheck } from "@/lib/export/video-request";
import { browserVideoSupport, type VideoSupport } from "@/lib/export/video-support";
import { VIDEO_FRAME_RATE } from "@/lib/export/video-frames";
import { SPEEDS } from "@/lib/url-state/view-state";
import { SHARE_BUTTON_CLASS as buttonClass } from "./share-control";
import { useVideoExport } from "./use-video-export";
import type { ExportFacts } from "./view-composition";

const fieldClass = "w-full rounded border border-line bg-surface px-1.5 py-1 text-ink aria-[invalid=true]:border-danger";

/**
 * "Export → Video (WebM)": the playback between two times on the event's local clock, at one of
 * the timeline's speeds, recorded in the browser (components/share/use-video-export.ts). Where the
 * browser cannot record, the option says so instead of offering a button that would fail.
 */
export function VideoExport({ facts }: { facts: ExportFacts }) {
  const range = useView((state) => state.range);
  const currentSpeed = useView((state) => state.clock.speed);
  const [start, setStart] = useState(() => clockText(range.start, facts));
  const [end, setEnd] = useState(() => clockText(range.end, facts));
  const [speed, setSpeed] = useState(currentSpeed);
  const [refused, setRefused] = useState<Extract<VideoRequestCheck, { ok: false }> | null>(null);
  const [support, setSupport] = useState<VideoSupport | { ok: false; unknown: string } | null>(null);
  const t = useTranslations("Client.Export");
  useEffect(() => {
    let current = true;
    // Asked when the panel opens: the answer comes from the browser's encoder, asynchronously.
    browserVideoSupport({ width: 1280, height: 900 }).then(
      (answer) => current && setSupport(answer),
      (error: unknown) => current && setSupport({ ok: false, unknown: String(error) }),
    );
    return () => {
      current = false;
    };
  }, []);
  const { progress, message, record, cancel, dismiss } = useVideoExport(facts);
  const id = useId();
  const clock = { date: facts.date, offsetMinutes: facts.offsetMinutes, zoneLabel: facts.zoneLabel, range };
  const check = checkVideoRequest({ start, end, speed }, clock);

  if (!support?.ok) {
    return (
      <section aria-labelledby={`${id}-title`} className="mt-3 border-t border-line-soft pt-3">
        <h3 id={`${id}-title`} className="font-semibold text-ink">{t("videoTitle")}</h3>
        {support ? (
          <p className="mt-1 text-notice-ink-strong" data-testid="video-unsupported">
            {"reason" in support ? t(support.reason) : t("videoSupportUnknown", { reason: support.unknown })}
          </p>
        ) : (
          <p className="mt-1 text-subtle">{t("videoChecking")}</p>
        )}
      </section>
    );
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!check.ok) {
      setRefused(check);
      dismiss();
      return;
    }
    setRefused(null);
    void record(check.request, support.codec);
  };
  const invalid = (field: "start" | "end" | "speed") => refused?.field === field;
  const edit = (set: (value: string) => void) => (event: React.ChangeEvent<HTMLInputElement>) => {
    set(event.target.value);
    setRefused(null);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="mt-3 border-t border-line-soft pt-3" data-testid="video-export">
      <h3 id={`${id}-title`} className="font-semibold text-ink">{t("videoTitle")}</h3>
      <p className="mt-1 text-subtle">{t("videoIntro", { zone: facts.zoneLabel })}</p>
      <form onSubmit={submit} noValidate className="mt-2">
        <fieldset disabled={progress !== null} className="grid grid-cols-3 gap-2">
          <label className="text-xs text-subtle">
            {t("videoStart")}
            <input name="start" className={fieldClass} value={start} onChange={edit(setStart)} aria-invalid={invalid("start")} aria-describedby={`${id}-check`} inputMode="numeric" autoComplete="off" />
          </label>
          <label className="text-xs text-subtle">
            {t("videoEnd")}
            <input name="end" className={fieldClass} value={end} onChange={edit(setEnd)} aria-invalid={invalid("end")} aria-describedby={`${id}-check`} inputMode="numeric" autoComplete="off" />
          </label>
          <label className="text-xs text-subtle">
            {t("videoSpeed")}
            <select name="speed" className={fieldClass} value={speed} onChange={(event) => (setSpeed(Number(event.target.value)), setRefused(null))} aria-invalid={invalid("speed")}>
              {SPEEDS.map((value) => (
                <option key={value} value={value}>
                  {value === 1 ? t("videoRealTime") : `${value}×`}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={`${buttonClass} col-span-3`}>
            {t("videoRecord")}
          </button>
        </fieldset>
        <p id={`${id}-check`} className={`mt-1 text-xs ${refused ? "text-danger" : "text-subtle"}`} role={refused ? "alert" : undefined} data-testid="video-check">
          {refused
            ? t(refused.problem.key, refused.problem.values)
            : check.ok
              ? t("videoPlan", { seconds: Math.round(check.request.durationMs / 1000), frames: check.request.times.length, rate: VIDEO_FRAME_RATE })
              : t("videoHint")}
        </p>
      </form>
      {progress && (
        <div className="mt-2 flex items-center gap-2" data-testid="video-progress">
          <progress className="h-2 min-w-0 flex-1 accent-info" value={progress.done} max={progress.total} aria-label={t("videoProgress")} />
          <span className="text-xs text-subtle tabular-nums">
            {progress.done} / {progress.total}
          </span>
          <button type="button" className={buttonClass} onClick={cancel}>
            {t("videoCancel")}
          </button>
        </div>
      )}
      <p role="status" className={`mt-2 min-h-5 ${message?.failed ? "text-danger" : "text-positive"}`} data-testid="video-message">
        {progress ? t("videoRecording") : message?.text}
      </p>
    </section>
  );
}
