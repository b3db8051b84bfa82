import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../../server/mail/mailer';
import type { SinkMessage } from '../../../server/mail/sink';
import {
	sinkSettings,
	startSinkWithHttp,
	type RunningSinkWithHttp
} from '../../../server/mail/sink-process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The HTTP side is what Playwright and developers use: read it over real HTTP.
let running: RunningSinkWithHttp;
let mailer: Mailer;
let dir: string;
const arrivals: string[] = [];

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'kopa-mail-http-'));
	running = await startSinkWithHttp({ port: 0, httpPort: 0, dir }, (line) => arrivals.push(line));
	mailer = createMailer({ smtpUrl: running.appEnv.KOPA_SMTP_URL, from: 'noreply@kopa.invalid' });
});

afterAll(async () => {
	mailer.close();
	await running.close();
	await rm(dir, { recursive: true, force: true });
});

it('lists, filters, serves one message and its .eml, and clears', async () => {
	const base = running.http.url;
	expect((await fetch(`${base}/health`)).status).toBe(200);
	await mailer.send({ to: 'Anna@example.lv', subject: 'Annai — ā', text: 'ā' });
	await mailer.send({ to: 'peteris@example.lv', subject: 'Pēterim — ē', text: 'ē' });
	expect(arrivals).toEqual([
		'Mail sink: "Annai — ā" to Anna@example.lv',
		'Mail sink: "Pēterim — ē" to peteris@example.lv'
	]);

	const all = (await (await fetch(`${base}/messages`)).json()) as SinkMessage[];
	expect(all.map((m) => m.subject)).toEqual(['Annai — ā', 'Pēterim — ē']);
	const anna = (await (await fetch(`${base}/messages?to=ANNA@example.lv`)).json()) as SinkMessage[];
	expect(anna.map((m) => m.subject)).toEqual(['Annai — ā']);

	const id = all[0]?.id ?? '';
	const one = (await (await fetch(`${base}/messages/${id}`)).json()) as SinkMessage;
	expect(one.subject).toBe('Annai — ā');
	const eml = await fetch(`${base}/messages/${id}.eml`);
	expect(eml.headers.get('content-type')).toBe('message/rfc822');
	expect(await eml.text()).toMatch(/^To: Anna@example\.lv$/m);
	expect((await fetch(`${base}/messages/nope`)).status).toBe(404);
	expect((await fetch(`${base}/other`)).status).toBe(404);

	expect((await fetch(`${base}/messages`, { method: 'DELETE' })).status).toBe(204);
	expect(await (await fetch(`${base}/messages`)).json()).toEqual([]);
});

it('reads its settings from the environment, refusing a bad port', () => {
	expect(sinkSettings({})).toEqual({ port: 2525, httpPort: 2526, dir: 'data/mail-sink' });
	expect(sinkSettings({ KOPA_MAIL_SINK_PORT: '0', KOPA_MAIL_SINK_DIR: '/tmp/x' })).toMatchObject({
		port: 0,
		dir: '/tmp/x'
	});
	expect(() => sinkSettings({ KOPA_MAIL_SINK_HTTP_PORT: '70000' })).toThrow(
		/KOPA_MAIL_SINK_HTTP_PORT/
	);
});
