import { useState } from "react";
import { euroProblemMessage, readEuro } from "../../domain/money";
import { useFormat } from "../i18n/useFormat";

/** Cents of a typed amount, or the typed text (the server then names the field). */
export function centsOf(text: string): number {
  const read = readEuro(text);
  return read.ok ? read.cents : (text as never);
}

/** The problem of a typed euro amount in the reader's language, or null when it reads (or is empty). */
function useAmountProblem() {
  const { language } = useFormat();
  return (text: string) => {
    const read = text.trim() ? readEuro(text) : null;
    return read && !read.ok ? euroProblemMessage(read.problem, language) : null;
  };
}

/**
 * A typed euro amount and its own problem, shown at the field: `check` (before sending) finds the
 * problem and says whether the amount may go.
 */
export function useAmountField() {
  const problemOf = useAmountProblem();
  const [amount, setAmount] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const check = () => {
    const found = problemOf(amount);
    setProblem(found);
    return found === null;
  };
  return { amount, setAmount, problem, check };
}
