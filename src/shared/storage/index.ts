export { readJson, removeKey, subscribeToKey, writeJson } from './localStore'
export type { WriteOutcome } from './localStore'
