import { EmbedPage, embedMetadata, eventStaticParams } from "@/app/_shared/event-pages";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string; id: string }> };

export const dynamicParams = false;
export const generateStaticParams = eventStaticParams;

export async function generateMetadata({ params }: Props) {
  return embedMetadata(await localeParam(params), (await params).id);
}

export default async function Page({ params }: Props) {
  return <EmbedPage locale={await localeParam(params)} id={(await params).id} />;
}
