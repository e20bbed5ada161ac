import { Alert } from "./Alert";
import { ErrorNotice } from "./QueryState";

/** What a write ended in: its refusal, or a success notice (a status) titled from its result. */
export function WriteOutcome<T>({
  write,
  doneTitle,
}: {
  write: { isError: boolean; error: unknown; isSuccess: boolean; data?: T };
  doneTitle: (result: T) => string;
}) {
  return (
    <>
      {write.isError ? <ErrorNotice error={write.error} /> : null}
      {write.isSuccess && write.data !== undefined ? (
        <Alert tone="success" title={doneTitle(write.data)} role="status" />
      ) : null}
    </>
  );
}
