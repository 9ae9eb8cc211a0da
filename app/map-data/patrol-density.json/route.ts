import { loadDashboardData } from "@/lib/dashboard/dashboard-data";

export const dynamic = "force-static";

/** /map-data/patrol-density.json: time spent per hexagon, per patrol (lib/dashboard/density-map-data.ts), built once at build time. */
export function GET() {
  return new Response(JSON.stringify(loadDashboardData().density()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
