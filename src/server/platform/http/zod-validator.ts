import type { FastifySchemaCompiler } from "fastify";
import type { core } from "zod";
import { type $ZodType, safeParse } from "zod/v4/core";
import { normaliseInput } from "../../../domain/text-input";

type Issue = core.$ZodIssue;

/**
 * Like fastify-type-provider-zod's validator, but keeps the input on each issue so that the
 * problem handler can tell "missing" from "wrong type", and reports every issue.
 *
 * Before the schema runs, every string of the body, query and path parameters passes the text
 * rule of `domain/text-input.ts` (NFC, line breaks; control characters and lone surrogates
 * refused by field) — here, so that no route can forget it.
 */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const text =
      httpPart === "headers" ? { value: data, issues: [] } : normaliseInput(data as unknown);
    const result = safeParse(schema, text.value, { reportInput: true });
    const textIssues: Issue[] = text.issues.map((t) => ({
      code: "custom",
      path: t.path,
      message: `text.${t.fault}`,
      input: undefined,
    }));
    if (result.success && textIssues.length === 0) return { value: result.data };
    const schemaIssues = result.success
      ? []
      : result.error.issues.filter(
          (issue) => !textIssues.some((t) => t.path.join("/") === issue.path.join("/")),
        );
    return {
      error: [...textIssues, ...schemaIssues].map((issue) => ({
        keyword: issue.code,
        instancePath: `/${issue.path.join("/")}`,
        schemaPath: `#/${issue.path.join("/")}/${issue.code}`,
        message: issue.message,
        params: { issue },
      })) as never,
    };
  };
