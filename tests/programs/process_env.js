// The harness sets SECURE_EXEC_TEST=hello and allows env access.
console.log('SECURE_EXEC_TEST:', process.env.SECURE_EXEC_TEST);
console.log('in env:', 'SECURE_EXEC_TEST' in process.env);
console.log('MISSING_VAR_XYZ in env:', 'MISSING_VAR_XYZ' in process.env);
console.log('MISSING_VAR_XYZ value:', process.env.MISSING_VAR_XYZ);
console.log('typeof process.env:', typeof process.env);
process.env.MY_NUM = 42;
console.log('assigned number becomes:', typeof process.env.MY_NUM, process.env.MY_NUM);
process.env.MY_BOOL = true;
console.log('assigned bool becomes:', JSON.stringify(process.env.MY_BOOL));
console.log('hasOwnProperty:', Object.prototype.hasOwnProperty.call(process.env, 'MY_NUM'));
console.log('in keys:', Object.keys(process.env).includes('MY_NUM'));
delete process.env.MY_NUM;
console.log('after delete:', process.env.MY_NUM, 'MY_NUM' in process.env);
const { SECURE_EXEC_TEST } = process.env;
console.log('destructured:', SECURE_EXEC_TEST);
console.log('spread copy has key:', { ...process.env }.SECURE_EXEC_TEST);
