import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicyFor, contentSecurityPolicyOf } from './contentSecurityPolicy'

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))

describe('contentSecurityPolicyFor', () => {
  it('allows the page’s own inline stylesheet by its hash, and no other inline code', () => {
    const css = 'body{margin:0}'
    const hash = createHash('sha256').update(css).digest('base64')

    const policy = contentSecurityPolicyFor(`<head><style>${css}</style></head>`)

    expect(directive(policy, 'style-src')).toBe(`style-src 'self' 'sha256-${hash}'`)
    expect(directive(policy, 'script-src')).toBe("script-src 'self'")
    expect(policy).not.toContain('unsafe-inline')
    expect(directive(policy, 'object-src')).toBe("object-src 'none'")
    expect(directive(policy, 'base-uri')).toBe("base-uri 'none'")
  })

  it('allows no inline style at all when the page has none', () => {
    expect(directive(contentSecurityPolicyFor('<head></head>'), 'style-src')).toBe(
      "style-src 'self'",
    )
  })

  it('is read back from the meta tag the build writes', () => {
    const policy = contentSecurityPolicyFor('<style>p{color:red}</style>')
    const escaped = policy.replace(/'/g, '&#39;')
    const html = `<meta http-equiv="Content-Security-Policy" content="${escaped}">`
    expect(contentSecurityPolicyOf(html)).toBe(policy)
  })
})
