#!/usr/bin/env node
// The file host's command: runs the TypeScript CLI through tsx (a runtime dependency).
require('tsx/cjs');
require('../cli/main.ts');
