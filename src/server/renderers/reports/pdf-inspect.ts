import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * Test helper: reads a PDF with pdf.js (the legacy build runs in Node) and reports what a
 * screen reader relies on — the document's marks, language, title preference, its structure
 * tree and whether every piece of text on a page is tagged content or an artifact.
 */

export interface StructNode {
  role: string;
  alt?: string;
  children: (StructNode | { type: "content"; id: string })[];
}

export interface PdfInspection {
  marked: boolean;
  lang: string | null;
  title: string | null;
  displayDocTitle: boolean;
  pages: number;
  /** Bookmark titles, depth first. */
  outline: string[];
  /** Structure elements of all pages in reading order (an element on two pages comes twice). */
  elements: StructNode[];
  /** Text shown outside any tag or artifact, per page. */
  untagged: string[][];
  /** Per page: whether the order of tagged text in the structure tree is the order drawn. */
  readingOrderMatches: boolean[];
}

const isNode = (c: StructNode["children"][number]): c is StructNode => "role" in c;

function walk(node: StructNode, out: StructNode[], ids: string[]) {
  out.push(node);
  for (const child of node.children ?? [])
    if (isNode(child)) walk(child, out, ids);
    else if (child.type === "content") ids.push(child.id);
}

export async function inspectPdf(bytes: Buffer): Promise<PdfInspection> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  try {
    const meta = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    const markInfo = await doc.getMarkInfo();
    const prefs = (await doc.getViewerPreferences()) as Record<string, unknown> | null;
    const outline: string[] = [];
    type Item = { title: string; items?: Item[] };
    const walkOutline = (items: Item[] | null) => {
      for (const item of items ?? []) {
        outline.push(item.title);
        walkOutline(item.items ?? null);
      }
    };
    walkOutline((await doc.getOutline()) as Item[] | null);
    const elements: StructNode[] = [];
    const untagged: string[][] = [];
    const readingOrderMatches: boolean[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const tree = (await page.getStructTree()) as StructNode | null;
      const treeIds: string[] = [];
      if (tree) walk(tree, elements, treeIds);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const stack: { tag: string; id: string | null }[] = [];
      const loose: string[] = [];
      const drawnIds: string[] = [];
      for (const item of content.items as Record<string, unknown>[]) {
        if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
          stack.push({ tag: String(item.tag), id: (item.id as string | undefined) ?? null });
        } else if (item.type === "endMarkedContent") stack.pop();
        else if (typeof item.str === "string" && item.str.trim()) {
          const artifact = stack.some((m) => m.tag === "Artifact");
          const tagged = stack.find((m) => m.id !== null);
          if (!artifact && !tagged) loose.push(item.str);
          if (tagged && !artifact && drawnIds.at(-1) !== tagged.id)
            drawnIds.push(tagged.id as string);
        }
      }
      untagged.push(loose);
      const withText = new Set(drawnIds);
      readingOrderMatches.push(
        JSON.stringify(treeIds.filter((id) => withText.has(id))) === JSON.stringify(drawnIds),
      );
      page.cleanup();
    }
    return {
      marked: markInfo?.Marked === true,
      lang: (meta.info.Language as string | undefined) ?? null,
      title: (meta.info.Title as string | undefined) ?? null,
      displayDocTitle: prefs?.DisplayDocTitle === true,
      pages: doc.numPages,
      outline,
      elements,
      untagged,
      readingOrderMatches,
    };
  } finally {
    await doc.destroy();
  }
}

/** Heading levels in reading order (an element split over pages counted once per page). */
export function headingLevels(elements: StructNode[]): number[] {
  return elements.filter((e) => /^H[1-6]$/.test(e.role)).map((e) => Number(e.role.slice(1)));
}

/** The first skipped heading level ("H2 → H4"), or null. The first heading must be H1. */
export function skippedLevel(levels: number[]): string | null {
  let previous = 0;
  for (const level of levels) {
    if (level > previous + 1) return `H${previous} → H${level}`;
    previous = level;
  }
  return null;
}

export function descendants(node: StructNode): StructNode[] {
  const out: StructNode[] = [];
  walk(node, out, []);
  return out.slice(1);
}
