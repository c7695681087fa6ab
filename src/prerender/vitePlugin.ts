import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createServer, type Plugin, type ResolvedConfig } from 'vite'
import { PRERENDERED_STATE_ID } from '../app/prerenderedState.ts'
import type { RenderedPage } from './renderPage.tsx'

const ROOT_ELEMENT = '<div id="root"></div>'

/**
 * After the client build, renders the article into dist/index.html so the story is readable
 * before (and without) JavaScript. Vite loads the React tree through its own SSR loader, so
 * the same TypeScript, JSX and CSS imports work here as in the browser.
 */
export function prerenderArticle(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'prerender-article',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async closeBundle() {
      if (config.build.ssr) return
      const server = await createServer({
        configFile: config.configFile,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      })
      try {
        const { renderPage } = (await server.ssrLoadModule('/src/prerender/renderPage.tsx')) as {
          renderPage: (read: (name: string) => Promise<unknown>) => Promise<RenderedPage>
        }
        const readDocument = async (name: string): Promise<unknown> =>
          JSON.parse(await readFile(path.join(config.publicDir, 'content', `${name}.json`), 'utf8'))
        const { appHtml, stateJson, appealHtml } = await renderPage(readDocument)

        const htmlPath = path.resolve(config.root, config.build.outDir, 'index.html')
        const template = await readFile(htmlPath, 'utf8')
        if (!template.includes(ROOT_ELEMENT)) {
          throw new Error(`index.html must contain ${ROOT_ELEMENT} for the prerender step`)
        }
        const stateScript = `<script type="application/json" id="${PRERENDERED_STATE_ID}">${stateJson}</script>`
        await writeFile(
          htmlPath,
          template.replace(
            ROOT_ELEMENT,
            `<div id="root">${appHtml}</div>${appealHtml}${stateScript}`,
          ),
        )
      } finally {
        await server.close()
      }
    },
  }
}
