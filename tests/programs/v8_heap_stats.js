// v8: heap statistics shapes and sanity (no values printed), flags, one-byte strings.
const v8 = require('v8');
const s = v8.getHeapStatistics();
console.log(Object.keys(s).join());
console.log(s.used_heap_size > 0, s.total_heap_size >= s.used_heap_size, s.heap_size_limit > s.total_heap_size);
const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.map((x) => x.space_name).join(), Object.keys(spaces[0]).join());
console.log(Object.keys(v8.getHeapCodeStatistics()).join(), typeof v8.cachedDataVersionTag());
console.log(v8.setFlagsFromString('--no-lazy'), v8.isStringOneByteRepresentation('abc\xff'), v8.isStringOneByteRepresentation('\u20ac'));
try { v8.setFlagsFromString(1); } catch (e) { console.log(e.code, e.message); }
console.log(v8.startupSnapshot.isBuildingSnapshot(), typeof v8.Serializer, typeof v8.serialize);
