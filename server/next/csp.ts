/**
 * The Content-Security-Policy of every page (proxy.ts sets it per request with a fresh nonce;
 * Next puts the nonce on its own inline scripts when it finds it in the request's CSP header).
 * Styles take 'unsafe-inline' (decision 015): antd writes its CSS-in-JS as <style> elements and
 * React renders style="" attributes, which a nonce cannot cover. Nothing else inline runs.
 */
export function pageContentSecurityPolicy(nonce: string, opts: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next's nonced bootstrap loads are trusted; nothing else. Dev needs eval for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // data: for the TOTP QR code, blob: for downloads made in the page.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? " ws:" : ""}`,
    // The report preview draws its PDF with pdf.js, whose worker this site serves.
    "worker-src 'self'",
    // A PDF of this site (or a blob: of it) may still be framed, e.g. a download opened in place.
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A nonce of 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
