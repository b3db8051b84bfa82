/**
 * Where Latvija.lv (or the stand-in identity provider) POSTs the signed answer. The POST comes
 * cross-origin from the identity provider, so the origin check must exempt exactly this path;
 * the handler itself proves the request through the signed assertion and the one-time wctx,
 * bound to the browser that started the sign-in by its cookie (browser-binding.ts).
 */
export const LATVIJA_RETURN_PATH = '/auth/latvija/return';

/** Where the sign-in button sends the browser; it answers with a redirect to the provider. */
export const LATVIJA_START_PATH = '/auth/latvija/start';
