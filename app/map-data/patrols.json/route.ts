import { loadDashboardData } from "@/lib/dashboard/dashboard-data";

export const dynamic = "force-static";

/** /map-data/patrols.json: every patrol's routes for the dashboard's map (lib/dashboard/overview-routes.ts), built once at build time. */
export function GET() {
  return new Response(JSON.stringify(loadDashboardData().routes()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
