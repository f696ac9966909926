'use strict';
// The `os` module. What it reports about the "machine" comes from the kernel's `os.info`
// syscall: virtual values chosen by the embedder (by default a one-CPU Linux box called
// "sandbox"), never the host's.

const { sys } = internalBinding;
const errors = require('internal/errors');

let info;
function getInfo() {
  if (info === undefined) info = sys('os.info');
  return info;
}

const constants = {
  "UV_UDP_REUSEADDR": 4,
  "dlopen": {
    "RTLD_LAZY": 1,
    "RTLD_NOW": 2,
    "RTLD_GLOBAL": 256,
    "RTLD_LOCAL": 0,
    "RTLD_DEEPBIND": 8
  },
  "errno": {
    "E2BIG": 7,
    "EACCES": 13,
    "EADDRINUSE": 98,
    "EADDRNOTAVAIL": 99,
    "EAFNOSUPPORT": 97,
    "EAGAIN": 11,
    "EALREADY": 114,
    "EBADF": 9,
    "EBADMSG": 74,
    "EBUSY": 16,
    "ECANCELED": 125,
    "ECHILD": 10,
    "ECONNABORTED": 103,
    "ECONNREFUSED": 111,
    "ECONNRESET": 104,
    "EDEADLK": 35,
    "EDESTADDRREQ": 89,
    "EDOM": 33,
    "EDQUOT": 122,
    "EEXIST": 17,
    "EFAULT": 14,
    "EFBIG": 27,
    "EHOSTUNREACH": 113,
    "EIDRM": 43,
    "EILSEQ": 84,
    "EINPROGRESS": 115,
    "EINTR": 4,
    "EINVAL": 22,
    "EIO": 5,
    "EISCONN": 106,
    "EISDIR": 21,
    "ELOOP": 40,
    "EMFILE": 24,
    "EMLINK": 31,
    "EMSGSIZE": 90,
    "EMULTIHOP": 72,
    "ENAMETOOLONG": 36,
    "ENETDOWN": 100,
    "ENETRESET": 102,
    "ENETUNREACH": 101,
    "ENFILE": 23,
    "ENOBUFS": 105,
    "ENODATA": 61,
    "ENODEV": 19,
    "ENOENT": 2,
    "ENOEXEC": 8,
    "ENOLCK": 37,
    "ENOLINK": 67,
    "ENOMEM": 12,
    "ENOMSG": 42,
    "ENOPROTOOPT": 92,
    "ENOSPC": 28,
    "ENOSR": 63,
    "ENOSTR": 60,
    "ENOSYS": 38,
    "ENOTCONN": 107,
    "ENOTDIR": 20,
    "ENOTEMPTY": 39,
    "ENOTSOCK": 88,
    "ENOTSUP": 95,
    "ENOTTY": 25,
    "ENXIO": 6,
    "EOPNOTSUPP": 95,
    "EOVERFLOW": 75,
    "EPERM": 1,
    "EPIPE": 32,
    "EPROTO": 71,
    "EPROTONOSUPPORT": 93,
    "EPROTOTYPE": 91,
    "ERANGE": 34,
    "EROFS": 30,
    "ESPIPE": 29,
    "ESRCH": 3,
    "ESTALE": 116,
    "ETIME": 62,
    "ETIMEDOUT": 110,
    "ETXTBSY": 26,
    "EWOULDBLOCK": 11,
    "EXDEV": 18
  },
  "signals": {
    "SIGHUP": 1,
    "SIGINT": 2,
    "SIGQUIT": 3,
    "SIGILL": 4,
    "SIGTRAP": 5,
    "SIGABRT": 6,
    "SIGIOT": 6,
    "SIGBUS": 7,
    "SIGFPE": 8,
    "SIGKILL": 9,
    "SIGUSR1": 10,
    "SIGSEGV": 11,
    "SIGUSR2": 12,
    "SIGPIPE": 13,
    "SIGALRM": 14,
    "SIGTERM": 15,
    "SIGCHLD": 17,
    "SIGSTKFLT": 16,
    "SIGCONT": 18,
    "SIGSTOP": 19,
    "SIGTSTP": 20,
    "SIGTTIN": 21,
    "SIGTTOU": 22,
    "SIGURG": 23,
    "SIGXCPU": 24,
    "SIGXFSZ": 25,
    "SIGVTALRM": 26,
    "SIGPROF": 27,
    "SIGWINCH": 28,
    "SIGIO": 29,
    "SIGPOLL": 29,
    "SIGPWR": 30,
    "SIGSYS": 31
  },
  "priority": {
    "PRIORITY_LOW": 19,
    "PRIORITY_BELOW_NORMAL": 10,
    "PRIORITY_NORMAL": 0,
    "PRIORITY_ABOVE_NORMAL": -7,
    "PRIORITY_HIGH": -14,
    "PRIORITY_HIGHEST": -20
  }
};
function freeze(o) {
  for (const v of Object.values(o)) if (v && typeof v === 'object') freeze(v);
  return Object.freeze(o);
}
freeze(constants);

function env(name) {
  const p = globalThis.process;
  return p && p.env ? p.env[name] : undefined;
}

function tmpdir() {
  let path = env('TMPDIR') || env('TMP') || env('TEMP') || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function homedir() {
  return env('HOME') || getInfo().homedir;
}

function userInfo(options) {
  const i = getInfo();
  const encoding = options && typeof options === 'object' ? options.encoding : undefined;
  const toEnc = (s) => (encoding === 'buffer' && globalThis.Buffer ? globalThis.Buffer.from(s) : s);
  return { uid: i.uid, gid: i.gid, username: toEnc(i.username), homedir: toEnc(i.homedir), shell: toEnc(i.shell) };
}

function cpus() {
  const i = getInfo();
  const out = [];
  for (let n = 0; n < i.cpus; n++) {
    out.push({ model: i.cpu_model, speed: i.cpu_speed, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
  }
  return out;
}

function validatePid(pid) {
  if (pid === undefined) return 0;
  errors.validateInt32(pid, 'pid');
  return pid;
}

function getPriority(pid) {
  validatePid(pid);
  return 0;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validatePid(pid);
  errors.validateInt32(priority, 'priority', -20, 19);
  throw errors.sandboxUnsupported('os', 'setPriority');
}

function uptime() {
  const p = globalThis.process;
  return getInfo().uptime_base + (p ? Math.floor(p.uptime()) : 0);
}

module.exports = {
  arch: () => 'x64',
  availableParallelism: () => getInfo().cpus,
  cpus,
  endianness: () => 'LE',
  freemem: () => {
    const i = getInfo();
    const used = globalThis.process ? globalThis.process.memoryUsage().rss : 0;
    return Math.max(0, i.totalmem - used);
  },
  getPriority,
  homedir,
  hostname: () => getInfo().hostname,
  loadavg: () => [0, 0, 0],
  networkInterfaces: () => ({}),
  platform: () => 'linux',
  release: () => getInfo().release,
  setPriority,
  tmpdir,
  totalmem: () => getInfo().totalmem,
  type: () => 'Linux',
  userInfo,
  uptime,
  version: () => getInfo().version,
  machine: () => 'x86_64',
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};
for (const k of ['arch', 'availableParallelism', 'endianness', 'freemem', 'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release', 'totalmem', 'type', 'version', 'machine']) {
  const f = module.exports[k];
  module.exports[k][Symbol.toPrimitive] = () => f();
}
