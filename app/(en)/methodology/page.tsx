import { MethodologyPage, methodologyMetadata } from "@/app/_shared/methodology-page";

export const generateMetadata = () => methodologyMetadata("en");

export default function Page() {
  return <MethodologyPage locale="en" />;
}
