import type { Plugin } from 'vite'

/**
 * Writes the built stylesheet into the page instead of linking it. A linked stylesheet blocks the
 * first paint for one more round trip, which on a phone's connection is most of the gap between
 * this page and a plain static one. Needs one stylesheet for the whole app (cssCodeSplit: false).
 */
export function inlineStylesheet(): Plugin {
  return {
    name: 'inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle
        if (!bundle) return html
        let inlined = html
        for (const [fileName, output] of Object.entries(bundle)) {
          if (output.type !== 'asset' || !fileName.endsWith('.css')) continue
          const link = new RegExp(
            `<link\\b[^>]*\\bhref="[^"]*${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
          )
          if (!link.test(inlined)) continue
          const css =
            typeof output.source === 'string'
              ? output.source
              : new TextDecoder().decode(output.source)
          // A function replacement: CSS may contain `$&`-like sequences that a string would expand.
          inlined = inlined.replace(link, () => `<style>${css.trim()}</style>`)
          // Nothing links the file any more; leaving it would ship a stylesheet no page uses.
          Reflect.deleteProperty(bundle, fileName)
        }
        return inlined
      },
    },
  }
}
