import { uuidv7 } from '../../src/lib/domain/ids';
import type { DbOrTx } from '../db/client.server';
import { notification } from '../db/schema/notification';
import { defaultMailer, zNotification, type NotificationInput } from '../mail';
import { recipientOf, type NoticeApplication } from './recipient';

/**
 * A notice to one person: a row in `notification`, written in the caller's transaction, so
 * a workflow step and the notice about it commit (or roll back) together. The email that
 * carries it is sent later by the outbox worker (./outbox.ts), rendered in the language the
 * person uses at send time; a relay that is down never holds up a citizen's request.
 */

type Kind = NotificationInput['kind'];
/** The template's input for this kind, without what notify and the worker fill in. */
export type NoticePayload<K extends Kind> = Omit<
	Extract<NotificationInput, { kind: K }>,
	'kind' | 'lang'
>;

export type NotifyInput<K extends Kind = Kind> = {
	personId: string;
	municipalityId: string;
	applicationId: string | null;
	/**
	 * The application it is about (applicationRecords.noticeFacts), when there is one: a
	 * notice about one's own application goes to the contact it gives, and to its delegate.
	 */
	about?: NoticeApplication | null;
	kind: K;
	payload: NoticePayload<K>;
	/** The server's clock; defaults to now. */
	now?: number;
};

export type NotifyOptions = {
	/** Whether there is a relay to send through; defaults to the process's mailer. */
	mailOn?: boolean;
};

/** Returns the new notice's id. */
export function notify<K extends Kind>(
	tx: DbOrTx,
	input: NotifyInput<K>,
	options: NotifyOptions = {}
): string {
	const now = input.now ?? Date.now();
	const id = uuidv7(now);
	const recipient = recipientOf(tx, input.personId, input.about ?? null);
	// Checked now, with the recipient's language, so a payload the templates cannot render is
	// found here and logged, instead of failing eight times in the outbox. The notice itself
	// is still recorded: the in-app list renders from the same payload.
	const checked = zNotification.safeParse({
		...input.payload,
		kind: input.kind,
		lang: recipient?.lang ?? 'lv'
	});
	const mailOn = options.mailOn ?? defaultMailer().isOn;
	const email = recipient?.email ?? null;
	const pending = mailOn && email !== null && checked.success;
	if (!checked.success) {
		const fields = [...new Set(checked.error.issues.map((i) => i.path.join('.')))].join(', ');
		console.warn(`Notice ${id} (${input.kind}) cannot be emailed: invalid ${fields}`);
	}
	tx.insert(notification)
		.values({
			id,
			personId: input.personId,
			municipalityId: input.municipalityId,
			applicationId: input.applicationId,
			kind: input.kind,
			payload: { ...input.payload },
			createdAt: now,
			readAt: null,
			emailTo: pending ? email : null,
			emailStatus: pending ? 'pending' : 'none',
			emailAttempts: 0,
			nextAttemptAt: pending ? now : null,
			emailError: checked.success ? null : 'The notice cannot be rendered'
		})
		.run();
	if (recipient?.delegateId) {
		// The delegate who made it for the applicant sees it in the app; the email goes once,
		// to the applicant's address, which the delegate gave in the application anyway.
		tx.insert(notification)
			.values({
				id: uuidv7(now),
				personId: recipient.delegateId,
				municipalityId: input.municipalityId,
				applicationId: input.applicationId,
				kind: input.kind,
				payload: { ...input.payload },
				createdAt: now,
				readAt: null,
				emailTo: null,
				emailStatus: 'none',
				emailAttempts: 0,
				nextAttemptAt: null,
				emailError: null
			})
			.run();
	}
	return id;
}
