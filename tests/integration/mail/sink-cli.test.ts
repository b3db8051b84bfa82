import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { createMailer } from '../../../server/mail/mailer';
import type { SinkMessage } from '../../../server/mail/sink';
import { freePort } from '../../support/server-process';

// `npm run mail-sink` as its own process, the way developers and the e2e server use it.
it('npm run mail-sink takes mail on SMTP and serves it over HTTP until SIGTERM', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'kopa-mail-cli-'));
	const [smtpPort, httpPort] = [await freePort(), await freePort()];
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/mail/sink-cli.ts'], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env: {
			...process.env,
			KOPA_MAIL_SINK_PORT: String(smtpPort),
			KOPA_MAIL_SINK_HTTP_PORT: String(httpPort),
			KOPA_MAIL_SINK_DIR: dir
		}
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	const exited = new Promise<number | null>((done) => child.on('exit', done));
	try {
		const health = `http://127.0.0.1:${httpPort}/health`;
		for (
			let i = 0;
			i < 100 &&
			!(await fetch(health).then(
				(r) => r.ok,
				() => false
			));
			i++
		) {
			await sleep(100);
		}
		expect(output).toContain(`SMTP smtp://127.0.0.1:${smtpPort}`);

		const mailer = createMailer({
			smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
			from: 'a@kopa.invalid'
		});
		const sent = await mailer.send({ to: 'b@example.lv', subject: 'Čau, Ķegums', text: 'ž' });
		mailer.close();
		expect(sent.ok).toBe(true);

		const list = (await (
			await fetch(`http://127.0.0.1:${httpPort}/messages`)
		).json()) as SinkMessage[];
		expect(list.map((m) => m.subject)).toEqual(['Čau, Ķegums']);
		expect((await readdir(dir)).length).toBe(2);
		expect(output).toContain('Mail sink: "Čau, Ķegums" to b@example.lv');
	} finally {
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
		await rm(dir, { recursive: true, force: true });
	}
}, 30_000);
