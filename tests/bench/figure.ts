/**
 * One benchmark figure as `npm run bench` prints it: a JSON line with the figure, its limit
 * measured or stated in the same run, and value / limit (so a script can follow both).
 */
export type LimitedFigure = {
	name: string;
	value: number;
	unit: string;
	limit: number | null;
	ratio: number | null;
};

export function figure(name: string, value: number, unit: string, limit?: number): LimitedFigure {
	const rounded = Math.round(value * 10) / 10;
	return {
		name,
		value: rounded,
		unit,
		limit: limit ?? null,
		ratio: limit ? Math.round((rounded / limit) * 1000) / 1000 : null
	};
}
