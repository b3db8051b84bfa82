/**
 * A plain map without tiles: longitude and latitude drawn to scale (an equirectangular view
 * with the east–west squeeze of the middle latitude), so a territory's outline and a point
 * keep their shape. Good enough at municipal scale, and needs no network. Issue 7's tile map
 * falls back to this when there are no tiles.
 */
export type LonLat = [number, number];

export interface PlainView {
	west: number;
	south: number;
	east: number;
	north: number;
	/** SVG units across and down (the longer side is SIZE). */
	width: number;
	height: number;
}

const SIZE = 1000;
/** Latvia, for a map with nothing to show yet. */
const LATVIA: [LonLat, LonLat] = [
	[20.9, 55.6],
	[28.3, 58.1]
];

/** The view that holds all the points (a territory and the chosen point), with a margin. */
export function viewFor(points: readonly LonLat[]): PlainView {
	const usable = points.filter(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 85);
	const corners =
		usable.length === 0 ? LATVIA : usable.length === 1 ? around(usable[0] as LonLat, 0.02) : usable;
	const lons = corners.map((p) => p[0]);
	const lats = corners.map((p) => p[1]);
	let [west, east] = [Math.min(...lons), Math.max(...lons)];
	let [south, north] = [Math.min(...lats), Math.max(...lats)];
	const padLon = Math.max((east - west) * 0.08, 0.002);
	const padLat = Math.max((north - south) * 0.08, 0.002);
	[west, east, south, north] = [west - padLon, east + padLon, south - padLat, north + padLat];
	const across = (east - west) * squeeze((south + north) / 2);
	const down = north - south;
	const scale = SIZE / Math.max(across, down);
	return { west, south, east, north, width: across * scale, height: down * scale };
}

function around([lon, lat]: LonLat, d: number): LonLat[] {
	return [
		[lon - d, lat - d],
		[lon + d, lat + d]
	];
}

const squeeze = (lat: number) => Math.cos((lat * Math.PI) / 180);

export function project(view: PlainView, [lon, lat]: LonLat): { x: number; y: number } {
	return {
		x: ((lon - view.west) / (view.east - view.west)) * view.width,
		y: ((view.north - lat) / (view.north - view.south)) * view.height
	};
}

/** The point under SVG coordinates, rounded to 6 decimals (about 0.1 m). */
export function unproject(view: PlainView, x: number, y: number): LonLat {
	const lon = view.west + (x / view.width) * (view.east - view.west);
	const lat = view.north - (y / view.height) * (view.north - view.south);
	return [round6(lon), round6(lat)];
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

const STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5];

/** Grid lines at a round step, about `count` of them across the longer side. */
export function gridLines(view: PlainView, count = 5): { lons: number[]; lats: number[] } {
	const span = Math.max(view.east - view.west, view.north - view.south);
	const step = STEPS.find((s) => span / s <= count * 1.5) ?? 5;
	const between = (from: number, to: number) => {
		const lines: number[] = [];
		for (let v = Math.ceil(from / step) * step; v <= to; v += step) {
			lines.push(Number(v.toFixed(6)));
		}
		return lines;
	};
	return { lons: between(view.west, view.east), lats: between(view.south, view.north) };
}

/** SVG units of a grid label's width ("24.105° E" at 28 units) and of its line's height. */
export const LABEL_WIDTH = 170;
const LABEL_HEIGHT = 36;
/** The band along the bottom where the longitude labels are written. */
const BOTTOM_BAND = 44;

/**
 * Where the grid's labels go: longitudes along the bottom, every n-th where they would
 * overlap; latitudes down the left side, clear of the bottom row and of the top edge and
 * a line apart. The grid lines themselves are all drawn.
 */
export function axisLabels(
	view: PlainView,
	grid: { lons: number[]; lats: number[] } = gridLines(view)
): { lons: { value: number; x: number }[]; lats: { value: number; y: number }[] } {
	const lons: { value: number; x: number }[] = [];
	for (const value of grid.lons) {
		const x = project(view, [value, view.south]).x;
		const last = lons[lons.length - 1];
		if (!last || x - last.x >= LABEL_WIDTH) {
			lons.push({ value, x });
		}
	}
	const lats: { value: number; y: number }[] = [];
	for (const value of grid.lats) {
		// Written just above its line.
		const y = project(view, [view.west, value]).y - 6;
		const last = lats[lats.length - 1];
		const clear = y <= view.height - BOTTOM_BAND && y >= LABEL_HEIGHT - 8;
		if (clear && (!last || Math.abs(y - last.y) >= LABEL_HEIGHT)) {
			lats.push({ value, y });
		}
	}
	return { lons, lats };
}

/**
 * The same view with room round the points for markers of `room` SVG units: a marker at the
 * edge would be cut in half. The scale stays; the picture grows by what is added.
 */
export function withRoom(view: PlainView, points: readonly LonLat[], room: number): PlainView {
	if (points.length === 0) {
		return view;
	}
	const placed = points.map((p) => project(view, p));
	const xs = placed.map((p) => p.x);
	const ys = placed.map((p) => p.y);
	const left = Math.max(0, room - Math.min(...xs));
	const right = Math.max(0, room - (view.width - Math.max(...xs)));
	const top = Math.max(0, room - Math.min(...ys));
	const bottom = Math.max(0, room - (view.height - Math.max(...ys)));
	const lonPerUnit = (view.east - view.west) / view.width;
	const latPerUnit = (view.north - view.south) / view.height;
	return {
		west: view.west - left * lonPerUnit,
		east: view.east + right * lonPerUnit,
		south: view.south - bottom * latPerUnit,
		north: view.north + top * latPerUnit,
		width: view.width + left + right,
		height: view.height + top + bottom
	};
}
