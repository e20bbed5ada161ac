import type * as Echarts from "echarts";
import { printableText } from "../../../domain/text-input";
import { lazyRequire } from "../../platform/lazy-require";

/** The options Kurs passes to ECharts (a plain object; ECharts' own type is too loose to help). */
export type ChartOption = Echarts.EChartsCoreOption;

const echarts = lazyRequire<typeof Echarts>("echarts");

export interface ChartSize {
  width: number;
  height: number;
  /**
   * Prefix of the ids inside the SVG (clip paths). Give each chart on one HTML page its own
   * when SVGs are inlined; the default keeps the output the same for the same input.
   */
  idPrefix?: string;
}

/**
 * Renders an ECharts option to a standalone SVG document on the server, without a browser
 * (ECharts' SSR mode). Animation is off, so the same option always gives the same SVG; the
 * result is used by the web (as an image), the public site and the committee reports alike.
 */
export function renderChartSvg(option: ChartOption, size: ChartSize): string {
  const chart = echarts().init(null, null, {
    renderer: "svg",
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: "Roboto" }, ...option });
    // SVG is XML: characters it cannot carry (a backspace in a name) are dropped, not fatal.
    return printableText(toStaticSvg(chart.renderToSVGString(), size.idPrefix ?? "chart"));
  } finally {
    chart.dispose();
  }
}

/** SVG presentation attributes that ECharts writes into `style="…"` (text, mostly). */
const presentationAttributes = new Set([
  "fill",
  "fill-opacity",
  "font-family",
  "font-size",
  "font-style",
  "font-weight",
  "opacity",
  "stroke",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-width",
]);

/**
 * Makes ECharts' SSR output static and self-contained: drops the hover-only `<style>` block and
 * its class names, replaces the per-instance id prefix (a counter that differs from call to
 * call) by `idPrefix`, and turns `style="…"`
 * declarations into presentation attributes — a strict Content-Security-Policy (no inline
 * styles) then leaves the chart intact, inline in HTML as well as as an image.
 */
function toStaticSvg(svg: string, idPrefix: string): string {
  return svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, "")
    .replace(/ class="zr\d+-cls-\d+"/g, "")
    .replace(/\bzr\d+-/g, `${idPrefix}-`)
    .replace(/ style="([^"]*)"/g, (_whole, declarations: string) =>
      declarations
        .split(";")
        .map((declaration) => {
          const colon = declaration.indexOf(":");
          if (colon < 0) return "";
          const name = declaration.slice(0, colon).trim();
          const value = declaration.slice(colon + 1).trim();
          return presentationAttributes.has(name) && value ? ` ${name}="${value}"` : "";
        })
        .join(""),
    );
}
