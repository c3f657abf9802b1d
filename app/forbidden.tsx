import { Forbidden } from "@/components/forbidden";

/** Rendered (with status 403) when a page calls `forbidden()`. */
export default function ForbiddenPage() {
  return (
    <main style={{ padding: 48 }}>
      <Forbidden />
    </main>
  );
}
