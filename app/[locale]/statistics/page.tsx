import { StatisticsPage, statisticsMetadata } from "@/app/_shared/statistics-page";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return statisticsMetadata(await localeParam(params));
}

export default async function Page({ params }: Props) {
  return <StatisticsPage locale={await localeParam(params)} />;
}
