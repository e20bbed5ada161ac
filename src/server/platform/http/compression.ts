import { constants } from "node:zlib";
import compress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/** Answers below this many bytes go out as they are: compressing them costs more than it saves. */
export const compressionThreshold = 1024;

/**
 * Compresses JSON, HTML, CSV and XML answers above the threshold with brotli or gzip, as the
 * client accepts (PDF, DOCX, XLSX and images are left alone). Registered per context before its
 * routes: the plugin adds its onSend hook to each route registered after it, and route hooks run
 * after the context's hooks, so idempotency stores the answer uncompressed. Brotli at
 * quality 4: close to gzip's speed, smaller output; the static web app is compressed once at
 * build time at the highest level instead (scripts/build.mjs).
 */
export async function registerCompression(app: FastifyInstance) {
  await app.register(compress, {
    global: true,
    threshold: compressionThreshold,
    encodings: ["br", "gzip"],
    brotliOptions: {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 4,
      },
    },
  });
}
