/**
 * Column widths for Word tables, from their text. Equal columns made Word and LibreOffice break
 * long words inside narrow columns ("Handlungsf|eld", "abgeschl|ossen") and wrap amounts
 * ("12.345,67 €"); every column now gets at least its longest word (a whole amount for numeric
 * columns), and the rest of the page goes to the columns whose text is longer than that.
 */

/** The text width of an A4 page (11,906 twips) with Kurs's margins (2.5 cm left, 2 cm right). */
export const textWidthTwips = 11906 - 1418 - 1134;

/** Arial's average advance is a little over half its size; digits are 0.556 em. */
const emPerChar = 0.56;
/**
 * Words must not break in any common font: a reader without Arial (or its metric twin Liberation
 * Sans) gets a wider one, DejaVu Sans or Verdana at up to about 0.62 em a letter. The room a
 * column's longest word needs is reckoned with that.
 */
const widestEmPerChar = 0.6;
/** Bold header text sets about 8 % wider. */
const boldFactor = 1.08;
/** Left and right cell margins (80 twips each) and a little air. */
const cellPadding = 200;

const longestWord = (text: string) =>
  Math.max(0, ...text.split(/\s+/).map((word) => [...word].length));

/**
 * Widths in twips that add up to `total`. `pointSize` is the body text's size (9 pt in the
 * committee report's compact tables, 11 pt elsewhere).
 */
export function columnWidths(
  header: string[],
  rows: string[][],
  options: { numeric?: boolean[]; pointSize: number; headerPointSize?: number; total?: number },
): number[] {
  const { numeric = [], pointSize, total = textWidthTwips } = options;
  const headerPointSize = options.headerPointSize ?? pointSize;
  const perChar = pointSize * 20 * emPerChar;
  const perCharWidest = pointSize * 20 * widestEmPerChar;
  const headerPerChar = headerPointSize * 20 * emPerChar;
  const headerPerCharWidest = headerPointSize * 20 * widestEmPerChar;
  const cells = (i: number) => rows.map((row) => row[i] ?? "");
  const need = header.map((title, i) => {
    const values = cells(i);
    const longestValue = Math.max(
      0,
      ...values.map((v) => (numeric[i] ? [...v].length : longestWord(v))),
    );
    const unbreakable = Math.max(
      longestWord(title) * boldFactor * headerPerCharWidest,
      longestValue * perCharWidest,
    );
    const whole = Math.max(
      [...title].length * boldFactor * headerPerChar,
      ...values.map((v) => [...v].length * perChar),
    );
    return { min: unbreakable + cellPadding, want: Math.max(whole, unbreakable) + cellPadding };
  });
  const minSum = need.reduce((s, n) => s + n.min, 0);
  let widths: number[];
  if (minSum >= total) {
    // Even the longest words do not fit side by side: share the width in their proportion.
    widths = need.map((n) => (n.min / minSum) * total);
  } else {
    // Every column gets its longest word; what is left goes to the columns with more text than
    // that, in proportion to how much more; a rest beyond all wishes is shared by width.
    const spare = total - minSum;
    const wishes = need.map((n) => Math.max(0, n.want - n.min));
    const wished = wishes.reduce((s, w) => s + w, 0);
    widths = need.map(
      (n, i) =>
        n.min + (wished ? Math.min(wishes[i] ?? 0, (spare * (wishes[i] ?? 0)) / wished) : 0),
    );
    const left = total - widths.reduce((s, w) => s + w, 0);
    const sum = widths.reduce((s, w) => s + w, 0);
    widths = widths.map((w) => w + (left * w) / sum);
  }
  // Whole twips that still add up to the total: the last column takes the rounding.
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1] = total - rounded.slice(0, -1).reduce((s, w) => s + w, 0);
  return rounded;
}
