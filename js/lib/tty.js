'use strict';

// node:tty. The sandbox has no terminals: isatty() is always false, and the ReadStream /
// WriteStream constructors fail the way Node's do for a descriptor that is not a TTY
// (ERR_INVALID_FD for a bad descriptor, else ERR_TTY_INIT_FAILED / EINVAL).

const {
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
  validateInteger,
} = require('internal/errors');

function isatty(fd) {
  // Every descriptor that exists in the sandbox is a file or a pipe.
  void fd;
  return false;
}

function openTTY(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  throw new ERR_TTY_INIT_FAILED({ errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' });
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  openTTY(fd);
}

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  openTTY(fd);
}

// Node's streams derive from net.Socket; here from the closest base the bridge has.
let Base;
for (const name of ['net', 'stream']) {
  try {
    const mod = require(name);
    Base = name === 'net' ? mod.Socket : mod.Duplex;
    if (typeof Base === 'function') break;
  } catch {
    Base = undefined;
  }
}
if (typeof Base !== 'function') Base = require('events');
Object.setPrototypeOf(ReadStream.prototype, Base.prototype);
Object.setPrototypeOf(ReadStream, Base);
Object.setPrototypeOf(WriteStream.prototype, Base.prototype);
Object.setPrototypeOf(WriteStream, Base);

ReadStream.prototype.setRawMode = function(flag) {
  this.isRaw = !!flag;
  return this;
};

// ---------------------------------------------------------------- colour depth
const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

const TERM_ENVS = {
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16, dtterm: COLORS_16,
  gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16, konsole: COLORS_16, kterm: COLORS_16,
  mlterm: COLORS_16, mosh: COLORS_16m, putty: COLORS_16, st: COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m, terminator: COLORS_16m, 'xterm-kitty': COLORS_16m,
};
const CI_ENVS = [
  ['APPVEYOR', COLORS_256], ['BUILDKITE', COLORS_256], ['CIRCLECI', COLORS_16m], ['DRONE', COLORS_256],
  ['GITEA_ACTIONS', COLORS_16m], ['GITHUB_ACTIONS', COLORS_16m], ['GITLAB_CI', COLORS_256], ['TRAVIS', COLORS_256],
];
const TERM_PATTERNS = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/, /^vt220/];
const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

let colorWarned = false;
function warnIgnoredColorEnv(env) {
  if (colorWarned) return;
  const names = [];
  if (env.NODE_DISABLE_COLORS !== undefined) names.push('NODE_DISABLE_COLORS');
  if (env.NO_COLOR !== undefined) names.push('NO_COLOR');
  if (names.length === 0) return;
  process.emitWarning(`The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
  colorWarned = true;
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    const depth = { '': COLORS_16, 1: COLORS_16, true: COLORS_16, 2: COLORS_256, 3: COLORS_16m }[env.FORCE_COLOR];
    if (depth === undefined) return COLORS_2;
    warnIgnoredColorEnv(env);
    return depth;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_16m;
  if (has(env, 'TF_BUILD') && has(env, 'AGENT_NAME')) return COLORS_16;
  if (has(env, 'CI')) {
    for (const [name, depth] of CI_ENVS) if (has(env, name)) return depth;
    return env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return COLORS_16m;
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (TERM_ENVS[term]) return TERM_ENVS[term];
    if (TERM_PATTERNS.some((re) => re.test(term))) return COLORS_16;
  }
  return env.COLORTERM ? COLORS_16 : COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;
WriteStream.prototype._refreshSize = function() {};
WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};
for (const name of ['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown']) {
  WriteStream.prototype[name] = function(...args) {
    return require('readline')[name](this, ...args);
  };
}

module.exports = { isatty, ReadStream, WriteStream };
