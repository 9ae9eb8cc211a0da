import { EventsPage, eventsMetadata } from "@/app/_shared/events-page";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return eventsMetadata(await localeParam(params));
}

export default async function Page({ params }: Props) {
  return <EventsPage locale={await localeParam(params)} />;
}
