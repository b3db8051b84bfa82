/**
 * Slippy-map arithmetic (Web Mercator, the scheme of OpenStreetMap-style {z}/{x}/{y} tiles):
 * where a place falls on the tiles at a zoom, which zoom shows a territory whole, and which
 * tiles cover the picture. Pure functions, so the map component only draws.
 */
import type { LonLat } from './plain-projection';

export const TILE_SIZE = 256;
/** Web Mercator stops here: the world is a square at this latitude. */
export const MAX_LAT = 85.0511287798066;
export const MAX_ZOOM = 18;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** The place as fractional tile coordinates at zoom z (x east, y south). */
export function toTile([lon, lat]: LonLat, z: number): { x: number; y: number } {
	const n = 2 ** z;
	const phi = rad(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
	return {
		x: ((lon + 180) / 360) * n,
		y: ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n
	};
}

/** The place at fractional tile coordinates at zoom z. */
export function fromTile(x: number, y: number, z: number): LonLat {
	const n = 2 ** z;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
	return [(x / n) * 360 - 180, lat];
}

/** A picture of width × height pixels whose top-left corner is (left, top) in world pixels at z. */
export interface TileView {
	z: number;
	left: number;
	top: number;
	width: number;
	height: number;
}

/** Latvia, for a map with nothing to show yet (as the plain map). */
const LATVIA: LonLat[] = [
	[20.9, 55.6],
	[28.3, 58.1]
];

/**
 * The view that shows all the points (a territory and the chosen point) with a margin, at
 * the largest zoom where they fit; one point alone is shown with its street surroundings.
 */
export function tileViewFor(
	points: readonly LonLat[],
	width: number,
	height: number,
	maxZoom = MAX_ZOOM
): TileView {
	const usable = points.filter(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= MAX_LAT);
	const corners = usable.length === 0 ? LATVIA : usable;
	const lons = corners.map((p) => p[0]);
	const lats = corners.map((p) => p[1]);
	const [west, east, south, north] = [
		Math.min(...lons),
		Math.max(...lons),
		Math.min(...lats),
		Math.max(...lats)
	];
	const z = fitZoom(
		[west, south],
		[east, north],
		width,
		height,
		usable.length === 1 ? 16 : maxZoom
	);
	const a = toTile([west, north], z);
	const b = toTile([east, south], z);
	const cx = ((a.x + b.x) / 2) * TILE_SIZE;
	const cy = ((a.y + b.y) / 2) * TILE_SIZE;
	return { z, left: cx - width / 2, top: cy - height / 2, width, height };
}

/** The largest zoom (0..maxZoom) at which the box fits in 90% of the picture. */
export function fitZoom(
	southWest: LonLat,
	northEast: LonLat,
	width: number,
	height: number,
	maxZoom = MAX_ZOOM
): number {
	for (let z = maxZoom; z > 0; z--) {
		const a = toTile([southWest[0], northEast[1]], z);
		const b = toTile([northEast[0], southWest[1]], z);
		if ((b.x - a.x) * TILE_SIZE <= width * 0.9 && (b.y - a.y) * TILE_SIZE <= height * 0.9) {
			return z;
		}
	}
	return 0;
}

/** Where a place is in the picture, in pixels from its top-left corner. */
export function projectTile(view: TileView, p: LonLat): { x: number; y: number } {
	const t = toTile(p, view.z);
	return { x: t.x * TILE_SIZE - view.left, y: t.y * TILE_SIZE - view.top };
}

/** The place under a pixel of the picture, rounded to 6 decimals (about 0.1 m). */
export function unprojectTile(view: TileView, x: number, y: number): LonLat {
	const [lon, lat] = fromTile((view.left + x) / TILE_SIZE, (view.top + y) / TILE_SIZE, view.z);
	return [round6(lon), round6(lat)];
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

export interface PlacedTile {
	z: number;
	/** Tile column (wrapped round the world) and row. */
	x: number;
	y: number;
	/** Its top-left corner in the picture, in pixels. */
	left: number;
	top: number;
}

/** The tiles that cover the picture; rows beyond the poles are left out. */
export function tilesFor(view: TileView): PlacedTile[] {
	const n = 2 ** view.z;
	const tiles: PlacedTile[] = [];
	const [x0, x1] = [view.left, view.left + view.width - 1].map((v) => Math.floor(v / TILE_SIZE));
	const [y0, y1] = [view.top, view.top + view.height - 1].map((v) => Math.floor(v / TILE_SIZE));
	for (let ty = Math.max(0, y0 as number); ty <= Math.min(n - 1, y1 as number); ty++) {
		for (let tx = x0 as number; tx <= (x1 as number); tx++) {
			tiles.push({
				z: view.z,
				x: ((tx % n) + n) % n,
				y: ty,
				left: tx * TILE_SIZE - view.left,
				top: ty * TILE_SIZE - view.top
			});
		}
	}
	return tiles;
}

/** The address of one tile from the template's {z}/{x}/{y}. */
export function tileUrl(template: string, tile: Pick<PlacedTile, 'z' | 'x' | 'y'>): string {
	return template
		.replaceAll('{z}', String(tile.z))
		.replaceAll('{x}', String(tile.x))
		.replaceAll('{y}', String(tile.y));
}
