import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderChartSvg } from "./render-svg";
import { svgToPng } from "./svg-png";

const option = {
  title: { text: "Teilnehmende B1" },
  xAxis: { type: "category", data: ["2024", "2025", "2026"] },
  yAxis: { type: "value" },
  series: [{ type: "line", name: "Ist", data: [120, 180, 240] }],
};

describe("server-side charts", () => {
  it("renders an ECharts option to SVG without a browser, the same every time", () => {
    const svg = renderChartSvg(option, { width: 600, height: 300 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('width="600"');
    expect(svg).toContain("Teilnehmende B1");
    expect(svg).toContain("2025");
    expect(renderChartSvg(option, { width: 600, height: 300 })).toBe(svg);
    // Static: no style blocks or attributes that a strict CSP would strip.
    expect(svg).not.toMatch(/<style|style="/);
    expect(svg).toContain('font-family="Roboto"');
  });

  it("rasterises the SVG to a PNG of twice its size, with the labels drawn", async () => {
    const png = await svgToPng(renderChartSvg(option, { width: 600, height: 300 }));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    // Width and height live in the IHDR chunk.
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(600);
    const withoutText = await svgToPng(
      renderChartSvg({ ...option, title: { text: "" } }, { width: 600, height: 300 }),
    );
    expect(withoutText.equals(png)).toBe(false);
    // KURS_CHART_PNG=/tmp/chart.png writes the picture, to look at.
    if (process.env.KURS_CHART_PNG) writeFileSync(process.env.KURS_CHART_PNG, png);
  });
});
