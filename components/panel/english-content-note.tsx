import { useLocale, useTranslations } from "next-intl";

/**
 * Said in the reader's language wherever content stays in English: summaries, moments, statements
 * and context are written in English and no person has translated them yet. Machine translation
 * is never shown in their place. Nothing on an English page.
 */
export function EnglishContentNote() {
  const t = useTranslations("Panel");
  if (useLocale() === "en") return null;
  return <ContentNote text={t("englishContent")} />;
}

/** The note itself, for a section whose words come with the panel-details file (SectionWords.englishContent, empty in English). */
export function ContentNote({ text }: { text: string }) {
  if (!text) return null;
  return (
    <p className="mt-2 mb-2 rounded-md border border-info-line bg-info-surface px-2 py-1 text-xs text-info" data-testid="english-content-note">
      {text}
    </p>
  );
}
