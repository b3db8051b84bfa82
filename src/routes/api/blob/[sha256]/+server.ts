import { handleBlobGet } from '$server/app/blob-download';
import { handleBlobPut } from '$server/app/blob-upload';
import { getDb } from '$server/db/client.server';
import type { RequestHandler } from './$types';

/** One chunk of an attachment's bytes (tus-like; see server/app/blob-upload.ts). */
export const PUT: RequestHandler = ({ params, request, locals }) =>
	handleBlobPut(getDb(), locals.identity.person, params.sha256, request);

/** A received file, for the officers of the application it is attached to. */
export const GET: RequestHandler = ({ params, url, locals }) =>
	handleBlobGet(getDb(), locals.identity, params.sha256, url);
