import chalk, { Chalk, supportsColor } from 'chalk';
console.log(chalk.level, supportsColor);
console.log(chalk.red('plain when no color'));
const c = new Chalk({ level: 1 });
console.log(JSON.stringify(c.red.bold('x')), JSON.stringify(c.bgBlue.white('y')));
const c3 = new Chalk({ level: 3 });
console.log(JSON.stringify(c3.hex('#ff8800')('z')), JSON.stringify(c3.rgb(1, 2, 3).underline('w')));
