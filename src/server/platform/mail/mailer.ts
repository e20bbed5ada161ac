import type Nodemailer from "nodemailer";
import { lazyRequire } from "../lazy-require";

const nodemailer = lazyRequire<typeof Nodemailer>("nodemailer");

/**
 * E-mail for reminders (progress updates, proofs of use). Configured by KURS_SMTP_URL (e.g.
 * smtp://user:pass@mail.landkreis.example:587 or smtps://…:465) and KURS_SMTP_FROM (sender
 * address, default kurs@localhost). Without KURS_SMTP_URL no mail is sent; the task list in the
 * app is the request then.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  configured: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer {
  const url = env.KURS_SMTP_URL;
  if (!url) return { configured: false, send: async () => {} };
  const transport = nodemailer().createTransport(url);
  const from = env.KURS_SMTP_FROM || "kurs@localhost";
  return {
    configured: true,
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
  };
}
