import Link from "next/link";
import type { PatrolSummary } from "@/lib/dashboard/patrol-summary";

const RESPONDER_NAMES = { japan: "Japan", "south-korea": "South Korea" } as const;

/** The selected patrol's summary, with a link to its page. */
export function PatrolSummaryCard({ patrol, onClose }: { patrol: PatrolSummary; onClose: () => void }) {
  return (
    <section aria-labelledby="selected-patrol" data-testid="patrol-summary" className="rounded-lg border border-info-line bg-info-surface p-3 text-sm">
      <div className="flex items-start justify-between gap-2">
        <h2 id="selected-patrol" className="font-semibold text-ink">
          {patrol.title}
        </h2>
        <button type="button" onClick={onClose} className="rounded px-1.5 text-subtle hover:bg-surface-strong" aria-label="Close the summary">
          ×
        </button>
      </div>
      <dl className="mt-1 grid grid-cols-[7.5rem_1fr] gap-x-2 gap-y-0.5">
        <dt className="text-muted">Date</dt>
        <dd>
          <time dateTime={patrol.date}>{patrol.date}</time>
        </dd>
        <dt className="text-muted">Bombers</dt>
        <dd>{patrol.bombers || "not reported"}</dd>
        <dt className="text-muted">Regions</dt>
        <dd>{patrol.regions.map((region) => region.name).join(", ") || "—"}</dd>
        <dt className="text-muted">Documentation</dt>
        <dd>{patrol.documentation}</dd>
        <dt className="text-muted">Responders</dt>
        <dd>
          {patrol.responders.length > 0
            ? patrol.responders.map((country) => RESPONDER_NAMES[country]).join(", ")
            : "none recorded as a response in the data (see the event page)"}
        </dd>
      </dl>
      <Link prefetch={false} href={patrol.href} className="mt-2 inline-block font-medium text-info underline underline-offset-2">
        Open this patrol
      </Link>
    </section>
  );
}
