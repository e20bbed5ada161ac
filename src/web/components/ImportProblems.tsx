import { Alert } from "./Alert";

export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** An import file's problems, by row and column, in a danger alert. */
export function ImportProblems({
  testId,
  title,
  headers,
  problems,
}: {
  testId: string;
  title: string;
  headers: { row: string; column: string; problem: string };
  problems: ImportProblem[];
}) {
  return (
    <div data-testid={testId}>
      <Alert tone="danger" title={title}>
        <table className="kern-table kern-table--small">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              {[headers.row, headers.column, headers.problem].map((h) => (
                <th className="kern-table__header" scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {problems.map((p) => (
              <tr className="kern-table__row" key={`${p.row}-${p.column}-${p.message}`}>
                <td className="kern-table__cell">{p.row}</td>
                <td className="kern-table__cell">{p.column}</td>
                <td className="kern-table__cell">{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Alert>
    </div>
  );
}
