import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";

/** The OParl 1.1 schema files and examples (copied unchanged from ../shared/oparl-1.1 into oparl-1.1/ here, see its README). */
export const oparlDir = join(import.meta.dirname, "oparl-1.1");

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const oparlTypes = [
  "System",
  "Body",
  "Organization",
  "Person",
  "Meeting",
  "AgendaItem",
  "Paper",
  "Consultation",
  "File",
  "Location",
  "LegislativeTerm",
  "Membership",
] as const;

/** Validates an OParl object against the schema its `type` names; returns the errors. */
export function oparlValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validators = new Map(
    oparlTypes.map((type) => [
      type,
      ajv.compile(JSON.parse(readFileSync(join(oparlDir, "schema", `${type}.json`), "utf8"))),
    ]),
  );
  return (object: unknown): string[] => {
    const type = String((object as { type?: unknown })?.type ?? "").replace(
      "https://schema.oparl.org/1.1/",
      "",
    );
    const validate = validators.get(type as (typeof oparlTypes)[number]);
    if (!validate) return [`unknown type ${type}`];
    if (validate(object)) return [];
    return (validate.errors ?? []).map((e) => `${type} ${e.instancePath} ${e.message}`);
  };
}
