import { Forbidden } from "@/components/forbidden";
import { readPage } from "@/server/next/read";
import { loadForbiddenAdvice } from "@/server/home/forbidden";

/** Rendered (with status 403) when a page calls `forbidden()`: what to do depends on who is refused. */
export default async function ForbiddenPage() {
  const reason = await readPage(loadForbiddenAdvice, { allowPasswordChange: true });
  return (
    <main style={{ padding: 48 }}>
      <Forbidden reason={reason} />
    </main>
  );
}
