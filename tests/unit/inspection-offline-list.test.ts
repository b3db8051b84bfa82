import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { taskRows } from '../../src/lib/client/inspections/list-rows';
import { filesToFetch, readinessFrom } from '../../src/lib/client/inspections/offline-files';
import { formatBytes, isSingular } from '../../src/lib/components/inspection/list/format';
import {
	plainLayout,
	PLAIN_MARKER_RADIUS,
	spread,
	type TaskPoint
} from '../../src/lib/components/map/task-map';
import {
	asDesignFile,
	designFile,
	pdfBytes,
	taskView
} from '../integration/inspection-offline-fixtures';

const fileA = asDesignFile(designFile(pdfBytes(100, 1), 'a.pdf'));
const fileB = asDesignFile(designFile(pdfBytes(100, 2), 'b.pdf'));

describe('the list of my inspections', () => {
	it('puts open tasks first by due day (none last), then the rest latest first', () => {
		const late = taskView({ dueOn: '2026-12-20' });
		const soon = taskView({ dueOn: '2026-12-02' });
		const undated = taskView({ dueOn: null });
		const doneOld = taskView({ status: 'done', updatedAt: 1 });
		const report = taskView({ kind: 'report', status: 'done', updatedAt: 5, dueOn: null });
		const closed = taskView({ status: 'closed', updatedAt: 3 });
		const rows = taskRows([doneOld, late, report, undated, closed, soon], new Set());
		expect(rows.open.map((r) => r.view.id)).toEqual([soon.id, late.id, undated.id]);
		expect(rows.finished.map((r) => r.view.id)).toEqual([report.id, closed.id, doneOld.id]);
	});

	it('numbers tasks with a point in list order and skips those without', () => {
		const noPoint = taskView({
			dueOn: '2026-12-01',
			subject: { ...taskView().subject, lat: null, lon: null }
		});
		const first = taskView({ dueOn: '2026-12-02' });
		const done = taskView({ status: 'done' });
		const rows = taskRows([done, first, noPoint], new Set());
		expect(rows.open.map((r) => r.number)).toEqual([null, 1]);
		expect(rows.finished.map((r) => r.number)).toEqual([2]);
		expect(rows.open[0]?.point).toBeNull();
	});

	it('says a task is ready when every design file is held, and which are missing', () => {
		const view = taskView({ designFiles: [fileA, fileB] });
		expect(readinessFrom(view, new Set([fileA.sha256]))).toEqual({
			ready: false,
			total: 2,
			missing: [fileB]
		});
		expect(readinessFrom(view, new Set([fileA.sha256, fileB.sha256])).ready).toBe(true);
		// A task with no design files is ready: its data came with the pull.
		expect(readinessFrom(taskView(), new Set()).ready).toBe(true);
	});

	it('fetches each content once, only for open tasks, never what is held', () => {
		const open1 = taskView({ designFiles: [fileA, fileB] });
		const open2 = taskView({ designFiles: [fileB] });
		const done = taskView({ status: 'done', designFiles: [asDesignFile(designFile(pdfBytes(9)))] });
		expect(filesToFetch([open1, open2, done], new Set()).map((f) => f.filename)).toEqual([
			'a.pdf',
			'b.pdf'
		]);
		expect(filesToFetch([open1, open2, done], new Set([fileA.sha256]))).toEqual([fileB]);
	});
});

describe('texts of the list', () => {
	it('agrees Latvian counts with the last digit', () => {
		expect([1, 2, 11, 21, 101, 111].map((n) => isSingular(n, 'lv'))).toEqual([
			true,
			false,
			false,
			true,
			true,
			false
		]);
		expect([1, 2, 21].map((n) => isSingular(n, 'en'))).toEqual([true, false, false]);
	});

	it('writes sizes with the language’s decimal mark', () => {
		expect(formatBytes(1_250_000, 'lv')).toBe('1,3 MB');
		expect(formatBytes(1_250_000, 'en')).toBe('1.3 MB');
		expect(formatBytes(340_000, 'en')).toBe('340 kB');
	});
});

describe('the plain task map', () => {
	const point = (n: number, lat: number, lon: number): TaskPoint => ({
		id: String(n),
		number: n,
		lat,
		lon,
		name: 'x',
		place: 'y',
		href: '/inspections/x',
		muted: false
	});

	it('keeps every marker inside the picture, clear of the edge', () => {
		const latLon = fc.tuple(
			fc.double({ min: 55.7, max: 58, noNaN: true }),
			fc.double({ min: 21, max: 28.2, noNaN: true })
		);
		fc.assert(
			fc.property(fc.array(latLon, { minLength: 1, maxLength: 30 }), (places) => {
				const layout = plainLayout(places.map(([lat, lon], i) => point(i + 1, lat, lon)));
				for (const { x, y } of layout.placed) {
					expect(x).toBeGreaterThan(0);
					expect(y).toBeGreaterThan(0);
					expect(x).toBeLessThan(layout.view.width);
					expect(y).toBeLessThan(layout.view.height);
				}
			})
		);
	});

	it('gives tasks along one east–west street room for their markers (a case the property found)', () => {
		const layout = plainLayout([
			point(1, 55.7, 21),
			point(2, 55.7, 21.127481383682795),
			point(3, 55.7, 21)
		]);
		expect(layout.view.width / layout.view.height).toBeLessThanOrEqual(2 + 1e-9);
		for (const { y } of layout.placed) {
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(layout.view.height);
		}
	});

	it('draws the east point right of the west one and the north one above', () => {
		const layout = plainLayout([point(1, 56.95, 24.1), point(2, 56.97, 24.2)]);
		const [west, east] = layout.placed;
		expect(east!.x).toBeGreaterThan(west!.x);
		expect(east!.y).toBeLessThan(west!.y);
		expect(layout.grid.lons.length).toBeGreaterThan(1);
	});

	it('fills a phone’s width: the box is at least 4:3 however the points lie', () => {
		const layout = plainLayout([point(1, 56.9, 24.1), point(2, 57.0, 24.1)]);
		expect(layout.view.width / layout.view.height).toBeCloseTo(4 / 3, 5);
		const [south, north] = layout.placed;
		expect(south!.x).toBeCloseTo(north!.x, 5);
	});

	it('sets tasks at one address apart, each fully visible, inside the picture', () => {
		for (const n of [2, 3, 4, 7, 12]) {
			const same = Array.from({ length: n }, (_, i) => point(i + 1, 56.9496, 24.1052));
			const layout = plainLayout(same);
			const gap = PLAIN_MARKER_RADIUS * 2 + 4;
			layout.placed.forEach((a, i) => {
				expect(a.x).toBeGreaterThanOrEqual(gap / 2);
				expect(a.y).toBeGreaterThanOrEqual(gap / 2);
				layout.placed.slice(i + 1).forEach((b) => {
					expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(gap - 1e-6);
				});
			});
		}
		// Markers already apart stay where they are.
		const apart = [
			{ point: point(1, 0, 0), x: 100, y: 100 },
			{ point: point(2, 0, 0), x: 300, y: 100 }
		];
		expect(spread(apart, 72, { width: 1000, height: 1000 })).toEqual(apart);
	});
});
