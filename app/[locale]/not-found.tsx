import type { Metadata } from "next";
import { NotFoundBody } from "@/app/_shared/not-found-page";

export const metadata: Metadata = { robots: { index: false } };

/** An unknown event under a locale (/ja/events/1999-01-01): the 404 in that language. */
export default function NotFound() {
  return <NotFoundBody />;
}
