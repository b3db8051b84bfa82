/**
 * The benchmark's few simulated people each make thousands of drafts a second (a push
 * workload, not a family's), far over the per-person draft limit (server/kernel/limits.ts)
 * that keeps a real person's device from filling the disk. Raised here, before any server or
 * in-process database reads it, so the figures measure pushing, not refusing. The limit's
 * own check still runs on every new draft (bounded: it looks for the limit + 1-th draft).
 * Imported first by every bench runner; the servers it starts inherit the environment.
 */
process.env.KOPA_MAX_OPEN_DRAFTS ??= String(1_000_000_000);

export {};
