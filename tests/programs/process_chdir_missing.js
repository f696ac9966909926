// chdir to a missing directory throws ENOENT; cwd is unchanged.
const before = process.cwd();
try {
  process.chdir('nope');
  console.log('no error?!');
} catch (err) {
  console.log('name:', err.name);
  console.log('code:', err.code);
  console.log('errno:', err.errno);
  console.log('syscall:', err.syscall);
  console.log('path:', err.path);
  console.log('dest:', err.dest);
  console.log('message:', err.message);
  console.log('instanceof Error:', err instanceof Error);
}
console.log('cwd unchanged:', process.cwd() === before);
try {
  process.chdir(123);
} catch (err) {
  console.log('bad arg:', err.name, err.code);
  console.log(err.message);
}
