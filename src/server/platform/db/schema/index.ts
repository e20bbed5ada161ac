export * from "./access-tokens";
export * from "./accounts";
export * from "./audit";
export * from "./capacity";
// committee reports
export * from "./committee-reports";
export * from "./concept";
export * from "./council";
export * from "./follow-ups";
export * from "./funds";
export * from "./grant-applications";
export * from "./grant-reminders";
// grants to course providers
export * from "./grants";
export * from "./idempotency";
export * from "./indicators";
export * from "./ledger";
export * from "./measures";
export * from "./oparl-sync";
export * from "./paper-files";
export * from "./public-site";
export * from "./tenant";
