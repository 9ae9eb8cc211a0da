import { NextResponse, type NextRequest } from "next/server";
import { securityHeadersFor } from "./security-headers";

/**
 * A path with malformed percent-encoding (`/events/%ff`, `/data/%E0%A4%A.geojson`) can never
 * name a page. Without this the router fails to decode it and answers a bare 500 with no security
 * headers; here it is a 400 carrying them. Everything else passes straight through. (Next.js 16
 * calls this file proxy.ts; it was middleware.ts. Static hosts never run it: see README, Deploying.)
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isDecodable(pathname)) return NextResponse.next();
  const response = new NextResponse("Bad request: the address is not valid percent-encoding.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  for (const { key, value } of securityHeadersFor("/")) response.headers.set(key, value);
  return response;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Hashed build files and the map library are never user-typed addresses.
  matcher: ["/((?!_next/static|maplibre/).*)"],
};
