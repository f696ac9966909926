'use strict';
// The syscall entry points for the zlib module (a host module: see `hostModules` in
// bootstrap.js). Nothing else here.
module.exports = { sys: internalBinding.sys, sysAsync: internalBinding.sysAsync };
