import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { SiteHeader } from "@/components/events/site-header";
import { localePath } from "@/lib/i18n/locales";

/** The 404 page's body, in the language of the section it was asked for. */
export function NotFoundBody() {
  const t = useTranslations("NotFound");
  const locale = useLocale();
  return (
    <>
      <SiteHeader path="/events" />
      <main className="mx-auto max-w-5xl px-4 py-6 text-body">
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-2">
          {t("text")}{" "}
          <Link prefetch={false} href={localePath(locale, "/events")} className="underline underline-offset-2">
            {t("link")}
          </Link>
        </p>
      </main>
    </>
  );
}
