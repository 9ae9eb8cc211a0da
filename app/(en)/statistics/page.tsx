import { StatisticsPage, statisticsMetadata } from "@/app/_shared/statistics-page";

export const generateMetadata = () => statisticsMetadata("en");

export default function Page() {
  return <StatisticsPage locale="en" />;
}
