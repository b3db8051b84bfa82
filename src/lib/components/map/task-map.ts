/**
 * Where the numbered task markers go on the plain map and on the tile map: pure layout, so
 * the components only draw (and the same numbering shows in both).
 */
import { gridLines, project, viewFor, type LonLat, type PlainView } from './plain-projection';
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

/** A box round all the points with a margin (plain-projection's), the grid and the markers. */
export function plainLayout(points: readonly TaskPoint[]): PlainLayout {
	const view = viewFor(points.map(lonLatOf));
	return {
		view,
		grid: gridLines(view),
		placed: points.map((point) => ({ point, ...project(view, lonLatOf(point)) }))
	};
}

export function tilePlaced(view: TileView, points: readonly TaskPoint[]): PlacedPoint[] {
	return points.map((point) => ({ point, ...projectTile(view, lonLatOf(point)) }));
}

/** Degrees for the grid's labels: as few decimals as the line needs. */
export const gridLabel = (n: number) => n.toFixed(3).replace(/\.?0+$/, '');
