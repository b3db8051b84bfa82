import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildReason, stampText } from '../../server/cli/build-stamp';

const TEST_TILES = 'http://127.0.0.1:4180/{z}/{x}/{y}.png';

describe('whether npm start may serve the build on disk', () => {
	it('rebuilds after npm test, whose build named the loopback tile server', () => {
		const testBuild = stampText({ PATH: '/usr/bin', PUBLIC_KOPA_MAP_TILES: TEST_TILES });
		expect(rebuildReason(true, testBuild, { PATH: '/usr/bin' })).toBe(
			'the build was made with other build-time settings (PUBLIC_KOPA_MAP_TILES)'
		);
		// … and serves its own build again next time.
		const ownBuild = stampText({ PATH: '/usr/bin' });
		expect(rebuildReason(true, ownBuild, { PATH: '/usr/bin', HOME: '/root' })).toBeNull();
	});

	it('rebuilds when a tile server is set, changed or its attribution is', () => {
		const osm = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
		const plain = stampText({});
		expect(rebuildReason(true, plain, { PUBLIC_KOPA_MAP_TILES: osm })).toMatch(
			/PUBLIC_KOPA_MAP_TILES/
		);
		const withOsm = stampText({ PUBLIC_KOPA_MAP_TILES: osm });
		expect(rebuildReason(true, withOsm, { PUBLIC_KOPA_MAP_TILES: osm })).toBeNull();
		expect(
			rebuildReason(true, withOsm, {
				PUBLIC_KOPA_MAP_TILES: osm,
				PUBLIC_KOPA_MAP_ATTRIBUTION: '© OpenStreetMap'
			})
		).toBe('the build was made with other build-time settings (PUBLIC_KOPA_MAP_ATTRIBUTION)');
		// Set but empty is baked in as empty: a different build from unset.
		expect(rebuildReason(true, plain, { PUBLIC_KOPA_MAP_TILES: '' })).not.toBeNull();
	});

	it('builds when there is no build, or the build does not say how it was made', () => {
		expect(rebuildReason(false, null, {})).toBe('there is no build yet');
		expect(rebuildReason(false, stampText({}), {})).toBe('there is no build yet');
		const unknown = 'the build does not record the settings it was made with';
		expect(rebuildReason(true, null, {})).toBe(unknown);
		expect(rebuildReason(true, '{', {})).toBe(unknown);
		expect(rebuildReason(true, '{"version":1}', {})).toBe(unknown);
		expect(rebuildReason(true, '{"version":1,"env":{"PUBLIC_X":1}}', {})).toBe(unknown);
	});

	it('serves a build made with the same public variables, whatever else differs', () => {
		const name = fc.stringMatching(/^[A-Z][A-Z_]{0,12}$/);
		const env = fc.dictionary(
			fc.oneof(
				name,
				name.map((n) => `PUBLIC_${n}`)
			),
			fc.string({ maxLength: 40 })
		);
		fc.assert(
			fc.property(env, env, (built, other) => {
				const privateOnly = Object.fromEntries(
					Object.entries(other).filter(([n]) => !n.startsWith('PUBLIC_'))
				);
				const publicOnly = Object.fromEntries(
					Object.entries(built).filter(([n]) => n.startsWith('PUBLIC_'))
				);
				const now = { ...privateOnly, ...publicOnly };
				expect(rebuildReason(true, stampText(built), now)).toBeNull();
			})
		);
	});

	it('rebuilds whenever one public variable differs', () => {
		const value = fc.option(fc.string({ maxLength: 40 }), { nil: undefined });
		fc.assert(
			fc.property(value, value, (before, after) => {
				fc.pre(before !== after);
				const reason = rebuildReason(true, stampText({ PUBLIC_KOPA_MAP_TILES: before }), {
					PUBLIC_KOPA_MAP_TILES: after
				});
				expect(reason).toMatch(/\(PUBLIC_KOPA_MAP_TILES\)$/);
			})
		);
	});
});
