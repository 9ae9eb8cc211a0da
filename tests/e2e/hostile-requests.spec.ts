import { expect, test, type APIResponse } from "@playwright/test";

// Each request goes out as written: Playwright's request context does not resolve dot segments
// hidden behind %2F, nor re-encode malformed escapes.

function expectNotFramable(response: APIResponse) {
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
}

test("Open Graph images exist only for known events: crafted ids are 404 and read nothing", async ({ request }) => {
  for (const path of [
    "/events/..%2F..%2Fdata%2Fevents%2F2019-07-23/opengraph-image",
    "/events/..%2F..%2F..%2F..%2F..%2F..%2Fetc/opengraph-image",
    "/events/2099-01-01/opengraph-image",
    "/events/constructor/opengraph-image",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  const known = await request.get("/events/2019-07-23/opengraph-image");
  expect(known.status()).toBe(200);
  expect(known.headers()["content-type"]).toBe("image/png");
});

test("unknown event ids are 404 on every route", async ({ request }) => {
  for (const path of ["/events/2099-01-01", "/embed/2099-01-01", "/data/2099-01-01.geojson", "/map-data/2099-01-01.json", "/data/2020-12-22", "/events/constructor"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("only /embed and /embed/... may be framed: look-alike paths carry the full framing protection", async ({ request }) => {
  for (const path of ["/embedx", "/embed-foo", "/embeddings", "/", "/events/2020-12-22"]) {
    expectNotFramable(await request.get(path));
  }
  for (const path of ["/embed", "/embed/2020-12-22"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(response.headers()["x-frame-options"]).toBeUndefined();
  }
});

test("malformed percent-encoding is a 400 or 404 with the security headers, never a bare 500", async ({ request }) => {
  for (const path of ["/events/%ff", "/data/%E0%A4%A.geojson", "/embed/%ff", "/%E0%A4%A"]) {
    const response = await request.get(path);
    expect([400, 404], path).toContain(response.status());
    expectNotFramable(response);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
});

test("the 404 page has one title", async ({ request }) => {
  const response = await request.get("/no-such-page");
  expect(response.status()).toBe(404);
  expect((await response.text()).match(/<title>/g)).toHaveLength(1);
});
