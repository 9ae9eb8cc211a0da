import { useTranslations } from "next-intl";
import { EnglishContentNote } from "./english-content-note";
import type { EventBundle } from "@/lib/data/event-bundle";
import { PanelSection } from "./panel-section";

export function CaveatsSection({ bundle }: { bundle: EventBundle }) {
  const t = useTranslations("Panel");
  return (
    <PanelSection id="caveats" title={t("caveats")}>
      <EnglishContentNote />
      <ul className="list-disc space-y-1 pl-5 text-sm text-body" lang="en">
        {bundle.event.caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
    </PanelSection>
  );
}
