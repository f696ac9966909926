// chalk 4 is CommonJS with hoisted dependencies (ansi-styles, supports-color, has-flag).
const chalk = require('chalk');
console.log(chalk.level, chalk.supportsColor);
const c = new chalk.Instance({ level: 2 });
console.log(JSON.stringify(c.green.italic('ok')), JSON.stringify(c.ansi256(100)('n')));
console.log(Object.keys(require.cache).map((k) => k.slice(k.indexOf('node_modules'))).sort());
