import { z } from "zod";

/**
 * Set before anything else of this app can parse: zod probes `new Function("")` once, on its first
 * parse, to compile parsers, which the pages' Content-Security-Policy (no 'unsafe-eval') reports as
 * a violation. zod-config imports this first, because the error map it installs pulls in modules
 * (the outlines) that parse while they load.
 */
z.config({ jitless: true });
