// xml-encryption ships no types; only the part Kopa calls is declared.
declare module 'xml-encryption' {
	export type DecryptOptions = {
		key: string | Buffer;
		disallowDecryptionWithInsecureAlgorithm?: boolean;
		warnInsecureAlgorithm?: boolean;
	};
	export type EncryptOptions = {
		rsa_pub: string | Buffer;
		pem: string | Buffer;
		encryptionAlgorithm: string;
		keyEncryptionAlgorithm: string;
		keyEncryptionDigest?: string;
		disallowEncryptionWithInsecureAlgorithm?: boolean;
		warnInsecureAlgorithm?: boolean;
	};
	export function decrypt(
		xml: string,
		options: DecryptOptions,
		callback: (err: Error | null, result?: string) => void
	): void;
	export function encrypt(
		content: string,
		options: EncryptOptions,
		callback: (err: Error | null, result?: string) => void
	): void;
	const xmlenc: { decrypt: typeof decrypt; encrypt: typeof encrypt };
	export default xmlenc;
}
