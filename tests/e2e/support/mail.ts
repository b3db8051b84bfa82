import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { SinkMessage } from '../../../server/mail/sink';
import { E2E_PORT } from '../../../playwright.config';

/** The mail sink's HTTP address, written by tests/e2e/serve.ts when the server started. */
export function mailSinkUrl(): string {
	const file = `tests/.tmp/mail-sink-${E2E_PORT}.json`;
	return (JSON.parse(readFileSync(file, 'utf8')) as { url: string }).url;
}

/** Every message the sink received for `address`, oldest first. */
export async function fetchMessagesTo(address: string): Promise<SinkMessage[]> {
	const response = await fetch(`${mailSinkUrl()}/messages?to=${encodeURIComponent(address)}`);
	expect(response.ok).toBe(true);
	return (await response.json()) as SinkMessage[];
}

/**
 * Polls the sink until a message to `address` matches (the outbox sends within seconds of
 * the change that made the notice); fails with what did arrive otherwise.
 */
export async function messagesTo(
	address: string,
	match: (m: SinkMessage) => boolean = () => true,
	timeoutMs = 20_000
): Promise<SinkMessage[]> {
	let found: SinkMessage[] = [];
	await expect
		.poll(
			async () => {
				found = (await fetchMessagesTo(address)).filter(match);
				return found.length;
			},
			{ timeout: timeoutMs }
		)
		.toBeGreaterThan(0);
	return found;
}
