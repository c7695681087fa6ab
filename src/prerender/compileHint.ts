import type { Plugin } from 'vite'

/**
 * V8's explicit compile hint (Chrome 136 on): the functions of a file that starts with it are
 * compiled as the file loads, on the thread that streams it in, rather than at their first call.
 */
const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad\n'

/**
 * Marks the app's own chunk (src/app/main.tsx: the card, its placement, the handlers) to be
 * compiled as it loads. Otherwise the first tap on a phrase compiled them inside the tap: 34–39 ms
 * of a 136–158 ms click at 6× CPU in Chromium's traces, 2–12 ms with the hint. React DOM's chunk
 * is left alone: hydration has compiled what a tap runs of it, and hinting it too cost blocking
 * time at load. Added to the finished chunk, as the minifier would drop a comment.
 */
export function compileHint(): Plugin {
  return {
    name: 'compile-hint',
    apply: 'build',
    generateBundle(_options, bundle) {
      const app = Object.values(bundle).filter(
        (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/app/main.tsx'),
      )
      const [chunk] = app
      if (app.length !== 1 || chunk?.type !== 'chunk') {
        throw new Error(`Expected one chunk for src/app/main.tsx, found ${app.length}`)
      }
      chunk.code = COMPILE_ALL_ON_LOAD + chunk.code
    },
  }
}
