import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { COMMON_CLIENT_PARTS } from "@/lib/i18n/messages";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { localePath } from "@/lib/i18n/locales";

/** The header of the site's text pages (events, compare, statistics, methodology). `path`: the page's English path. */
export function SiteHeader({ path }: { path: string }) {
  const t = useTranslations("Header");
  const locale = useLocale();
  const link = "text-subtle underline-offset-2 hover:underline";
  return (
    <ClientMessages parts={COMMON_CLIENT_PARTS}>
    <header className="border-b border-line-soft bg-surface">
      <nav aria-label={t("site")} className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-1 px-4 pt-3 pb-1 text-sm">
        <Link prefetch={false} href={localePath(locale, "/")} className="font-semibold tracking-widest text-ink uppercase">
          Sortie
        </Link>
        <Link prefetch={false} href={localePath(locale, "/events")} className={link}>
          {t("allPatrols")}
        </Link>
        <Link prefetch={false} href={localePath(locale, "/compare")} className={link}>
          {t("compare")}
        </Link>
        <Link prefetch={false} href={localePath(locale, "/statistics")} className={link}>
          {t("statistics")}
        </Link>
        <Link prefetch={false} href={localePath(locale, "/methodology")} className={link}>
          {t("methodology")}
        </Link>
        <span className="ml-auto">
          <ThemeToggle />
        </span>
      </nav>
      <div className="mx-auto max-w-5xl px-4 pb-2">
        <LanguageSwitcher locale={locale} path={path} />
      </div>
    </header>
    </ClientMessages>
  );
}
