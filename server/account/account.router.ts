import { z } from 'zod';
import {
	zMySession,
	zNoticeAddress,
	zNoticeAddressInput,
	zRevokeSessionInput
} from '../../src/lib/domain/account';
import { authedProcedure, router } from '../kernel/trpc';
import { listMySessions, revokeMySession } from './my-sessions.service';
import { myNoticeAddress, setMyNoticeAddress } from './notice-address.service';

const who = (ctx: {
	person: { id: string; givenName: string; surname: string; personalCode: string };
	address?: string | null | undefined;
	now: () => number;
}) => ({ person: ctx.person, address: ctx.address ?? null, now: ctx.now() });

/**
 * What a signed-in person can see and do about their own account (the export of their data,
 * account.myData, is composed above the areas: server/app/my-data.router.ts).
 */
export const accountRouter = router({
	sessions: authedProcedure
		.output(z.array(zMySession))
		.query(({ ctx }) => listMySessions(ctx.db, ctx.person.id, ctx.session?.id ?? null, ctx.now())),
	revokeSession: authedProcedure
		.input(zRevokeSessionInput)
		.output(z.object({ ok: z.literal(true), signedOut: z.boolean() }))
		.mutation(({ ctx, input }) => {
			revokeMySession(ctx.db, who(ctx), input.id);
			return { ok: true as const, signedOut: input.id === ctx.session?.id };
		}),
	noticeAddress: authedProcedure
		.output(zNoticeAddress)
		.query(({ ctx }) => myNoticeAddress(ctx.db, ctx.person.id)),
	setNoticeAddress: authedProcedure
		.input(zNoticeAddressInput)
		.output(zNoticeAddress)
		.mutation(({ ctx, input }) => setMyNoticeAddress(ctx.db, ctx.person.id, input, ctx.now()))
});
