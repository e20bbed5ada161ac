import type { FastifySchemaCompiler } from "fastify";
import { type $ZodType, safeParse } from "zod/v4/core";

/**
 * Like fastify-type-provider-zod's validator, but keeps the input on each issue so that the
 * problem handler can tell "missing" from "wrong type", and reports every issue.
 */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema }) =>
  (data) => {
    const result = safeParse(schema, data, { reportInput: true });
    if (result.success) return { value: result.data };
    return {
      error: result.error.issues.map((issue) => ({
        keyword: issue.code,
        instancePath: `/${issue.path.join("/")}`,
        schemaPath: `#/${issue.path.join("/")}/${issue.code}`,
        message: issue.message,
        params: { issue },
      })) as never,
    };
  };
