import { z } from 'zod';
import {
	zListNoticesInput,
	zMarkReadInput,
	zNoticePage,
	zSetLanguageInput
} from '../../src/lib/domain/notices';
import { authedProcedure, router } from '../kernel/trpc';
import { listNotices, markRead, setLanguage, unreadCount } from './notices.service';

/** The signed-in person's notices, and the language their emails are written in. */
export const noticesRouter = router({
	list: authedProcedure
		.input(zListNoticesInput)
		.output(zNoticePage)
		.query(({ ctx, input }) => listNotices(ctx.db, ctx.person.id, input)),
	unreadCount: authedProcedure
		.output(z.object({ count: z.number().int() }))
		.query(({ ctx }) => ({ count: unreadCount(ctx.db, ctx.person.id) })),
	markRead: authedProcedure
		.input(zMarkReadInput)
		.output(z.object({ updated: z.number().int() }))
		.mutation(({ ctx, input }) => ({
			updated: markRead(ctx.db, ctx.person.id, input, ctx.now())
		})),
	// Called when the person switches the app's language, so emails follow it.
	setLanguage: authedProcedure
		.input(zSetLanguageInput)
		.output(z.object({ ok: z.literal(true) }))
		.mutation(({ ctx, input }) => {
			setLanguage(ctx.db, ctx.person.id, input.lang);
			return { ok: true as const };
		})
});
