import type { Fate } from './schedule';

/** A failure the network caused (as opposed to a bug): the engine is expected to retry. */
export class NetworkFault extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NetworkFault';
	}
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error };

interface Message {
	/** The device and engine instance waiting for it; null for a duplicate nobody awaits. */
	device: string | null;
	incarnation: number;
	due: number;
	deliver(partitioned: boolean): Promise<void>;
}

async function outcomeOf<T>(send: () => Promise<T>): Promise<Outcome<T>> {
	try {
		return { ok: true, value: await send() };
	} catch (error) {
		return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
	}
}

/**
 * The seeded network between the devices and the server. Every call takes the next fate
 * from the schedule; delayed requests, delayed answers and duplicates wait in a queue until
 * their step comes, in the order they were sent. A partitioned device's calls fail, and
 * what was in flight to or from it is lost. While reliable, every call is delivered at once.
 */
export class Network {
	step = 0;
	private reliable = false;
	private nextFate = 0;
	private queue: Message[] = [];
	private readonly partitionedUntil = new Map<string, number>();

	constructor(private readonly fates: readonly Fate[]) {}

	partition(device: string, steps: number): void {
		this.partitionedUntil.set(device, this.step + steps);
	}

	private isPartitioned(device: string | null): boolean {
		return (
			!this.reliable && device !== null && (this.partitionedUntil.get(device) ?? 0) > this.step
		);
	}

	/** Whether this engine instance is blocked on a call still in the network. */
	isWaiting(device: string, incarnation: number): boolean {
		return this.queue.some((m) => m.device === device && m.incarnation === incarnation);
	}

	hasDue(): boolean {
		return this.queue.some((m) => this.reliable || m.due <= this.step);
	}

	/** Delivers, in sending order, every message whose step has come. */
	async deliverDue(): Promise<void> {
		const due = this.queue.filter((m) => this.reliable || m.due <= this.step);
		this.queue = this.queue.filter((m) => !due.includes(m));
		for (const message of due) {
			await message.deliver(this.isPartitioned(message.device));
		}
	}

	/** With `true`, no more faults: partitions end and whatever is in flight arrives. */
	setReliable(reliable: boolean): void {
		this.reliable = reliable;
	}

	/** Sends one call from `device` through the network; `send` performs it at the server. */
	call<T>(device: string, incarnation: number, send: () => Promise<T>): Promise<T> {
		if (this.isPartitioned(device)) {
			return Promise.reject(new NetworkFault('partitioned'));
		}
		const fate: Fate = this.reliable
			? { kind: 'ok' }
			: (this.fates[this.nextFate++ % this.fates.length] ?? { kind: 'ok' });
		switch (fate.kind) {
			case 'ok':
				return send();
			case 'dropRequest':
				return Promise.reject(new NetworkFault('request lost'));
			case 'loseResponse':
				return send().then(
					() => Promise.reject(new NetworkFault('response lost after commit')),
					() => Promise.reject(new NetworkFault('response lost'))
				);
			case 'duplicate':
				this.queue.push({
					device: null,
					incarnation,
					due: this.step + fate.steps,
					deliver: async () => {
						await outcomeOf(send);
					}
				});
				return send();
			case 'delayRequest':
			case 'delayResponse':
				return this.delayed(device, incarnation, fate, send);
		}
	}

	private delayed<T>(
		device: string,
		incarnation: number,
		fate: Fate & { steps: number },
		send: () => Promise<T>
	): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			const answer = (outcome: Outcome<T>, lost: boolean) => {
				if (lost) {
					reject(new NetworkFault('partitioned while in flight'));
				} else if (outcome.ok) {
					resolve(outcome.value);
				} else {
					reject(outcome.error);
				}
			};
			const due = this.step + fate.steps;
			if (fate.kind === 'delayRequest') {
				this.queue.push({
					device,
					incarnation,
					due,
					deliver: async (partitioned) => {
						if (partitioned) {
							answer({ ok: false, error: new NetworkFault('partitioned') }, true);
							return;
						}
						answer(await outcomeOf(send), false);
					}
				});
				return;
			}
			void outcomeOf(send).then((outcome) => {
				this.queue.push({
					device,
					incarnation,
					due,
					deliver: (partitioned) => {
						answer(outcome, partitioned);
						return Promise.resolve();
					}
				});
			});
		});
	}
}
