import { existsSync, readFileSync } from 'node:fs';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

/**
 * The rules of `.dependency-cruiser.cjs` (the server's area graph, the kernel, the table
 * owners, browser code apart from the server) hold on the tree: the same check as
 * `npm run check`, through dependency-cruiser's API. Only what its baseline
 * (`.dependency-cruiser-known-violations.json`) lists may still break them.
 */

const CONFIG = './.dependency-cruiser.cjs';
const BASELINE = '.dependency-cruiser-known-violations.json';

const describeViolation = (v: IViolation) =>
	`${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`;

describe('the area graph', () => {
	it('has no violation of the dependency rules but the known ones', async () => {
		const options = await extractDepcruiseOptions(CONFIG);
		const knownViolations = existsSync(BASELINE)
			? (JSON.parse(readFileSync(BASELINE, 'utf8')) as NonNullable<typeof options.knownViolations>)
			: [];
		const { output } = await cruise(['server', 'src'], { ...options, knownViolations }, undefined, {
			tsConfig: extractTSConfig('tsconfig.json')
		});
		const result = output as ICruiseResult;
		const errors = result.summary.violations.filter((v) => v.rule.severity === 'error');
		expect(errors.map(describeViolation)).toEqual([]);
		// The check must have looked at the tree at all.
		expect(result.summary.totalCruised).toBeGreaterThan(300);
	}, 120_000);
});
