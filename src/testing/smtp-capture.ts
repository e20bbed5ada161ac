import { SMTPServer } from "smtp-server";
import { committee, reportingDuty, scopeOf } from "./factories";
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

/**
 * A Fachausschuss („Ausschuss für Soziales, Arbeit und Gesundheit“) that requires a half-yearly
 * report (resolution of 05.03.2024); returns the committee.
 */
export async function requireHalfYearlyReport(t: TestApp) {
  const social = await committee(scopeOf(t), {
    name: "Ausschuss für Soziales, Arbeit und Gesundheit",
    kind: "specialistCommittee",
  });
  await reportingDuty(scopeOf(t), {
    committeeId: social.id,
    cadence: "halfYearly",
    decidedOn: "2024-03-05",
  });
  return social;
}
