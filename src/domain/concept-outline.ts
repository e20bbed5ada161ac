/**
 * A concept outline as an import reads it (from an XLSX/CSV outline or a DOCX's headings): one
 * entry per item with its level (1 Handlungsfeld, 2 Handlungsziel, 3 Handlungsempfehlung), an
 * optional number, a title and a description. `checkOutline` builds the tree and names every
 * problem at the row or paragraph it comes from; an outline with any problem imports nothing.
 */
export interface OutlineEntry {
  /** Where it comes from: the row of the table or the paragraph of the document (1-based). */
  at: number;
  level: 1 | 2 | 3 | null;
  number: string | null;
  title: string;
  description: string;
}

export type OutlineColumn = "level" | "number" | "title" | "description";
export interface OutlineProblem {
  at: number;
  column: OutlineColumn;
  code:
    | "conceptImport.levelMissing"
    | "conceptImport.levelSkipped"
    | "conceptImport.titleMissing"
    | "conceptImport.titleTooLong"
    | "conceptImport.descriptionTooLong"
    | "conceptImport.numberDuplicate";
}

export interface OutlineItem {
  at: number;
  number: string | null;
  title: string;
  description: string | null;
}
export interface OutlineRecommendation extends OutlineItem {}
export interface OutlineGoal extends OutlineItem {
  recommendations: OutlineRecommendation[];
}
export interface OutlineField extends OutlineItem {
  goals: OutlineGoal[];
}

const maxTitleChars = 500;
const maxDescriptionChars = 5000;
/** Most items one import takes (fields, goals and recommendations together). */
export const maxOutlineItems = 2000;

export function checkOutline(entries: readonly OutlineEntry[]): {
  fields: OutlineField[];
  problems: OutlineProblem[];
} {
  const problems: OutlineProblem[] = [];
  const fields: OutlineField[] = [];
  const numbers = new Map<string, number>();
  for (const e of entries) {
    const title = e.title.trim();
    const description = e.description.trim();
    if (!title) problems.push({ at: e.at, column: "title", code: "conceptImport.titleMissing" });
    else if (title.length > maxTitleChars)
      problems.push({ at: e.at, column: "title", code: "conceptImport.titleTooLong" });
    if (description.length > maxDescriptionChars)
      problems.push({ at: e.at, column: "description", code: "conceptImport.descriptionTooLong" });
    if (e.number) {
      if (numbers.has(e.number))
        problems.push({ at: e.at, column: "number", code: "conceptImport.numberDuplicate" });
      else numbers.set(e.number, e.at);
    }
    const item = { at: e.at, number: e.number, title, description: description || null };
    const field = fields.at(-1);
    const goal = field?.goals.at(-1);
    if (e.level === null) {
      problems.push({ at: e.at, column: "level", code: "conceptImport.levelMissing" });
    } else if (e.level === 1) {
      fields.push({ ...item, goals: [] });
    } else if (e.level === 2) {
      if (!field) problems.push({ at: e.at, column: "level", code: "conceptImport.levelSkipped" });
      else field.goals.push({ ...item, recommendations: [] });
    } else if (!goal) {
      problems.push({ at: e.at, column: "level", code: "conceptImport.levelSkipped" });
    } else {
      goal.recommendations.push(item);
    }
  }
  return { fields, problems };
}

/** Reads a level as people write it: 1/2/3 or the German (or English) name of the level. */
export function outlineLevel(text: string): 1 | 2 | 3 | null {
  const t = text.trim().toLowerCase();
  if (t === "1" || t === "handlungsfeld" || t === "action field") return 1;
  if (t === "2" || t === "handlungsziel" || t === "ziel" || t === "goal") return 2;
  if (t === "3" || t === "handlungsempfehlung" || t === "empfehlung" || t === "recommendation")
    return 3;
  return null;
}

/** Splits "1.2 Sprache in der Kita" into its number and title (no number: null). */
export function splitNumber(heading: string): { number: string | null; title: string } {
  const match = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/s.exec(heading.trim());
  return match?.[1] && match[2]
    ? { number: match[1], title: match[2] }
    : { number: null, title: heading.trim() };
}
