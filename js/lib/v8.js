'use strict';
// `v8`: heap statistics from the `mem.usage` syscall (answered by the isolate itself, and
// recorded like every syscall); the fields V8 does not report through it are derived or fixed.
// serialize/deserialize and the (De)Serializer classes, heap snapshots, coverage, promise hooks
// and the startup-snapshot API are deferred: they throw "v8.<api> is not supported in sandbox".

const { sys } = internalBinding;
const errors = require('internal/errors');
const { validateString, sandboxUnsupported } = errors;

const HEAP_LIMIT = 4345298944;

function usage() {
  return sys('mem.usage');
}

function getHeapStatistics() {
  const u = usage();
  const total = Number(u.heap_total);
  const used = Number(u.heap_used);
  return {
    total_heap_size: total,
    total_heap_size_executable: 0,
    total_physical_size: total,
    total_available_size: Math.max(0, HEAP_LIMIT - used),
    used_heap_size: used,
    heap_size_limit: HEAP_LIMIT,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: Number(u.external),
  };
}

const SPACES = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'trusted_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space', 'shared_large_object_space',
  'trusted_large_object_space'];

function getHeapSpaceStatistics() {
  // The isolate reports only totals: they are shown as the old space.
  const u = usage();
  return SPACES.map((space_name) => {
    const old = space_name === 'old_space';
    return {
      space_name,
      space_size: old ? Number(u.heap_total) : 0,
      space_used_size: old ? Number(u.heap_used) : 0,
      space_available_size: old ? Math.max(0, Number(u.heap_total) - Number(u.heap_used)) : 0,
      physical_space_size: old ? Number(u.heap_total) : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}

function getCppHeapStatistics() {
  throw sandboxUnsupported('v8', 'getCppHeapStatistics');
}

// A fixed tag: cached data is never produced in the sandbox.
function cachedDataVersionTag() {
  return 2596627580;
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) > 0xff) return false;
  return true;
}

function deferredFn(name) {
  return { [name]() { throw sandboxUnsupported('v8', name); } }[name];
}
function deferredClass(name) {
  return { [name]: class { constructor() { throw sandboxUnsupported('v8', name); } } }[name];
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: deferredFn('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  Serializer: deferredClass('Serializer'),
  Deserializer: deferredClass('Deserializer'),
  DefaultSerializer: deferredClass('DefaultSerializer'),
  DefaultDeserializer: deferredClass('DefaultDeserializer'),
  deserialize: deferredFn('deserialize'),
  takeCoverage: deferredFn('takeCoverage'),
  stopCoverage: deferredFn('stopCoverage'),
  serialize: deferredFn('serialize'),
  writeHeapSnapshot: deferredFn('writeHeapSnapshot'),
  promiseHooks: {
    onInit: deferredFn('promiseHooks.onInit'),
    onSettled: deferredFn('promiseHooks.onSettled'),
    onBefore: deferredFn('promiseHooks.onBefore'),
    onAfter: deferredFn('promiseHooks.onAfter'),
    createHook: deferredFn('promiseHooks.createHook'),
  },
  queryObjects: deferredFn('queryObjects'),
  startupSnapshot: {
    addSerializeCallback: deferredFn('startupSnapshot.addSerializeCallback'),
    addDeserializeCallback: deferredFn('startupSnapshot.addDeserializeCallback'),
    setDeserializeMainFunction: deferredFn('startupSnapshot.setDeserializeMainFunction'),
    // Node 22 answers with the raw flag value.
    isBuildingSnapshot: () => 0,
  },
  setHeapSnapshotNearHeapLimit: deferredFn('setHeapSnapshotNearHeapLimit'),
  GCProfiler: deferredClass('GCProfiler'),
  isStringOneByteRepresentation,
};
