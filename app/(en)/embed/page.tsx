import { EmbedPage, embedMetadata } from "@/app/_shared/event-pages";

export const generateMetadata = () => embedMetadata("en");

export default function Page() {
  return <EmbedPage locale="en" />;
}
