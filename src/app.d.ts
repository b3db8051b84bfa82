import type { RequestIdentity } from '$server/identity/request-identity';

declare global {
	namespace App {
		interface Locals {
			identity: RequestIdentity;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
