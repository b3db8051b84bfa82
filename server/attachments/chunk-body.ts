/**
 * Reading a chunk's body, and dropping one that is refused. A refused body is read to its
 * end rather than cancelled: cancelling adapter-node's request stream destroys the socket,
 * and the answer (404, 409, 413, or 204 "already complete") never reaches the client.
 * Reading it costs no memory (the bytes are dropped as they come), and adapter-node's
 * BODY_SIZE_LIMIT bounds how much there can be: past it adapter-node stops reading and
 * Node drops the rest itself once the answer is out.
 */

/** The body, unless it is longer than `limit` (the rest is then dropped) or breaks off. */
export async function readAtMost(
	request: Request,
	limit: number
): Promise<Uint8Array | 'tooLarge' | 'broken'> {
	const declared = request.headers.get('content-length');
	if (declared !== null && Number(declared) > limit) {
		await discardBody(request);
		return 'tooLarge';
	}
	if (!request.body) {
		return new Uint8Array(0);
	}
	const reader = request.body.getReader();
	const parts: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) {
				break;
			}
			total += value.byteLength;
			if (total > limit) {
				await drain(reader);
				return 'tooLarge';
			}
			parts.push(value);
		}
	} catch (error) {
		// adapter-node ends the stream with a 413 past BODY_SIZE_LIMIT.
		return isTooLarge(error) ? 'tooLarge' : 'broken';
	}
	const bytes = new Uint8Array(total);
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.byteLength;
	}
	return bytes;
}

/** Reads a body nobody needs to its end and drops it, so the answer gets through. */
export async function discardBody(request: Request): Promise<void> {
	if (request.body && !request.bodyUsed) {
		await drain(request.body.getReader());
	}
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
	try {
		for (;;) {
			const { done } = await reader.read();
			if (done) {
				return;
			}
		}
	} catch {
		// The body broke off or passed BODY_SIZE_LIMIT: nothing more will come.
	}
}

function isTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
}
