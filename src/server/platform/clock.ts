/** The one place the server reads the wall clock for "today" (tests set KURS_TODAY). */
export function todayIso(): string {
  return process.env.KURS_TODAY ?? new Date().toISOString().slice(0, 10);
}
