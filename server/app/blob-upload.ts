import { putBlobChunk } from '../attachments/blob-upload';
import type { Db } from '../db/client.server';
import type { Actor } from '../kernel/context';
import { filesElsewhere } from './files-elsewhere';

/**
 * `PUT /api/blob/<sha256>` (server/attachments/blob-upload.ts), with the person's photos
 * counted as their files: their bytes make their expected attachments and photos present.
 */
export const handleBlobPut = (
	db: Db,
	person: Actor | null,
	sha256: string,
	request: Request
): Promise<Response> => putBlobChunk(db, person, sha256, request, filesElsewhere);
