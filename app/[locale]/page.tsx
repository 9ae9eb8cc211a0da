import { HomePage, homeMetadata } from "@/app/_shared/event-pages";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return homeMetadata(await localeParam(params));
}

export default async function Page({ params }: Props) {
  return <HomePage locale={await localeParam(params)} />;
}
