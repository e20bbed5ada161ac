import { SMTPServer } from "smtp-server";
import type { Council } from "../contract/council";
import type { TestApp } from "./test-app";

export interface ReceivedMail {
  to: string[];
  body: string;
}

/** A local SMTP test server on a free port that keeps every mail it receives. */
export async function startSmtpCapture(): Promise<{
  port: number;
  received: ReceivedMail[];
  close: () => Promise<void>;
}> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => {
        body += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    port: address.port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The seed's Fachausschuss requires a half-yearly report (resolution of 05.03.2024). */
export async function requireHalfYearlyReport(t: TestApp, editor: Record<string, string>) {
  const council = (await t.app.inject({ url: "/api/v1/council" })).json<Council>();
  const social = council.committees.find((c) => c.kind === "specialistCommittee")?.id;
  await t.app.inject({
    method: "POST",
    url: "/api/v1/resolutions",
    headers: editor,
    payload: {
      committeeId: social,
      decidedOn: "2024-03-05",
      outcome: "adopted",
      text: "Halbjährlicher Bericht.",
      effects: [{ type: "requireReporting", committeeId: social, cadence: "halfYearly" }],
    },
  });
}
