"use client";

import { ZOD_CONFIGURED } from "@/lib/validation/zod-config";

/** Loads lib/validation/zod-config in the browser with the root layout, before any form parses. */
export function ZodSetup() {
  return ZOD_CONFIGURED ? null : null;
}
