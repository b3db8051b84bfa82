import { TRPCClientError } from '@trpc/client';

/** Thrown where a plain HTTP answer (an upload, not tRPC) said 401. */
export class SignedOutError extends Error {
	constructor() {
		super('Signed out');
		this.name = 'SignedOutError';
	}
}

/**
 * True when the server refused because the session ended (expired, revoked, signed out
 * elsewhere). Not a failure to retry with backoff: nothing will change until the person
 * signs in again, and everything queued must wait for that, untouched.
 */
export function isSignedOutError(error: unknown): boolean {
	if (error instanceof SignedOutError) {
		return true;
	}
	if (error instanceof TRPCClientError) {
		const data = error.data as { code?: unknown; httpStatus?: unknown } | undefined;
		return data?.code === 'UNAUTHORIZED' || data?.httpStatus === 401;
	}
	return false;
}
