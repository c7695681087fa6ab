// The browser tests drive Debian's Chromium (Playwright's own download cannot run here).
// Installs it when missing and we are root; otherwise says exactly what to run.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const CHROMIUM = '/usr/bin/chromium'
const INSTALL = 'apt-get update && apt-get install -y chromium'

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log(`Chromium is missing: running "${INSTALL}"`)
    execSync(INSTALL, { stdio: 'inherit', shell: '/bin/sh' })
  } else {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with:\n  sudo sh -c '${INSTALL}'`)
    process.exit(1)
  }
}
