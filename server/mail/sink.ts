import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/**
 * A real SMTP server for development and tests that delivers nowhere: it accepts every
 * message, parses it and keeps it (in memory, and as .eml + .json files when given a folder),
 * so tests and developers read what Kopa would have sent. Loopback only.
 */

/** One received message, as the sink stores it and serves it over HTTP. */
export type SinkMessage = {
	/** The sink's own id; also the file name (without extension) in the folder. */
	id: string;
	receivedAt: string;
	/** The SMTP envelope (MAIL FROM / RCPT TO), which is who it was really sent to. */
	envelope: { from: string | null; to: string[] };
	messageId: string | null;
	/** The From header as text. */
	from: string;
	/** The addresses of the To header. */
	to: string[];
	subject: string;
	text: string;
	html: string | null;
	/** Header lines by lower-case name (the last one wins), decoded as received. */
	headers: Record<string, string>;
	size: number;
};

export type SinkOptions = {
	/** 0 picks a free port (for tests). */
	port?: number;
	/** A loopback address; anything else is refused. */
	host?: string;
	/** Where to keep .eml and .json copies; none when null or absent. */
	dir?: string | null;
	/** The largest message accepted, in bytes. */
	maxBytes?: number;
	/** An SMTP reply code (4xx, 5xx) to refuse a recipient with, for testing failures. */
	refuseRecipient?: (address: string) => number | null;
	/** Called with each message once it is kept. */
	onMessage?: (message: SinkMessage) => void;
};

