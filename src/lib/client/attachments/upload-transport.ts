import { TRPCClientError } from '@trpc/client';
import {
	blobUrl,
	CHUNK_CONTENT_TYPE,
	UPLOAD_OFFSET_HEADER,
	type BeginUploadInput,
	type BeginUploadOutput
} from '../../domain/attachments';
import { retryAfterHeaderMs, RetryLaterError } from '../retry-after';
import { trpc } from '../trpc';

/** The server's answer to "where does this upload stand", or why it will not say. */
export type BeginResult = BeginUploadOutput | { refused: 'NOT_FOUND' | 'CONFLICT' };

export type PutResult =
	| { status: 'accepted'; offset: number }
	| { status: 'conflict'; offset: number }
	| { status: 'refused'; httpStatus: number; code: string };

/**
 * How the upload worker talks to the server; swapped in tests. Both methods throw when the
 * network or the server fails for a while (retry later); a refusal is an answer.
 */
export interface UploadTransport {
	begin(input: BeginUploadInput): Promise<BeginResult>;
	put(sha256: string, offset: number, chunk: Blob): Promise<PutResult>;
}

export const httpUploadTransport: UploadTransport = {
	async begin(input) {
		try {
			return await trpc.attachments.beginUpload.mutate(input);
		} catch (error) {
			const code =
				error instanceof TRPCClientError ? (error.data as { code?: string })?.code : null;
			if (code === 'NOT_FOUND' || code === 'CONFLICT') {
				return { refused: code };
			}
			throw error;
		}
	},
	async put(sha256, offset, chunk) {
		const response = await fetch(blobUrl(sha256), {
			method: 'PUT',
			headers: { [UPLOAD_OFFSET_HEADER]: String(offset), 'content-type': CHUNK_CONTENT_TYPE },
			body: chunk
		});
		return readPutResponse(response);
	}
};

/** What a chunk PUT's response means for the uploader (shared with tests). */
export async function readPutResponse(response: Response): Promise<PutResult> {
	const serverOffset = Number(response.headers.get(UPLOAD_OFFSET_HEADER) ?? NaN);
	if ((response.status === 204 || response.status === 409) && !Number.isInteger(serverOffset)) {
		// Not our server's answer (a proxy's?): treat as a failure and ask again later.
		throw new Error(`upload: no ${UPLOAD_OFFSET_HEADER} in HTTP ${response.status}`);
	}
	if (response.status === 204) {
		return { status: 'accepted', offset: serverOffset };
	}
	if (response.status === 409) {
		return { status: 'conflict', offset: serverOffset };
	}
	if (response.status >= 500) {
		throw new Error(`upload failed: HTTP ${response.status}`);
	}
	const body = (await response.json().catch(() => null)) as {
		error?: { code?: string; message?: string };
	} | null;
	if (response.status === 429) {
		// Too many chunks for now: not a refusal of the file, a wait (at least Retry-After).
		const wait = retryAfterHeaderMs(response.headers.get('retry-after'));
		throw new RetryLaterError(wait, body?.error?.message ?? 'upload: HTTP 429');
	}
	return { status: 'refused', httpStatus: response.status, code: body?.error?.code ?? 'UNKNOWN' };
}
