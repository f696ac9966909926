// Invalid exit codes throw; valid forms are accepted.
for (const bad of [1.5, 'abc', {}, true]) {
  try {
    process.exitCode = bad;
    console.log('accepted?!', bad);
  } catch (e) {
    console.log('exitCode =', JSON.stringify(bad), '->', e.name, e.code);
  }
}
try {
  process.exit('not-a-number');
} catch (e) {
  console.log('exit("not-a-number") ->', e.name, e.code);
}
process.exitCode = '4';
console.log('string exitCode:', JSON.stringify(process.exitCode));
process.exitCode = undefined;
console.log('reset exitCode:', process.exitCode);
process.exitCode = 9;
process.on('exit', (code) => console.log('exit', code));
