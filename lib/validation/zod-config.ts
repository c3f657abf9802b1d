import "./zod-jitless";
import { z } from "zod";
import { chineseMessage } from "./error-map";

/**
 * zod for this app, set once per JavaScript realm (browser, server, CLI) before any schema parses:
 * - the project's Chinese messages, naming the field, for every check a schema does not word
 *   itself (lib/validation/error-map.ts; zod's own zh-CN locale prints type names and English);
 * - jitless: zod otherwise probes `new Function("")` to compile parsers, which the pages'
 *   Content-Security-Policy (no 'unsafe-eval') reports as a violation.
 */
z.config({ customError: chineseMessage, jitless: true });

export const ZOD_CONFIGURED = true;
