/**
 * The placement engine (issue 16, docs/placement.md): pure functions over the contract, used
 * by the server's runs and by the browser's explanations alike.
 */
export * from './contract';
export { place } from './deferred-acceptance';
export { compareKeys, NO_KEY_GETS_IN } from './keys';
