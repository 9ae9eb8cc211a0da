import { useTranslations } from "next-intl";
import type { Confidence } from "@/lib/data/schema";

// Words from messages (Client.Confidence): the badge renders on the server and in the selection details.
const STYLES: Record<Confidence, string> = {
  confirmed: "border-positive-line text-positive bg-positive-surface",
  reported: "border-info-line text-info bg-info-surface",
  inferred: "border-notice-mark text-notice-ink bg-notice-surface border-dashed",
};

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const t = useTranslations("Client.Confidence");
  return (
    <span title={t(`${confidence}Title`)} className={`inline-block rounded border px-1.5 py-px text-[11px] leading-4 font-medium ${STYLES[confidence]}`}>
      {t(confidence)}
    </span>
  );
}
