import { z } from 'zod';
import { SINK_DEFAULT_DIR, SINK_DEFAULT_PORT, startSink, type RunningSink } from './sink';
import { SINK_HTTP_DEFAULT_PORT, startSinkHttp, type RunningSinkHttp } from './sink-http';

/**
 * The sink with its HTTP read API, as `npm run mail-sink` runs it; `npm start` (development)
 * and the e2e server can run it in-process the same way and pass `appEnv` to the app.
 */
export type SinkSettings = { port: number; httpPort: number; dir: string };

const zPort = z.coerce.number().int().min(0).max(65535);
const zEnv = z.object({
	KOPA_MAIL_SINK_PORT: zPort.default(SINK_DEFAULT_PORT),
	KOPA_MAIL_SINK_HTTP_PORT: zPort.default(SINK_HTTP_DEFAULT_PORT),
	KOPA_MAIL_SINK_DIR: z.string().min(1).default(SINK_DEFAULT_DIR)
});

export function sinkSettings(env: Record<string, string | undefined>): SinkSettings {
	const parsed = zEnv.safeParse({
		KOPA_MAIL_SINK_PORT: env.KOPA_MAIL_SINK_PORT || undefined,
		KOPA_MAIL_SINK_HTTP_PORT: env.KOPA_MAIL_SINK_HTTP_PORT || undefined,
		KOPA_MAIL_SINK_DIR: env.KOPA_MAIL_SINK_DIR || undefined
	});
	if (!parsed.success) {
		const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
		throw new Error(`Mail sink settings are invalid: ${fields}`);
	}
	return {
		port: parsed.data.KOPA_MAIL_SINK_PORT,
		httpPort: parsed.data.KOPA_MAIL_SINK_HTTP_PORT,
		dir: parsed.data.KOPA_MAIL_SINK_DIR
	};
}

export type RunningSinkWithHttp = {
	sink: RunningSink;
	http: RunningSinkHttp;
	/** The settings that make the app send to this sink. */
	appEnv: { KOPA_SMTP_URL: string };
	close(): Promise<void>;
};

export async function startSinkWithHttp(
	settings: SinkSettings,
	log?: (line: string) => void
): Promise<RunningSinkWithHttp> {
	const sink = await startSink({
		port: settings.port,
		dir: settings.dir,
		onMessage: log && ((m) => log(`Mail sink: "${m.subject}" to ${m.envelope.to.join(', ')}`))
	});
	let http: RunningSinkHttp;
	try {
		http = await startSinkHttp(sink, { port: settings.httpPort });
	} catch (e) {
		await sink.close();
		throw e;
	}
	return {
		sink,
		http,
		appEnv: { KOPA_SMTP_URL: sink.url },
		close: async () => {
			await http.close();
			await sink.close();
		}
	};
}
