import Link from "next/link";
import { ThemeToggle } from "@/components/theme/theme-toggle";

/** The header of the site's text pages (events, compare, statistics, methodology). */
export function SiteHeader() {
  return (
    <header className="border-b border-line-soft bg-surface">
      <nav aria-label="Site" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-3 text-sm">
        <Link prefetch={false} href="/" className="font-semibold tracking-widest text-ink uppercase">
          Sortie
        </Link>
        <Link prefetch={false} href="/events" className="text-subtle underline-offset-2 hover:underline">
          All patrols
        </Link>
        <Link prefetch={false} href="/compare" className="text-subtle underline-offset-2 hover:underline">
          Compare
        </Link>
        <Link prefetch={false} href="/statistics" className="text-subtle underline-offset-2 hover:underline">
          Statistics
        </Link>
        <Link prefetch={false} href="/methodology" className="text-subtle underline-offset-2 hover:underline">
          Methodology
        </Link>
        <span className="ml-auto">
          <ThemeToggle />
        </span>
      </nav>
    </header>
  );
}
