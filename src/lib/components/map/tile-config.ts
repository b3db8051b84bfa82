/**
 * The tile setting as the browser sees it. PUBLIC_KOPA_MAP_TILES is read when the app is
 * built (Kit's $env/static/public), not at run time, because it must agree with the
 * Content-Security-Policy: the prerendered shell that answers every navigation carries its
 * policy in a <meta> written at build time (svelte.config.js adds the tile origin to
 * img-src from the same variable). Being in the bundle, it also needs no request offline.
 */
import * as publicEnv from '$env/static/public';
import { tileTemplate } from './tile-origin.js';

// A namespace read, so a build without the variable still compiles (no named export then).
const env: Record<string, string | undefined> = publicEnv;

export const TILE_TEMPLATE: string | null = tileTemplate(env.PUBLIC_KOPA_MAP_TILES);

/** Who the map data is from, shown under the map (tile providers ask for it). */
export const TILE_ATTRIBUTION: string =
	env.PUBLIC_KOPA_MAP_ATTRIBUTION?.trim() ||
	(TILE_TEMPLATE ? new URL(TILE_TEMPLATE.replaceAll(/\{[zxy]\}/g, '0')).host : '');
