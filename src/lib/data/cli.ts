/**
 * `npx tsx src/lib/data/cli.ts [root]` (`npm run data:check`): prints every
 * problem in data/ as `FILE:LINE:COLUMN: FIELD: message` on stderr, then a
 * one-line summary; exits 0 when valid, 1 otherwise.
 */
import { resolve } from 'node:path';
import { checkProject, formatProblem, hasErrors, summarise } from './check.ts';

const root = resolve(process.argv[2] ?? '.');
const check = checkProject(root);
for (const problem of check.problems) process.stderr.write(`${formatProblem(problem)}\n`);
process.stderr.write(`${summarise(check)}\n`);
process.exitCode = hasErrors(check.problems) ? 1 : 0;
