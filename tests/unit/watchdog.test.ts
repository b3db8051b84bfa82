import { describe, expect, it } from 'vitest';
import { formatAge, stuckQueue, STUCK_AFTER_MS } from '../../src/lib/client/watchdog';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const HOUR = 60 * 60 * 1000;

describe('stuck-queue watchdog', () => {
	it('says nothing offline, with an empty queue, or for fresh changes', () => {
		expect(
			stuckQueue({
				online: false,
				pendingCreatedAt: [NOW - 2 * HOUR],
				lastPushOkAt: null,
				now: NOW
			})
		).toBeNull();
		expect(
			stuckQueue({ online: true, pendingCreatedAt: [], lastPushOkAt: null, now: NOW })
		).toBeNull();
		expect(
			stuckQueue({ online: true, pendingCreatedAt: [NOW - 1000], lastPushOkAt: null, now: NOW })
		).toBeNull();
	});

	it('reports changes waiting longer than the threshold while online', () => {
		expect(
			stuckQueue({
				online: true,
				pendingCreatedAt: [NOW - 2 * HOUR, NOW - HOUR, NOW - 60_000],
				lastPushOkAt: NOW - 3 * HOUR,
				now: NOW
			})
		).toEqual({ count: 3, oldestAgeMs: 2 * HOUR });
	});

	it('keeps quiet while pushes keep succeeding', () => {
		expect(
			stuckQueue({
				online: true,
				pendingCreatedAt: [NOW - STUCK_AFTER_MS - 1],
				lastPushOkAt: NOW - 1000,
				now: NOW
			})
		).toBeNull();
	});

	it('says how long in words', () => {
		expect(formatAge(2 * HOUR, 'en')).toBe('2 hours');
		expect(formatAge(15 * 60_000, 'en')).toBe('15 minutes');
		expect(formatAge(3 * HOUR, 'lv')).toMatch(/^3 /);
	});
});
