export { AppealBanner } from './components/AppealBanner'
export { AppealWithoutScript } from './components/AppealWithoutScript'

export { appealQuery } from './api/appealQuery'
export { appealSchema } from './api/appealSchema'
export type { AppealDocument } from './api/appealSchema'
