const semver = require('semver');
console.log(semver.valid('1.2.3'), semver.valid('a.b.c'), semver.clean('  =v1.2.3   '));
console.log(semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'));
console.log(semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3', '9.8.7'));
console.log(semver.minVersion('>=1.0.0'), semver.coerce('v2').version);
console.log(semver.inc('1.2.3', 'prerelease', 'beta'), semver.inc('1.2.3', 'major'));
console.log(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9'].sort(semver.compare));
console.log(semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0'], '~1.2.0'));
const r = new semver.Range('^1.2.3 || 2.x');
console.log(r.range, r.test('2.5.0'), semver.intersects('^1.0.0', '~1.5.0'));
try {
  new semver.SemVer('not a version');
} catch (e) {
  console.log(e.name, e.message);
}
const sub = require('semver/functions/diff');
console.log(sub('1.2.3', '1.3.0'));
console.log(require('semver/package.json').name);
