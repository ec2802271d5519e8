#!/usr/bin/env node
// The `preflight` command: the CLI half of the one bundle (scripts/bundle.mjs writes this file as
// dist/cli/index.js, importing ../index.js).
import { cli } from './index.js';

await cli();
