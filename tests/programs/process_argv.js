// The harness passes `alpha beta` after the file name.
console.log('argv length:', process.argv.length);
console.log('args:', process.argv.slice(2));
console.log('args json:', JSON.stringify(process.argv.slice(2)));
console.log('argv[1] === __filename:', process.argv[1] === __filename);
console.log('typeof argv[0]:', typeof process.argv[0]);
console.log('typeof execPath:', typeof process.execPath);
console.log('execArgv:', process.execArgv);
console.log('argv is array:', Array.isArray(process.argv));
