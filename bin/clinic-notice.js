#!/usr/bin/env node
// `npx clinic-notice check notice.json`: see README.md, "Checking a notice before publishing".
import { main } from '../dist/cli/cli.js';

process.exitCode = await main(process.argv.slice(2));
