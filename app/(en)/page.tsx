import { HomePage, homeMetadata } from "@/app/_shared/event-pages";

export const generateMetadata = () => homeMetadata("en");

export default function Page() {
  return <HomePage locale="en" />;
}
