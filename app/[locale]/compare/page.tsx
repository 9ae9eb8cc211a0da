import { ComparePage, compareMetadata } from "@/app/_shared/compare-page";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return compareMetadata(await localeParam(params));
}

export default async function Page({ params }: Props) {
  return <ComparePage locale={await localeParam(params)} />;
}
