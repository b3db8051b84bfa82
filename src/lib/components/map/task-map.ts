/**
 * Where the numbered task markers go on the plain map and on the tile map: pure layout, so
 * the components only draw (and the same numbering shows in both).
 */
import {
	gridLines,
	LABEL_WIDTH,
	project,
	viewFor,
	withRoom,
	type LonLat,
	type PlainView
} from './plain-projection';
import { projectTile, type TileView } from './tile-math';

/** One task on the map: its number in the list, its place and where the marker leads. */
export interface TaskPoint {
	id: string;
	number: number;
	lat: number;
	lon: number;
	/** What the marker is called for a screen reader: "Uzstādīšanas pārbaude". */
	name: string;
	/** Where it is: "Brīvības iela 40, Rīga". */
	place: string;
	href: string;
	/** A finished task: drawn paler, still a link. */
	muted: boolean;
}

export interface PlacedPoint {
	point: TaskPoint;
	x: number;
	y: number;
}

export const lonLatOf = (point: TaskPoint): LonLat => [point.lon, point.lat];

export interface PlainLayout {
	view: PlainView;
	grid: { lons: number[]; lats: number[] };
	placed: PlacedPoint[];
}

/** SVG units of a plain-map marker (its radius) and of a grid label's width. */
export const PLAIN_MARKER_RADIUS = 46;
export { LABEL_WIDTH };

/**
 * A box round all the points with a margin (plain-projection's), at least as wide as
 * `minAspect` × its height so that it fills a phone's width rather than a narrow strip
 * (Latvia's degrees of longitude are about half as long as its degrees of latitude).
 */
export function plainLayout(points: readonly TaskPoint[], minAspect = 4 / 3): PlainLayout {
	// Room for a whole marker (and its outline) round every point: none is cut at an edge.
	const view = withRoom(
		heighten(widen(viewFor(points.map(lonLatOf)), minAspect), MAX_ASPECT),
		points.map(lonLatOf),
		PLAIN_MARKER_RADIUS + 4
	);
	const grid = gridLines(view);
	return {
		view,
		grid,
		placed: spread(
			points.map((point) => ({ point, ...project(view, lonLatOf(point)) })),
			PLAIN_MARKER_RADIUS * 2 + 4,
			view
		)
	};
}

/**
 * Tasks along one street running east–west would give a strip a few pixels high, too thin
 * for a marker: no box is wider than this, latitude is added above and below instead.
 */
export const MAX_ASPECT = 2;

/** The same view with more latitude above and below when it is wider than maxAspect. */
export function heighten(view: PlainView, maxAspect: number): PlainView {
	if (view.width <= view.height * maxAspect) {
		return view;
	}
	const height = view.width / maxAspect;
	const half = ((view.north - view.south) * (height / view.height)) / 2;
	const middle = (view.north + view.south) / 2;
	return { ...view, south: middle - half, north: middle + half, height };
}

/** The same view with more longitude on both sides when it is narrower than minAspect. */
export function widen(view: PlainView, minAspect: number): PlainView {
	if (view.width >= view.height * minAspect) {
		return view;
	}
	const width = view.height * minAspect;
	const half = ((view.east - view.west) * (width / view.width)) / 2;
	const middle = (view.east + view.west) / 2;
	return { ...view, west: middle - half, east: middle + half, width };
}

export function tilePlaced(
	view: TileView,
	points: readonly TaskPoint[],
	gap: number
): PlacedPoint[] {
	return spread(
		points.map((point) => ({ point, ...projectTile(view, lonLatOf(point)) })),
		gap,
		view
	);
}

/**
 * Markers closer than `gap` (two tasks at one address) are set round their common place
 * like the numbers of a clock face, so each stays visible and can be tapped; all stay
 * inside the picture.
 */
export function spread(
	placed: readonly PlacedPoint[],
	gap: number,
	box: { width: number; height: number }
): PlacedPoint[] {
	const clusters: { x: number; y: number; members: number[] }[] = [];
	placed.forEach((p, index) => {
		const near = clusters.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < gap);
		if (near) {
			near.members.push(index);
		} else {
			clusters.push({ x: p.x, y: p.y, members: [index] });
		}
	});
	const out = [...placed];
	const margin = gap / 2;
	const clamp = (v: number, max: number) => Math.min(Math.max(v, margin), max - margin);
	for (const { x, y, members } of clusters) {
		if (members.length < 2) {
			continue;
		}
		// Neighbours on the circle are `gap` apart: the chord 2r·sin(π/n).
		const radius = Math.max(gap * 0.6, gap / (2 * Math.sin(Math.PI / members.length)));
		members.forEach((index, i) => {
			const angle = (2 * Math.PI * i) / members.length - Math.PI / 2;
			out[index] = {
				point: (placed[index] as PlacedPoint).point,
				x: clamp(x + radius * Math.cos(angle), box.width),
				y: clamp(y + radius * Math.sin(angle), box.height)
			};
		});
	}
	return out;
}

/** Degrees for the grid's labels: as few decimals as the line needs. */
export const gridLabel = (n: number) => n.toFixed(3).replace(/\.?0+$/, '');