export type RunningSink = {
	port: number;
	host: string;
	/** The KOPA_SMTP_URL that reaches this sink. */
	url: string;
	/** Received messages, oldest first. */
	messages(): SinkMessage[];
	/** The message as received (the .eml), or null once it has been cleared. */
	raw(id: string): Buffer | null;
	/** Forgets every message, and deletes the files this sink wrote. */
	clear(): Promise<void>;
	/** The first message (already here or still to come) that matches, or a rejection. */
	waitFor(match: (m: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
	close(): Promise<void>;
};

export const SINK_DEFAULT_PORT = 2525;
export const SINK_DEFAULT_DIR = join('data', 'mail-sink');
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Kept in memory at most; older ones stay only as files. */
const MEMORY_LIMIT = 1000;
const FILE_NAME = /^\d{8}T\d{9}Z-\d{6}\.(eml|json)$/;

function isLoopback(host: string): boolean {
	return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
	const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
	return list.flatMap((a) => a.value.flatMap((v) => (v.address ? [v.address] : [])));
}

/** mailparser structures some headers (dates, addresses, content types); flatten them. */
function headerText(value: unknown): string {
	if (typeof value === 'string') {
		return value;
	}
	if (value instanceof Date) {
		return value.toISOString();
	}
	const structured = (value ?? {}) as { text?: unknown; value?: unknown };
	if (typeof structured.text === 'string') {
		return structured.text;
	}
	return typeof structured.value === 'string' ? structured.value : JSON.stringify(value);
}

function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
	return new Promise((done, fail) => {
		const chunks: Buffer[] = [];
		stream.on('data', (chunk: Buffer) => chunks.push(chunk));
		stream.on('end', () => done(Buffer.concat(chunks)));
		stream.on('error', fail);
	});
}

export async function startSink(options: SinkOptions = {}): Promise<RunningSink> {
	const host = options.host ?? '127.0.0.1';
	if (!isLoopback(host)) {
		// The sink takes mail from anyone without a password: it must not be reachable.
		throw new Error(`The mail sink listens on loopback only, not on ${host}`);
	}
	const dir = options.dir ? resolve(options.dir) : null;
	if (dir) {
		await mkdir(dir, { recursive: true });
	}
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const stored: SinkMessage[] = [];
	const raws = new Map<string, Buffer>();
	const waiters = new Set<(m: SinkMessage) => void>();
	let sequence = 0;

	async function keep(raw: Buffer, envelope: SinkMessage['envelope']): Promise<void> {
		const parsed = await simpleParser(raw);
		const now = new Date();
		sequence += 1;
		const id = `${now.toISOString().replace(/[-:.]/g, '')}-${String(sequence).padStart(6, '0')}`;
		const message: SinkMessage = {
			id,
			receivedAt: now.toISOString(),
			envelope,
			messageId: parsed.messageId ?? null,
			from: parsed.from?.text ?? '',
			to: addresses(parsed.to),
			subject: parsed.subject ?? '',
			text: parsed.text ?? '',
			html: parsed.html || null,
			headers: Object.fromEntries(
				[...parsed.headers.entries()].map(([k, v]) => [k, headerText(v)])
			),
			size: raw.length
		};
		if (dir) {
			await writeFile(join(dir, `${id}.eml`), raw);
			await writeFile(join(dir, `${id}.json`), JSON.stringify(message, null, '\t'));
		}
		stored.push(message);
		raws.set(id, raw);
		while (stored.length > MEMORY_LIMIT) {
			raws.delete(stored.shift()?.id ?? '');
		}
		options.onMessage?.(message);
		for (const waiter of [...waiters]) {
			waiter(message);
		}
	}

	const server = new SMTPServer({
		// Plain SMTP on loopback: no STARTTLS (its built-in certificate is a published test key)
		// and no AUTH, so any client configured with smtp://127.0.0.1:<port> just works.
		disabledCommands: ['STARTTLS', 'AUTH'],
		authOptional: true,
		size: maxBytes,
		logger: false,
		banner: 'Kopa mail sink: nothing is delivered',
		onRcptTo(address, _session, callback) {
			const code = options.refuseRecipient?.(address.address) ?? null;
			if (code === null) {
				callback();
				return;
			}
			const refusal = Object.assign(new Error(`Recipient refused by the sink (${code})`), {
				responseCode: code
			});
			callback(refusal);
		},
		onData(stream, session, callback) {
			// The reply waits until the message is stored, so a sender that got 250 can read it back.
			readAll(stream)
				.then(async (raw) => {
					if (stream.sizeExceeded) {
						const tooBig = Object.assign(new Error('Message too big for the sink'), {
							responseCode: 552
						});
						callback(tooBig);
						return;
					}
					await keep(raw, {
						from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
						to: session.envelope.rcptTo.map((r) => r.address)
					});
					callback();
				})
				.catch((e: unknown) => {
					const broken = Object.assign(new Error(`The sink could not keep it: ${String(e)}`), {
						responseCode: 451
					});
					callback(broken);
				});
		}
	});

	await new Promise<void>((ready, fail) => {
		server.server.once('error', fail);
		server.listen(options.port ?? SINK_DEFAULT_PORT, host, () => ready());
	});
	const address = server.server.address();
	const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
	const urlHost = host.includes(':') ? `[${host}]` : host;

	return {
		port,
		host,
		url: `smtp://${urlHost}:${port}`,
		messages: () => [...stored],
		raw: (id) => raws.get(id) ?? null,
		async clear() {
			stored.length = 0;
			raws.clear();
			if (dir) {
				const names = (await readdir(dir)).filter((name) => FILE_NAME.test(name));
				await Promise.all(names.map((name) => rm(join(dir, name), { force: true })));
			}
		},
		waitFor(match, timeoutMs = 5000) {
			const found = stored.find(match);
			if (found) {
				return Promise.resolve(found);
			}
			return new Promise((done, fail) => {
				const waiter = (m: SinkMessage) => {
					if (match(m)) {
						clearTimeout(timer);
						waiters.delete(waiter);
						done(m);
					}
				};
				const timer = setTimeout(() => {
					waiters.delete(waiter);
					fail(new Error(`No matching message reached the mail sink in ${timeoutMs} ms`));
				}, timeoutMs);
				waiters.add(waiter);
			});
		},
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}
