/**
 * Scripts only from this origin and never inline; the prerendered state is a JSON data block,
 * which is not executed. (frame-ancestors is left out: browsers ignore it in a meta tag and warn.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
