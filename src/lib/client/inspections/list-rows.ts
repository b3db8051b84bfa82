import type { InspectionView } from '../../domain/inspection';
import { isOpenTask, readinessFrom, type Readiness } from './offline-files';

/** One line of "My inspections": the task, its number on the map and what is offline. */
export interface TaskRow {
	view: InspectionView;
	/** The number of its marker on the map; null when the task has no point. */
	number: number | null;
	point: { lat: number; lon: number } | null;
	readiness: Readiness;
}

export interface TaskRows {
	/** Tasks to do, soonest due first (no due day last). */
	open: TaskRow[];
	/** Done, closed or cancelled tasks and reports, latest first. */
	finished: TaskRow[];
}

const byDueDay = (a: InspectionView, b: InspectionView) =>
	(a.dueOn ?? '9999-99-99').localeCompare(b.dueOn ?? '9999-99-99') || a.createdAt - b.createdAt;

const latestFirst = (a: InspectionView, b: InspectionView) => b.updatedAt - a.updatedAt;

function pointOf(view: InspectionView): TaskRow['point'] {
	const { lat, lon } = view.subject;
	return lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon)
		? { lat, lon }
		: null;
}

/**
 * The list in its order, numbered for the map in that same order (open tasks first), with
 * each task's readiness from the hashes the device holds.
 */
export function taskRows(views: readonly InspectionView[], held: ReadonlySet<string>): TaskRows {
	const open = views.filter(isOpenTask).sort(byDueDay);
	const finished = views.filter((view) => !isOpenTask(view)).sort(latestFirst);
	let next = 1;
	const row = (view: InspectionView): TaskRow => {
		const point = pointOf(view);
		return { view, point, number: point ? next++ : null, readiness: readinessFrom(view, held) };
	};
	return { open: open.map(row), finished: finished.map(row) };
}

/** Every design-file hash the list needs to know about. */
export const designHashes = (views: readonly InspectionView[]) =>
	views.flatMap((view) => view.designFiles.map((file) => file.sha256));
