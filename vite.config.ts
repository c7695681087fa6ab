/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { compileHint } from './src/prerender/compileHint.ts'
import { contentSecurityPolicy } from './src/prerender/contentSecurityPolicy.ts'
import { inlineStylesheet } from './src/prerender/inlineStylesheet.ts'
import { lowPriorityBootScript } from './src/prerender/lowPriorityBootScript.ts'
import { prerenderArticle } from './src/prerender/vitePlugin.ts'

export default defineConfig({
  // Order matters: the stylesheet is inlined before the policy hashes it.
  plugins: [
    react(),
    lowPriorityBootScript(),
    inlineStylesheet(),
    contentSecurityPolicy(),
    prerenderArticle(),
    compileHint(),
  ],
  build: {
    // One stylesheet for the page, written into it by inlineStylesheet: styles must never wait
    // for the app's code, which loads after the first paint (src/app/boot.ts).
    cssCodeSplit: false,
    // The boot script imports React DOM and then the app itself, each when it wants them: no
    // preload links or their polyfill belong in it.
    modulePreload: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/perf/**/*.test.mjs'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Dates are shown in the reader's time zone: the tests' readers are in UTC, on any machine.
    env: { TZ: 'UTC' },
  },
})
