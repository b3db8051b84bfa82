import { getDb } from '../db/client.server';
import { defaultMailer } from '../mail';
import { startOutboxWorker, type OutboxWorker } from './outbox';

let worker: OutboxWorker | null = null;

/**
 * Called once by the server at start (src/hooks.server.ts `init`): sends the outbox while
 * mail is on. Tests call drainOutboxOnce themselves, so no worker runs inside them. With mail
 * off, notices are written with email_status 'none' and there is nothing to send.
 */
export function startNotificationOutbox(): void {
	const mailer = defaultMailer();
	if (worker || !mailer.isOn) {
		return;
	}
	const intervalMs = Number(process.env.KOPA_OUTBOX_INTERVAL_MS) || undefined;
	worker = startOutboxWorker(getDb(), mailer, { intervalMs });
	// adapter-node's signal that the server is done (server/http/serve.ts emits it too).
	process.once('sveltekit:shutdown', () => {
		worker?.stop();
		worker = null;
	});
}
