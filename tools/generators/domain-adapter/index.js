// Nx loads local plugin factories with swc-node or ts-node, neither of which this workspace installs (Node 20
// has no native type stripping); the workspace's tsx loads the TypeScript implementation instead.
'use strict';
require('tsx/cjs/api').register();
module.exports = require('./generator.ts');
