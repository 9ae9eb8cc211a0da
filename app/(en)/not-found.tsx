import type { Metadata } from "next";
import { NotFoundBody } from "@/app/_shared/not-found-page";

// Our own 404 page: Next.js's built-in one adds a second <title> beside the layout's.
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return <NotFoundBody />;
}
