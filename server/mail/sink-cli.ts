/**
 * `npm run mail-sink`: the development SMTP sink on loopback. It accepts every message and
 * delivers none; read them at http://127.0.0.1:2526/messages or in data/mail-sink/. Point the
 * app at it with KOPA_SMTP_URL=smtp://127.0.0.1:2525. Settings: KOPA_MAIL_SINK_PORT (2525),
 * KOPA_MAIL_SINK_HTTP_PORT (2526), KOPA_MAIL_SINK_DIR (data/mail-sink).
 */
import { startSinkWithHttp, sinkSettings } from './sink-process';

let settings: ReturnType<typeof sinkSettings>;
try {
	settings = sinkSettings(process.env);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
}
const running = await startSinkWithHttp(settings, (line) => console.log(line));
console.log(
	`Mail sink: SMTP ${running.sink.url}, messages at ${running.http.url}/messages, files in ${settings.dir}`
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		void running.close().then(() => process.exit(0));
	});
}
