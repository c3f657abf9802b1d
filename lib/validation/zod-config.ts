import { z } from "zod";

/**
 * zod for this app, set once per JavaScript realm (browser, server, CLI) before any schema parses:
 * - messages in Chinese for every check a schema does not word itself (zod's zh-CN locale);
 * - jitless: zod otherwise probes `new Function("")` to compile parsers, which the pages'
 *   Content-Security-Policy (no 'unsafe-eval') reports as a violation.
 */
z.config(z.locales.zhCN());
z.config({ jitless: true });

export const ZOD_CONFIGURED = true;
