import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiRoute, routePath } from "./api-route";

const route = apiRoute({
  method: "GET",
  path: "/funds/:fundId/bookings/:bookingId",
  params: z.object({ fundId: z.string(), bookingId: z.string() }),
  querystring: z.object({ kind: z.array(z.string()).optional(), q: z.string().optional() }),
  status: 200,
});

describe("routePath", () => {
  it("fills every parameter, encoded, and writes the query without empty values", () => {
    expect(
      routePath(
        route,
        { fundId: "a b", bookingId: "ä/1" },
        { kind: ["x", "y"], q: "", z: undefined },
      ),
    ).toBe("/funds/a%20b/bookings/%C3%A4%2F1?kind=x&kind=y");
  });

  it("refuses a path whose parameter has no value", () => {
    expect(() => routePath(route, { fundId: "1" } as never)).toThrow(":bookingId");
  });
});
