import { createServer, type ServerResponse } from 'node:http';
import type { RunningSink } from './sink';

/**
 * A tiny read API over a running mail sink, on loopback, for Playwright tests and developers:
 *
 *   GET    /messages          every message kept, oldest first (JSON); ?to=<address> filters
 *                             by envelope recipient (case-insensitive)
 *   GET    /messages/<id>     one message (JSON)
 *   GET    /messages/<id>.eml the message as received (message/rfc822)
 *   DELETE /messages          forget them all (and delete the sink's files)
 *   GET    /health            200 once listening
 */
export type RunningSinkHttp = { port: number; url: string; close(): Promise<void> };

export const SINK_HTTP_DEFAULT_PORT = 2526;

function json(res: ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'no-store'
	});
	res.end(JSON.stringify(body));
}

export async function startSinkHttp(
	sink: RunningSink,
	options: { port?: number } = {}
): Promise<RunningSinkHttp> {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://sink');
		const path = url.pathname.replace(/\/+$/, '') || '/';
		const one = /^\/messages\/([\w-]+?)(\.eml)?$/.exec(path);
		if (req.method === 'GET' && path === '/health') {
			json(res, 200, { ok: true, smtp: sink.url });
		} else if (req.method === 'GET' && path === '/messages') {
			const to = url.searchParams.get('to')?.toLowerCase();
			const list = sink.messages();
			json(
				res,
				200,
				to ? list.filter((m) => m.envelope.to.some((a) => a.toLowerCase() === to)) : list
			);
		} else if (req.method === 'DELETE' && path === '/messages') {
			sink.clear().then(
				() => {
					res.writeHead(204).end();
				},
				(e: unknown) => json(res, 500, { error: String(e) })
			);
		} else if (req.method === 'GET' && one) {
			const [, id = '', eml] = one;
			const message = sink.messages().find((m) => m.id === id);
			const raw = sink.raw(id);
			if (!message || !raw) {
				json(res, 404, { error: `No message ${id}` });
			} else if (eml) {
				res.writeHead(200, { 'content-type': 'message/rfc822' }).end(raw);
			} else {
				json(res, 200, message);
			}
		} else {
			json(res, 404, { error: 'Try GET /messages, GET /messages/<id>[.eml], DELETE /messages' });
		}
	});
	// Same host as the SMTP side, which startSink already holds to loopback.
	await new Promise<void>((ready, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? SINK_HTTP_DEFAULT_PORT, sink.host, () => ready());
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
	const urlHost = sink.host.includes(':') ? `[${sink.host}]` : sink.host;
	return {
		port,
		url: `http://${urlHost}:${port}`,
		close: () =>
			new Promise<void>((done) => {
				server.close(() => done());
				server.closeAllConnections();
			})
	};
}
