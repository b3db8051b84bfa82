import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describedBy, errorId, hintId } from '../../../src/lib/components/primitives/field-ids';

/**
 * Issue 14 item 6: a field's label, hint and error are drawn by one wrapper
 * (`components/primitives/Field.svelte`), so the ids screen readers and the error summary
 * rely on cannot drift apart between field kinds.
 */
describe('field ids', () => {
	it('names the hint and the error after the control', () => {
		expect(hintId('email')).toBe('email-hint');
		expect(errorId('email')).toBe('email-error');
	});

	it('describes the control by what is shown, hint first, and by nothing when neither is', () => {
		expect(describedBy('email', true, true)).toBe('email-hint email-error');
		expect(describedBy('email', true, false)).toBe('email-hint');
		expect(describedBy('email', false, true)).toBe('email-error');
		expect(describedBy('email', false, false)).toBeUndefined();
	});
});

function svelteFilesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			return svelteFilesUnder(path);
		}
		return name.endsWith('.svelte') ? [path] : [];
	});
}

// An error paragraph of a field: `<p class="error" id="…-error">` in either attribute order.
const FIELD_ERROR = /<p\b(?=[^>]*\bclass="error")(?=[^>]*\bid="[^"]*-error")[^>]*>/;

describe('the field wrapper', () => {
	const files = svelteFilesUnder('src').filter(
		(file) => !file.endsWith('components/primitives/Field.svelte')
	);
	const drawing = files.filter((file) => FIELD_ERROR.test(readFileSync(file, 'utf8')));

	it('is the only place that draws a field’s error paragraph', () => {
		expect(drawing).toEqual([]);
	});

	it('draws the error paragraph with the id and test id it always had', () => {
		const field = readFileSync('src/lib/components/primitives/Field.svelte', 'utf8');
		expect(field).toMatch(
			/<p\s+class="error"\s+id=\{errorId\(id\)\}\s+data-testid=\{errorTestId \?\? errorId\(id\)\}/
		);
		expect(field).toMatch(/<p class="hint \{extra\}" id=\{hintId\(id\)\}>/);
	});
});
