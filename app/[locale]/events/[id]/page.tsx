import { EventPage, eventMetadata, eventStaticParams } from "@/app/_shared/event-pages";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string; id: string }> };

export const dynamicParams = false;
export const generateStaticParams = eventStaticParams;

export async function generateMetadata({ params }: Props) {
  return eventMetadata(await localeParam(params), (await params).id);
}

export default async function Page({ params }: Props) {
  return <EventPage locale={await localeParam(params)} id={(await params).id} />;
}
