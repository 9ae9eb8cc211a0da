import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/events/site-header";

// Our own 404 page: Next.js's built-in one adds a second <title> beside the layout's.
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-5xl px-4 py-6 text-body">
        <h1 className="text-2xl font-semibold text-ink">Page not found</h1>
        <p className="mt-2">
          There is no page at this address. <Link prefetch={false} href="/events" className="underline underline-offset-2">Every patrol</Link> is listed on the events page.
        </p>
      </main>
    </>
  );
}
