/**
 * The English catalogue, a chunk of its own (decision 0018): most people read Latvian, so
 * the first load carries only the Latvian texts, and this loads when the saved language is
 * English (before the first render) or on the switch.
 *
 * The build resolves `./messages` from here as `messages.ts?lang=en` (and the same for the
 * `*-messages.ts` files it spreads; `catalogueByLanguage` in vite.config.ts): a copy of the
 * modules of its own whose Latvian half tree-shaking drops, while the eager copy drops the
 * English half. So the pattern stays: a new `xxx-messages.ts` = one import + one spread line.
 */
export { en } from './messages';
