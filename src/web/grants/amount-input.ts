import { euroProblemMessage, readEuro } from "../../domain/money";
import { useFormat } from "../i18n/useFormat";

/** Cents of a typed amount, or the typed text (the server then names the field). */
export function centsOf(text: string): number {
  const read = readEuro(text);
  return read.ok ? read.cents : (text as never);
}

/** The problem of a typed euro amount in the reader's language, or null when it reads (or is empty). */
export function useAmountProblem() {
  const { language } = useFormat();
  return (text: string) => {
    const read = text.trim() ? readEuro(text) : null;
    return read && !read.ok ? euroProblemMessage(read.problem, language) : null;
  };
}
