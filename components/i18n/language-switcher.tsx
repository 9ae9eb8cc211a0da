"use client";

import { useTranslations } from "next-intl";
import type { SyntheticEvent } from "react";
import { LANGUAGE_TAGS, LOCALE_AUTONYMS, LOCALES, localePath, type Locale } from "@/lib/i18n/locales";

/**
 * The same page in every language, each named in itself. The query holds the whole view (selection,
 * time, camera, layers), so a link takes it along: read when the link is about to be used, since it
 * changes as the reader plays and pans. `path` is the page's English path (`/events/2020-12-22`).
 */
export function LanguageSwitcher({ locale, path }: { locale: Locale; path: string }) {
  const t = useTranslations("Client.Switcher");
  const withView = (event: SyntheticEvent<HTMLAnchorElement>) => {
    const target = event.currentTarget.dataset.locale as Locale;
    event.currentTarget.href = `${localePath(target, path)}${window.location.search}${window.location.hash}`;
  };
  return (
    <nav aria-label={t("label")} data-testid="language-switcher">
      <ul className="flex flex-wrap gap-x-3 text-xs">
        {LOCALES.map((other) =>
          other === locale ? (
            <li key={other}>
              <span aria-current="true" className="font-semibold text-ink" lang={LANGUAGE_TAGS[other]}>
                {LOCALE_AUTONYMS[other]}
              </span>
            </li>
          ) : (
            <li key={other}>
              <a
                href={localePath(other, path)}
                hrefLang={LANGUAGE_TAGS[other]}
                lang={LANGUAGE_TAGS[other]}
                data-locale={other}
                onPointerDown={withView}
                onFocus={withView}
                onMouseEnter={withView}
                onClick={withView}
                className="text-subtle underline underline-offset-2 hover:text-ink"
              >
                {LOCALE_AUTONYMS[other]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
