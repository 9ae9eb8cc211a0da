import { MethodologyPage, methodologyMetadata } from "@/app/_shared/methodology-page";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return methodologyMetadata(await localeParam(params));
}

export default async function Page({ params }: Props) {
  return <MethodologyPage locale={await localeParam(params)} />;
}
