import type { Confidence } from "@/lib/data/schema";

const STYLES: Record<Confidence, { label: string; className: string; title: string }> = {
  confirmed: {
    label: "confirmed",
    className: "border-positive-line text-positive bg-positive-surface",
    title: "Stated by an official source, as quoted by the cited report",
  },
  reported: {
    label: "reported",
    className: "border-info-line text-info bg-info-surface",
    title: "Reported by the media; not confirmed by an official text we could find",
  },
  inferred: {
    label: "inferred",
    className: "border-notice-mark text-notice-ink bg-notice-surface border-dashed",
    title: "Sortie's reconstruction from several sources: approximate",
  },
};

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const style = STYLES[confidence];
  return (
    <span title={style.title} className={`inline-block rounded border px-1.5 py-px text-[11px] leading-4 font-medium ${style.className}`}>
      {style.label}
    </span>
  );
}
