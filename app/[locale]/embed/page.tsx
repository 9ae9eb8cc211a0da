import { EmbedPage, embedMetadata } from "@/app/_shared/event-pages";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return embedMetadata(await localeParam(params));
}

export default async function Page({ params }: Props) {
  return <EmbedPage locale={await localeParam(params)} />;
}
