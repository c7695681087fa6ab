import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Plugin } from 'vite'

const STYLE_ELEMENTS = /<style\b[^>]*>([\s\S]*?)<\/style>/gi

/** The CSP source that allows exactly this inline stylesheet and nothing else inline. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * Scripts only from this origin and never inline; the prerendered state is a JSON data block,
 * which is not executed. Inline styles are allowed only by their hash, so the stylesheet the
 * build writes into the page applies and an injected one does not. (frame-ancestors is left out:
 * browsers ignore it in a meta tag and warn.)
 */
export function contentSecurityPolicyFor(html: string): string {
  const styleHashes = [...html.matchAll(STYLE_ELEMENTS)].map(([, css = '']) => hashSource(css))
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/** The policy a built page carries in its meta tag. */
export function contentSecurityPolicyOf(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0]
  return /\bcontent=(["'])(.*?)\1/i
    .exec(tag ?? '')?.[2]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/**
 * Puts the policy in the built page's meta tag, and `vite preview` sends the same policy as a
 * header, as a production host would. The dev server gets none: hot reload runs inline scripts.
 */
export function contentSecurityPolicy(): Plugin {
  let builtPage = ''
  return {
    name: 'content-security-policy',
    configResolved(config) {
      builtPage = path.resolve(config.root, config.build.outDir, 'index.html')
    },
    transformIndexHtml: {
      // After the stylesheet is inlined, so its hash is in the policy.
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html
        return {
          html,
          tags: [
            {
              tag: 'meta',
              attrs: {
                'http-equiv': 'Content-Security-Policy',
                content: contentSecurityPolicyFor(html),
              },
              injectTo: 'head-prepend',
            },
          ],
        }
      },
    },
    configurePreviewServer(server) {
      // Read again only when the page changes: a rebuild under a running preview gets a new hash.
      let cached: { modifiedMs: number; policy: string | undefined } | undefined
      const currentPolicy = async () => {
        const { mtimeMs } = await stat(builtPage)
        if (cached?.modifiedMs !== mtimeMs) {
          cached = {
            modifiedMs: mtimeMs,
            policy: contentSecurityPolicyOf(await readFile(builtPage, 'utf8')),
          }
        }
        return cached.policy
      }
      server.middlewares.use((_request, response, next) => {
        currentPolicy()
          .then((policy) => {
            if (policy) response.setHeader('Content-Security-Policy', policy)
          })
          .catch(() => undefined)
          .finally(next)
      })
    },
  }
}
