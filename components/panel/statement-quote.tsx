import { useLocale, useTranslations } from "next-intl";
import type { Statement } from "@/lib/data/schema";

/**
 * A statement's quoted words as the cited source gives them. An English quote is shown as it is; a
 * quote held in the language it was said in is the original, marked so — on a page in that language
 * as the original in the reader's own language, beside the English summary. Nothing here is ever
 * a translation: a quote no person translated is never shown in another language.
 */
export function StatementQuote({ statement }: { statement: Statement }) {
  const t = useTranslations("Client.Quote");
  const locale = useLocale();
  if (!statement.quote) return null;
  const language = statement.quoteLanguage ?? "en";
  return (
    <figure className="mt-1">
      <blockquote className="border-l-2 border-line pl-2 text-subtle italic" lang={language}>
        “{statement.quote}”
      </blockquote>
      {language !== "en" && (
        <figcaption className="mt-0.5 pl-2 text-xs text-muted" data-testid="original-quote-caption">
          {language === locale ? t("originalInYourLanguage") : t("originalIn", { language: t(`languages.${language}`) })}
        </figcaption>
      )}
    </figure>
  );
}
