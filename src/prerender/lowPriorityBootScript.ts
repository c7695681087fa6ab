import type { Plugin } from 'vite'

const ENTRY_SCRIPT = /<script type="module" crossorigin src=/g

/**
 * Marks the page's one script (src/app/boot.ts) as low priority. It does nothing until the article
 * has painted, so the browser should fetch it after what the paint needs. Vite writes the entry's
 * script tag itself and drops attributes set in index.html, so they are added here.
 */
export function lowPriorityBootScript(): Plugin {
  return {
    name: 'low-priority-boot-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tags = html.match(ENTRY_SCRIPT)?.length ?? 0
        if (tags !== 1) throw new Error(`Expected one entry script in index.html, found ${tags}`)
        return html.replace(
          ENTRY_SCRIPT,
          '<script type="module" fetchpriority="low" crossorigin src=',
        )
      },
    },
  }
}
