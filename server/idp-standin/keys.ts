import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export type KeyPair = { keyPem: string; certPem: string };

/**
 * The stand-in's signing key and self-signed certificate, made on first run and kept in
 * `dir` (data/idp/ by default, ignored by git): the app is configured with the certificate
 * file, so it must stay the same from one run to the next.
 */
export async function ensureKeyPair(dir: string): Promise<KeyPair> {
	const keyPath = join(dir, 'key.pem');
	const certPath = join(dir, 'cert.pem');
	if (existsSync(keyPath) && existsSync(certPath)) {
		return { keyPem: readFileSync(keyPath, 'utf8'), certPem: readFileSync(certPath, 'utf8') };
	}
	mkdirSync(dir, { recursive: true });
	const notAfter = new Date();
	notAfter.setFullYear(notAfter.getFullYear() + 10);
	const pems = await generate([{ name: 'commonName', value: 'Kopa stand-in identity provider' }], {
		keySize: 2048,
		algorithm: 'sha256',
		notAfterDate: notAfter
	});
	// Write the key first and the certificate last: the certificate's presence means "done".
	writeFileSync(keyPath, pems.private, { mode: 0o600 });
	writeFileSync(certPath, pems.cert);
	return { keyPem: pems.private, certPem: pems.cert };
}
