import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { contentHash } from '../../../src/lib/domain/canonical-hash';
import { uuidv7 } from '../../../src/lib/domain/ids';
import { SCHEMA_VERSION } from '../../../src/lib/domain/sync';
import { completeFieldsFor } from '../../integration/fixtures';
import { signIn } from './people';

/**
 * An application waiting for the applicant's answer, made quickly through the same API the
 * app uses (the enrolment form's own journey is covered elsewhere): the applicant submits a
 * complete Rīga enrolment from a device of their own, and the officer asks for more.
 */

export async function trpc<T>(
	request: APIRequestContext,
	path: string,
	input: unknown
): Promise<T> {
	const response = path.startsWith('get:')
		? await request.get(`/trpc/${path.slice(4)}?input=${encodeURIComponent(JSON.stringify(input))}`)
		: await request.post(`/trpc/${path}`, { data: input });
	expect(response.status(), await response.text()).toBe(200);
	return ((await response.json()) as { result: { data: T } }).result.data;
}

type PushResults = { results: { id: number; status: string }[] };

/** One push as another device of the signed-in person would send it. */
export function pushFromAnotherDevice(
	request: APIRequestContext,
	mutations: { name: string; args: Record<string, unknown> }[]
): Promise<PushResults> {
	return trpc<PushResults>(request, 'sync.push', {
		clientId: randomUUID(),
		schemaVersion: SCHEMA_VERSION,
		mutations: mutations.map((m, index) => ({ id: index + 1, ...m }))
	});
}

/** Submits a complete enrolment as the person signed in on `page`; returns its id. */
export async function submittedEnrolment(page: Page): Promise<string> {
	const id = uuidv7();
	const fields = completeFieldsFor('riga');
	const out = await pushFromAnotherDevice(page.request, [
		{
			name: 'application.saveDraft',
			args: { id, municipalityId: 'riga', service: 'education-enrolment', patch: fields }
		},
		{
			name: 'application.submit',
			args: { id, municipalityId: 'riga', submissionId: uuidv7(), payloadHash: contentHash(fields) }
		}
	]);
	expect(out.results.map((r) => r.status)).toEqual(['applied', 'applied']);
	return id;
}

/** The Rīga officer, signed in in a context of their own. */
export async function rigaOfficer(browser: Browser) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, 'demo-officer-riga');
	const at = (id: string) => ({ municipalityId: 'riga', id });
	return {
		page,
		context,
		async state(id: string) {
			return trpc<{ status: string; version: number }>(
				page.request,
				'get:applications.state',
				at(id)
			);
		},
		async ask(id: string, question: string) {
			const { version } = await this.state(id);
			const out = await trpc<{ requestId: string }>(
				page.request,
				'applications.requestInformation',
				{
					...at(id),
					baseVersion: version,
					question
				}
			);
			return out.requestId;
		},
		async act(id: string, action: string) {
			const { version } = await this.state(id);
			return trpc<{ status: string }>(page.request, 'applications.transition', {
				...at(id),
				action,
				baseVersion: version
			});
		}
	};
}
