import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertPublicUrl, isNonPublicAddress, NonPublicAddressError } from "../public-address";
import { httpOParlReader, OParlFetchError } from "./client";

/** The OParl import reads a foreign server's answer bounded (20 MB). */
describe("OParl client: bounded while reading", () => {
  let base = "";
  let sent = 0;
  const server = createServer((request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    if (request.url === "/small") return response.end('{"id":"x"}');
    // 200 MB streamed without Content-Length: the client must stop long before the end.
    const chunk = Buffer.alloc(1024 * 1024, " ");
    let left = 200;
    const pump = () => {
      while (left > 0) {
        left--;
        sent += chunk.length;
        if (!response.write(chunk)) return response.once("drain", pump);
      }
      response.end();
    };
    response.on("close", () => {
      left = 0;
    });
    pump();
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("reads a small answer", async () => {
    expect(await httpOParlReader({ allowPrivateNetworks: true }).get(`${base}/small`)).toEqual({
      id: "x",
    });
  });

  it("refuses an endless answer after the limit, without reading the rest", async () => {
    await expect(
      httpOParlReader({ allowPrivateNetworks: true }).get(`${base}/huge`),
    ).rejects.toBeInstanceOf(OParlFetchError);
    expect(sent).toBeLessThan(100 * 1024 * 1024);
  });

  it("refuses loopback, link-local and private addresses without asking them (SSRF)", async () => {
    const before = sent;
    await expect(httpOParlReader().get(`${base}/small`)).rejects.toBeInstanceOf(
      NonPublicAddressError,
    );
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://10.1.2.3/oparl",
      "http://[::1]/oparl",
      "http://[::ffff:192.168.0.1]/oparl",
      "http://localhost/oparl",
    ])
      await expect(assertPublicUrl(url)).rejects.toBeInstanceOf(NonPublicAddressError);
    expect(sent).toBe(before);
    expect(["8.8.8.8", "2001:4860:4860::8888"].map(isNonPublicAddress)).toEqual([false, false]);
    expect(
      ["172.16.0.1", "100.64.0.1", "fd00::1", "fe80::1", "0.0.0.0"].every(isNonPublicAddress),
    ).toBe(true);
  });
});
