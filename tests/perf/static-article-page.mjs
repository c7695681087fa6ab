// The yardstick for the Lighthouse check: the same article as a plain static page, the fastest
// this content can be. Typography follows the app's, so both pages paint a similar largest text block.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (character) => ESCAPES[character])
}

const STYLE = `
:root { color-scheme: light dark; --bg: #fbfaf7; --text: #1c1c1e; --muted: #55565c; --rule: #d9d6cf; --accent: #1d4e89; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #16171a; --text: #e9e7e2; --muted: #a9a8a4; --rule: #3a3b40; --accent: #8fb8ee; }
}
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 1.125rem/1.65 Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif; }
main { max-width: calc(36rem + 2 * clamp(1rem, 4vw, 2rem)); margin: 0 auto;
  padding: clamp(1.5rem, 6vw, 4rem) clamp(1rem, 4vw, 2rem) 4rem; }
header { margin-bottom: 2rem; padding-bottom: 1.25rem; border-bottom: 1px solid var(--rule); }
.publisher { margin: 0 0 0.5rem; color: var(--accent); letter-spacing: 0.08em; text-transform: uppercase;
  font: 700 0.8125rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
h1 { margin: 0 0 0.75rem; font-size: clamp(1.875rem, 5.5vw, 2.75rem); line-height: 1.15; text-wrap: balance; }
.meta { margin: 0; color: var(--muted); font: 0.9375rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
article > p { margin: 0 0 1.25em; hyphens: auto; overflow-wrap: break-word; text-wrap: pretty; }
`

/**
 * @param {{ headline: string, publisher: { name: string }, published: { datetime: string, label: string }, paragraphs: string[] }} article
 * @param {{ href: string, type: string }} [icon] the app's icon, served as a file beside the page
 * @returns {string} a complete HTML document with no JavaScript
 */
export function renderStaticArticlePage(article, icon) {
  const iconLink = icon
    ? `<link rel="icon" href="${escapeHtml(icon.href)}" type="${escapeHtml(icon.type)}">`
    : ''
  const paragraphs = article.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.headline)} | ${escapeHtml(article.publisher.name)}</title>
<meta name="description" content="${escapeHtml(article.paragraphs[0] ?? article.headline)}">
${iconLink}
<style>${STYLE}</style>
</head>
<body>
<main>
<article>
<header>
<p class="publisher">${escapeHtml(article.publisher.name)}</p>
<h1>${escapeHtml(article.headline)}</h1>
<p class="meta"><time datetime="${escapeHtml(article.published.datetime)}">${escapeHtml(article.published.label)}</time></p>
</header>
${paragraphs}
</article>
</main>
</body>
</html>
`
}
