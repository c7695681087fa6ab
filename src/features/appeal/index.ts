export { AppealBanner } from './components/AppealBanner'
export { AppealWithoutScript } from './components/AppealWithoutScript'
export { appealSchema } from './api/appealSchema'
