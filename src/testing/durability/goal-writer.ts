import { addGoal } from "./concept-client";

export interface GoalWriter {
  /** Titles the server acknowledged with 201, in order. */
  readonly acked: string[];
  /** Answers other than 201 (e.g. 429, 500): the server refused, it did not just die. */
  readonly refused: number[];
  /** Requests sent (acknowledged or not). */
  attempted(): number;
  /** Ends the loops (they also end by themselves once the server is gone) and waits for them. */
  stop(): Promise<void>;
}

/**
 * Adds goals titled `${prefix}-1`, `${prefix}-2`, … as fast as the server takes them, from
 * `concurrency` loops at once, and records every acknowledged title.
 */
export function startGoalWriter(
  baseUrl: string,
  cookie: string,
  target: { versionId: string; actionFieldId: string },
  prefix: string,
  concurrency = 2,
): GoalWriter {
  const acked: string[] = [];
  const refused: number[] = [];
  let next = 0;
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      const title = `${prefix}-${++next}`;
      const status = await addGoal(baseUrl, cookie, target, title);
      if (status === 201) acked.push(title);
      else {
        if (status !== null) refused.push(status);
        stopped = true; // refused, or the connection is lost: the server is gone or going
      }
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    acked,
    refused,
    attempted: () => next,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}
