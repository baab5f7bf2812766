#!/usr/bin/env node
// The `dossier` command. Runs the TypeScript CLI from source through tsx, so the
// command always matches the checkout without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
