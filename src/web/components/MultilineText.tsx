import { sourceLanguage } from "./SourceText";

type Block = { kind: "paragraph"; text: string } | { kind: "bullets"; items: string[] };

const bullet = /^\s*[•\-–]\s+/;

/** Splits API text into paragraphs, and runs of "• …" lines into one bulleted list. */
function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const last = blocks.at(-1);
    if (bullet.test(line)) {
      const item = line.replace(bullet, "");
      if (last?.kind === "bullets") last.items.push(item);
      else blocks.push({ kind: "bullets", items: [item] });
    } else {
      blocks.push({ kind: "paragraph", text: line.trim() });
    }
  }
  return blocks;
}

/** Text with line breaks from the API (Beschlussvorschlag, Ergebnis) as paragraphs and lists. */
export function MultilineText({ text }: { text: string }) {
  return (
    <div className="kurs-multiline" lang={sourceLanguage}>
      {toBlocks(text).map((block, index) =>
        block.kind === "paragraph" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: static text, order is its identity
          <p className="kern-body" key={index}>
            {block.text}
          </p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: static text, order is its identity
          <ul className="kern-list kern-list--bullet" key={index}>
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
