import { createHash } from "node:crypto";

/**
 * Remembers the last `capacity` results of a pure computation (least recently used go first).
 * For rendering that gives the same output for the same input — a chart's SVG or PNG — so a
 * report's PDF, DOCX and HTML view draw each chart once, and a frozen report's files are not
 * drawn again on every download. Lives in one process; it never changes what is returned.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.hits++;
      // Move to the back: the most recently used.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A short key for a long input (an SVG, a snapshot section). */
export const digest = (text: string): string => createHash("sha256").update(text).digest("base64");
