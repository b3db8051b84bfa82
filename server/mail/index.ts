/**
 * Kopa's outgoing mail for app code: settings, the mailer and the notification templates.
 * The development sink is not here on purpose (it would load smtp-server and mailparser into
 * the app): import it from ./sink or ./sink-process. See docs/email.md.
 */
export { DEFAULT_MAIL_FROM, loadMailConfig, MailConfigError, type MailConfig } from './config';
export {
	closeDefaultMailer,
	createMailer,
	defaultMailer,
	sendMail,
	zMailMessage,
	type Mailer,
	type MailMessage,
	type SendResult
} from './mailer';
export {
	escapeHtml,
	renderNotification,
	type RenderedMail,
	type RenderResult
} from './templates/render';
export {
	zMailLang,
	zNotification,
	type MailLang,
	type Notification,
	type NotificationInput,
	type NotificationKind
} from './templates/schema';
