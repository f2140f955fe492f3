/**
 * How long a test that builds the world atlas may take: geography.ts
 * simplifies and projects the 1:50m atlas on its first layout (about a
 * second alone), placement.ts indexes a country's shape on its first
 * look-up. While the other test files run beside it on two shared cores,
 * that takes several seconds, past Vitest's 5 s default.
 */
export const ATLAS_TIMEOUT_MS = 30_000;
