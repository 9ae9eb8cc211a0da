import { ComparePage, compareMetadata } from "@/app/_shared/compare-page";

export const generateMetadata = () => compareMetadata("en");

export default function Page() {
  return <ComparePage locale="en" />;
}
