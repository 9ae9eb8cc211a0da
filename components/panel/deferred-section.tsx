"use client";

import { useTranslations } from "next-intl";
import type { PanelDetails } from "@/lib/details/panel-details";
import type { DeferredSectionId } from "@/lib/details/panel-sections";
import { DeferredWords } from "@/components/i18n/deferred-words";
import { ContextList } from "./context-section";
import { PanelSection } from "./panel-section";
import { StatementList } from "./statements-section";
import { usePanelDetails } from "./use-panel-details";
import { ZoneList } from "./zones-section";

type Props = {
  section: DeferredSectionId;
  title: string;
  /** What the section holds, e.g. "4 statements": in the HTML, so a reader knows before it loads. */
  count: string;
  path: string;
  eventId: string;
  offsetMinutes: number;
  zoneLabel: string;
};

/**
 * A long, secondary panel section whose heading and count are in the page's HTML and whose text
 * comes with the panel-details file after hydration (lib/details/panel-sections.ts says why), with
 * the words around it in the page's language (lib/details/section-words.ts). The
 * trade-off: a reader without JavaScript sees the heading and the count, not the text.
 */
export function DeferredSection({ section, title, count, path, eventId, offsetMinutes, zoneLabel }: Props) {
  const file = usePanelDetails(path, eventId);
  // The selection's loading and failure words, which the page carries (lib/i18n/messages.ts, PANEL_KEYS_IN_PAGE):
  // shown before the panels' words arrive, and the section's heading and count already say what loads.
  const t = useTranslations("Client.Selection");
  const loading = (
    <p role="status" className="text-sm text-muted">
      {count} · {t("loading")}
    </p>
  );
  return (
    <PanelSection id={section} title={title}>
      {file.status === "ready" ? (
        // Its badges' and quotes' words come with the panels' words (components/i18n/deferred-words.tsx).
        <DeferredWords fallback={loading}>
          <SectionBody section={section} file={file.file} offsetMinutes={offsetMinutes} zoneLabel={zoneLabel} />
        </DeferredWords>
      ) : file.status === "loading" ? (
        loading
      ) : (
        <p role="status" className="text-sm text-muted">
          {count} · {t("failed", { reason: file.reason })}
        </p>
      )}
    </PanelSection>
  );
}

function SectionBody({ section, file, offsetMinutes, zoneLabel }: { section: DeferredSectionId; file: PanelDetails; offsetMinutes: number; zoneLabel: string }) {
  const { sections, sectionWords: words, sources } = file;
  if (section === "statements") return <StatementList statements={sections.statements} sources={sources} words={words} />;
  if (section === "context") return <ContextList context={sections.context} sources={sources} words={words} />;
  return <ZoneList zones={sections.zones} sources={sources} offsetMinutes={offsetMinutes} zoneLabel={zoneLabel} words={words} />;
}
