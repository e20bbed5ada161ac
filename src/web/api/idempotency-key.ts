/**
 * One Idempotency-Key per form submission, without each form keeping one: the key is a random
 * "round" of the address plus a digest of the body. A double click or a retry after a lost
 * answer sends the same body in the same round, hence the same key, and the server
 * (src/server/platform/http/idempotency.ts) answers it with the first result instead of creating twice.
 * A created answer starts a new round for that address, so entering the same values again on
 * purpose creates again. Works outside secure contexts too (no crypto.subtle, no randomUUID).
 */
const rounds = new Map<string, string>();

function randomRound(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** FNV-1a over the text, twice with different seeds: 64 bits, enough to tell bodies apart. */
export function digestOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** The key for a POST of this body to this address in the current round. */
export function idempotencyKeyFor(path: string, bodyText: string): string {
  let round = rounds.get(path);
  if (!round) {
    round = randomRound();
    rounds.set(path, round);
  }
  return `${round}-${digestOf(bodyText)}`;
}

/** The server created what was asked: the next submission to this address is a new one. */
export function submissionDone(path: string): void {
  rounds.delete(path);
}
