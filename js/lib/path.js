'use strict';

// The `path` module: POSIX semantics (the sandbox is a POSIX system), plus
// `path.win32`. Results match Node 22 including its corner cases (e.g.
// `dirname('//a') === '//'`, `basename('a/', 'xa') === 'a/'`).

const {
  validateObject,
  validateString,
} = require('internal/errors');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\\'
const DOT = 46; // '.'
const COLON = 58; // ':'
const QUESTION = 63; // '?'

function isPosixSep(code) {
  return code === SLASH;
}

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrivePrefix(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON &&
    isDriveLetter(path.charCodeAt(0));
}

function cwd() {
  const proc = globalThis.process;
  if (proc && typeof proc.cwd === 'function') return `${proc.cwd()}`;
  return '/';
}

// Collapses `.`/`..` segments and repeated separators of a path without its
// root. Leading `..` segments are kept only when `allowAboveRoot`.
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let segStart = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path.charCodeAt(i))) continue;
    const len = i - segStart;
    if (len === 0 || (len === 1 && path.charCodeAt(segStart) === DOT)) {
      // empty or '.'
    } else if (len === 2 && path.charCodeAt(segStart) === DOT &&
               path.charCodeAt(segStart + 1) === DOT) {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(path.slice(segStart, i));
    }
    segStart = i + 1;
  }
  return out.join(sep);
}

// Describes the last component of `path[from..]`, the way all of Node's
// basename/extname/parse loops see it:
//   end       index after its last character, -1 if there is none
//   segStart  index of its first character
//   startPart segStart if a separator precedes it, else `initialStart`
//   dot       index of the extension's dot, -1 if it has no extension
function scanLastComponent(path, from, isSep, initialStart) {
  let end = path.length;
  while (end > from && isSep(path.charCodeAt(end - 1))) end--;
  if (end === from) {
    return { end: -1, segStart: from, startPart: initialStart, dot: -1, foundSep: false };
  }
  let i = end - 1;
  while (i >= from && !isSep(path.charCodeAt(i))) i--;
  const segStart = i + 1;
  const foundSep = i >= from;
  const startPart = foundSep ? segStart : initialStart;
  let dot = path.lastIndexOf('.', end - 1);
  if (dot < segStart) {
    dot = -1;
  } else if (dot === segStart) {
    // `.name` has no extension.
    dot = -1;
  } else if (path.charCodeAt(segStart) === DOT && dot === end - 1 &&
             dot === startPart + 1) {
    // `..`
    dot = -1;
  }
  return { end, segStart, startPart, dot, foundSep };
}

function basenameImpl(path, suffix, from, isSep) {
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    const c = scanLastComponent(path, from, isSep, from);
    if (c.end === -1) return path.slice(from);
    // Match the suffix backwards against the component.
    let k = suffix.length - 1;
    let i = c.end - 1;
    while (k >= 0 && i >= c.segStart && path.charCodeAt(i) === suffix.charCodeAt(k)) {
      k--;
      i--;
    }
    if (k < 0) {
      // Whole suffix matched; a component equal to the suffix is kept.
      const matchStart = i + 1;
      return path.slice(c.segStart, matchStart === c.segStart ? c.end : matchStart);
    }
    if (i >= c.segStart) return path.slice(c.segStart, c.end); // mismatch
    // The component is a proper tail of the suffix: Node returns everything
    // up to the end of the string, trailing separators included.
    return path.slice(c.segStart);
  }
  const c = scanLastComponent(path, from, isSep, from);
  if (c.end === -1) return '';
  return path.slice(c.segStart, c.end);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function formatImpl(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ---------------------------------------------------------------------------
// Glob matching for matchesGlob(), following minimatch as Node configures
// it (backslashes are separators, no negation/comments, dotfiles only
// matched explicitly, paths and patterns normalised before matching).

function expandBraces(pattern) {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '{') continue;
    let depth = 0;
    const commas = [];
    let j = i;
    for (; j < pattern.length; j++) {
      const c = pattern[j];
      if (c === '{') depth++;
      else if (c === '}') {
        if (--depth === 0) break;
      } else if (c === ',' && depth === 1) commas.push(j);
    }
    if (j >= pattern.length) return [pattern];
    const pre = pattern.slice(0, i);
    const post = pattern.slice(j + 1);
    const body = pattern.slice(i + 1, j);
    let alts;
    if (commas.length > 0) {
      alts = [];
      let last = i + 1;
      for (const c of commas) {
        alts.push(pattern.slice(last, c));
        last = c + 1;
      }
      alts.push(pattern.slice(last, j));
    } else {
      const m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body) ||
                /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
      if (!m) return expandBraces(post).map((rest) => `${pre}{${body}}${rest}`);
      alts = [];
      const numeric = /\d/.test(m[1]);
      const a = numeric ? Number(m[1]) : m[1].charCodeAt(0);
      const b = numeric ? Number(m[2]) : m[2].charCodeAt(0);
      const step = Math.max(Math.abs(m[3] ? Number(m[3]) : 1), 1);
      const width = numeric && (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2])) ?
        Math.max(m[1].length, m[2].length) : 0;
      for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
        if (!numeric) {
          alts.push(String.fromCharCode(v));
        } else {
          let str = String(Math.abs(v));
          while (str.length < width - (v < 0 ? 1 : 0)) str = '0' + str;
          alts.push(v < 0 ? '-' + str : str);
        }
      }
    }
    const out = [];
    for (const alt of alts) {
      for (const rest of expandBraces(alt + post)) out.push(pre + rest);
    }
    return out;
  }
  return [pattern];
}

const kPosixClasses = {
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f', digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z',
  print: '\\x20-\\x7e', punct: '!-\\/:-@\\[-`{-~', space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z', word: '\\w', xdigit: 'A-Fa-f0-9',
};

function escapeRegExp(str) {
  return str.replace(/[-[\]{}()*+?.,\\^$|#\s/]/g, '\\$&');
}

// Translates glob syntax in seg[i..] up to `stop` (')' or '|' inside an
// extglob) into RegExp source. Returns [source, nextIndex, hasMagic].
function globToRegExp(seg, i, inExt, negs = []) {
  let re = '';
  let magic = false;
  for (; i < seg.length; i++) {
    const ch = seg[i];
    if (inExt && (ch === ')' || ch === '|')) break;
    if ('?*+@!'.includes(ch) && seg[i + 1] === '(') {
      // extglob
      const alts = [];
      let j = i + 2;
      let closed = false;
      while (j <= seg.length) {
        const [src, next, m] = globToRegExp(seg, j, true, negs);
        alts.push(src);
        magic = magic || m;
        j = next;
        if (seg[j] === '|') {
          j++;
          continue;
        }
        if (seg[j] === ')') closed = true;
        break;
      }
      if (!closed) {
        re += escapeRegExp(ch);
        continue;
      }
      magic = true;
      const body = `(?:${alts.join('|')})`;
      switch (ch) {
        case '?': re += `${body}?`; break;
        case '*': re += `${body}*`; break;
        case '+': re += `${body}+`; break;
        case '@': re += body; break;
        default:
          // Filled in once the rest of the pattern is known.
          re += `\u0000NEG${negs.length}\u0000`;
          negs.push(body);
          break;
      }
      i = j;
      continue;
    }
    if (ch === '*') {
      magic = true;
      while (seg[i + 1] === '*') i++;
      re += '[^/]*?';
    } else if (ch === '?') {
      magic = true;
      re += '[^/]';
    } else if (ch === '[') {
      let j = i + 1;
      let negate = false;
      if (seg[j] === '!' || seg[j] === '^') {
        negate = true;
        j++;
      }
      let cls = '';
      let first = true;
      let closed = false;
      for (; j < seg.length; j++) {
        const c = seg[j];
        if (c === ']' && !first) {
          closed = true;
          break;
        }
        first = false;
        if (c === '[' && seg[j + 1] === ':') {
          const end = seg.indexOf(':]', j + 2);
          if (end !== -1 && kPosixClasses[seg.slice(j + 2, end)] !== undefined) {
            cls += kPosixClasses[seg.slice(j + 2, end)];
            j = end + 1;
            continue;
          }
        }
        cls += c === '-' ? '-' : escapeRegExp(c);
      }
      if (!closed) {
        re += '\\[';
        continue;
      }
      magic = true;
      re += negate ? `[^/${cls}]` : `[${cls}]`;
      i = j;
    } else {
      re += escapeRegExp(ch);
    }
  }
  return [re, i, magic];
}

const GLOBSTAR = Symbol('globstar');

function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (seg === '') return '';
  const negs = [];
  let [src, , magic] = globToRegExp(seg, 0, false, negs);
  if (!magic) return seg;
  // `!(x)` matches what `x` followed by the rest of the pattern does not.
  for (let n = negs.length - 1; n >= 0; n--) {
    const marker = `\u0000NEG${n}\u0000`;
    const at = src.indexOf(marker);
    const rest = src.slice(at + marker.length).replace(/\u0000NEG\d+\u0000/g, '[^/]*?');
    src = src.slice(0, at) + `(?:(?!${negs[n]}${rest}$)[^/]*?)` + src.slice(at + marker.length);
  }
  if (/^\*+$/.test(seg)) return /^(?!\.)[^/]+$/;
  // Unless the pattern itself starts with a dot, `.`-names are not matched.
  const guard = seg[0] === '.' ? '(?!\\.{1,2}$)' : '(?!\\.)';
  return new RegExp(`^${guard}${src}$`);
}

// Drops `.` and empty parts in the middle and folds `x/..`.
function optimizeParts(parts, isPattern) {
  let changed;
  do {
    changed = false;
    if (isPattern) {
      for (let i = 0; i < parts.length - 1; i++) {
        if (parts[i] === '**' && parts[i + 1] === '**') {
          parts.splice(i + 1, 1);
          i--;
          changed = true;
        }
      }
    }
    for (let i = 1; i < parts.length - 1; i++) {
      const p = parts[i];
      if (i === 1 && p === '' && parts[0] === '') continue;
      if (p === '.' || p === '') {
        changed = true;
        parts.splice(i, 1);
        i--;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      changed = true;
      parts.pop();
    }
    for (let dd = parts.indexOf('..', 1); dd !== -1; dd = parts.indexOf('..', dd + 1)) {
      const p = parts[dd - 1];
      if (p && p !== '.' && p !== '..' && p !== '**') {
        changed = true;
        const repl = isPattern && dd === 1 && parts[dd + 1] === '**' ? ['.'] : [];
        parts.splice(dd - 1, 2, ...repl);
        if (isPattern && parts.length === 0) parts.push('');
        dd -= 2;
        if (dd < 0) dd = 0;
      }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

function isHiddenPart(f) {
  return f === '.' || f === '..' || f.startsWith('.');
}

function matchPlain(file, pattern, fi, pi) {
  const fl = file.length;
  const pl = pattern.length;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    if (p === GLOBSTAR) return false;
    const f = file[fi];
    if (typeof p === 'string' ? f !== p : !p.test(f)) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  // A trailing slash on the file is allowed.
  return fi === fl - 1 && file[fi] === '';
}

function matchSections(file, sections, fileIndex, k, sawTail) {
  const section = sections[k];
  if (section === undefined) {
    for (let i = fileIndex; i < file.length; i++) {
      sawTail = true;
      if (isHiddenPart(file[i])) return false;
    }
    return sawTail;
  }
  const [body, after] = section;
  while (fileIndex <= after) {
    if (matchPlain(file.slice(0, fileIndex + body.length), body, fileIndex, 0)) {
      const sub = matchSections(file, sections, fileIndex + body.length, k + 1, sawTail);
      if (sub !== false) return sub;
    }
    const f = file[fileIndex];
    if (f === undefined || isHiddenPart(f)) return false;
    fileIndex++;
  }
  return null;
}

function matchGlobstar(file, pattern) {
  const firstgs = pattern.indexOf(GLOBSTAR);
  const lastgs = pattern.lastIndexOf(GLOBSTAR);
  const head = pattern.slice(0, firstgs);
  const body = pattern.slice(firstgs + 1, lastgs);
  const tail = pattern.slice(lastgs + 1);
  let fileIndex = 0;
  if (head.length) {
    if (!matchPlain(file.slice(0, head.length), head, 0, 0)) return false;
    fileIndex = head.length;
  }
  let fileTailMatch = 0;
  if (tail.length) {
    if (tail.length + fileIndex > file.length) return false;
    const tailStart = file.length - tail.length;
    if (matchPlain(file, tail, tailStart, 0)) {
      fileTailMatch = tail.length;
    } else {
      if (file[file.length - 1] !== '' || fileIndex + tail.length === file.length) return false;
      if (!matchPlain(file, tail, tailStart - 1, 0)) return false;
      fileTailMatch = tail.length + 1;
    }
  }
  if (!body.length) {
    let sawSome = !!fileTailMatch;
    for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
      sawSome = true;
      if (isHiddenPart(String(file[i]))) return false;
    }
    return sawSome;
  }
  // Sections of `body` separated by globstars, each with the last index it
  // may start at.
  const sections = [[[], 0]];
  const nonGsSums = [0];
  let nonGs = 0;
  for (const b of body) {
    if (b === GLOBSTAR) {
      nonGsSums.push(nonGs);
      sections.push([[], 0]);
    } else {
      sections[sections.length - 1][0].push(b);
      nonGs++;
    }
  }
  const fileLength = file.length - fileTailMatch;
  let idx = sections.length - 1;
  for (const sec of sections) sec[1] = fileLength - (nonGsSums[idx--] + sec[0].length);
  return !!matchSections(file, sections, fileIndex, 0, !!fileTailMatch);
}

function globMatch(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  pattern = pattern.replace(/\\/g, '/');
  if (pattern === '') return path === '';
  if (windows) path = path.split('\\').join('/');
  const split = (p) => (windows && /^\/\/[^/]+/.test(p) ? ['', ...p.split(/\/+/)] : p.split(/\/+/));
  const file = optimizeParts(split(path), false);
  const seen = new Set();
  for (const alt of expandBraces(pattern)) {
    if (seen.has(alt)) continue;
    seen.add(alt);
    const parts = optimizeParts(split(alt), true).map(compileSegment);
    const hit = parts.includes(GLOBSTAR) ?
      matchGlobstar(file, parts) : matchPlain(file, parts, 0, 0);
    if (hit) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// POSIX

const posix = {
  resolve(...args) {
    if (args.length === 0 ||
        (args.length === 1 && (args[0] === '' || args[0] === '.'))) {
      const dir = cwd();
      if (dir.charCodeAt(0) === SLASH) return dir;
    }
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= 0 && !absolute; i--) {
      const path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    if (!absolute) {
      const dir = cwd();
      resolved = `${dir}/${resolved}`;
      absolute = dir.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromSegs = from === '/' ? [] : from.slice(1).split('/');
    const toSegs = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromSegs.length && common < toSegs.length &&
           fromSegs[common] === toSegs[common]) {
      common++;
    }
    const up = [];
    for (let i = common; i < fromSegs.length; i++) up.push('..');
    return up.concat(toSegs.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let i = path.length - 1;
    while (i >= 1 && path.charCodeAt(i) === SLASH) i--;
    while (i >= 1 && path.charCodeAt(i) !== SLASH) i--;
    if (i < 1) return hasRoot ? '/' : '.';
    if (hasRoot && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameImpl(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const c = scanLastComponent(path, 0, isPosixSep, 0);
    if (c.end === -1 || c.dot === -1) return '';
    return path.slice(c.dot, c.end);
  },

  format(pathObject) {
    return formatImpl('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    const c = scanLastComponent(path, absolute ? 1 : 0, isPosixSep, 0);
    if (c.end !== -1) {
      ret.base = path.slice(c.segStart, c.end);
      if (c.dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(c.segStart, c.dot);
        ret.ext = path.slice(c.dot, c.end);
      }
    }
    if (c.startPart > 0) ret.dir = path.slice(0, c.startPart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// ---------------------------------------------------------------------------
// Windows

const kReservedNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

function isReservedName(path, colonIndex) {
  return kReservedNames.has(path.slice(0, colonIndex).toUpperCase());
}

// For a path starting with two separators: `\\server\share[...]`. Returns
// the server part and the [start, end) of the share, or null.
function matchUNC(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === 2) return null;
  const server = path.slice(2, j);
  const sepStart = j;
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === sepStart) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { server, shareStart, shareEnd: j };
}

// Root of a path as win32.resolve() sees it.
function winResolveRoot(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  let rootEnd = 0;
  let device = '';
  let absolute = false;
  if (len === 1) {
    if (isWinSep(code)) {
      rootEnd = 1;
      absolute = true;
    }
  } else if (isWinSep(code)) {
    absolute = true;
    if (isWinSep(path.charCodeAt(1))) {
      const unc = matchUNC(path);
      if (unc !== null) {
        if (unc.server !== '.' && unc.server !== '?') {
          device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
          rootEnd = unc.shareEnd;
        } else {
          device = `\\\\${unc.server}`;
          rootEnd = 4;
        }
      }
    } else {
      rootEnd = 1;
    }
  } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    device = path.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      absolute = true;
      rootEnd = 3;
    }
  }
  return { rootEnd, device, absolute };
}

// Root length for dirname()/parse(): [rootEnd, offset].
function winComponentRoot(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (isWinSep(code)) {
    if (isWinSep(path.charCodeAt(1))) {
      const unc = matchUNC(path);
      if (unc !== null) {
        if (unc.shareEnd === len) return { rootEnd: len, uncOnly: true };
        return { rootEnd: unc.shareEnd + 1, uncOnly: false };
      }
    }
    return { rootEnd: 1, uncOnly: false };
  }
  if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    return { rootEnd: len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2, uncOnly: false };
  }
  return { rootEnd: -1, uncOnly: false };
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = cwd();
        if (args.length === 0 ||
            (args.length === 1 && (args[0] === '' || args[0] === '.') &&
             isWinSep(path.charCodeAt(0)))) {
          return path.replace(/\//g, '\\');
        }
      } else {
        // Drive-relative path: use that drive's cwd (`=C:` in the
        // environment), or the process cwd, or the drive root.
        const env = globalThis.process?.env;
        path = (env && env[`=${resolvedDevice}`]) || cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }

      const { rootEnd, device, absolute } = winResolveRoot(path);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = absolute;
        if (absolute && resolvedDevice.length > 0) break;
      }
    }

    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isWinSep);
    return resolvedAbsolute ?
      `${resolvedDevice}\\${resolvedTail}` :
      `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = 0;
    let device;
    let absolute = false;
    const code = path.charCodeAt(0);

    if (len === 1) return code === SLASH ? '\\' : path;

    if (isWinSep(code)) {
      absolute = true;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = matchUNC(path);
        if (unc !== null) {
          if (unc.server === '.' || unc.server === '?') {
            device = `\\\\${unc.server}`;
            rootEnd = 4;
            // `\\?\COM1:` and similar reserved device paths.
            const possibleDevice = path.slice(4, path.indexOf(':') + 1);
            if (isReservedName(possibleDevice, possibleDevice.length - 1)) {
              device = `\\\\?\\${possibleDevice}`;
              rootEnd = 4 + possibleDevice.length;
            }
          } else if (unc.shareEnd === len) {
            return `\\\\${unc.server}\\${path.slice(unc.shareStart)}\\`;
          } else {
            device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
            rootEnd = unc.shareEnd;
          }
        }
      } else {
        rootEnd = 1;
      }
    } else {
      const colonIndex = path.indexOf(':');
      if (colonIndex > 0) {
        if (isDriveLetter(code) && colonIndex === 1) {
          device = path.slice(0, 2);
          rootEnd = 2;
          if (len > 2 && isWinSep(path.charCodeAt(2))) {
            absolute = true;
            rootEnd = 3;
          }
        } else if (isReservedName(path, colonIndex)) {
          device = path.slice(0, colonIndex + 1);
          rootEnd = colonIndex + 1;
        }
      }
    }

    let tail = rootEnd < len ?
      normalizeSegments(path.slice(rootEnd), !absolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';

    if (!absolute && device === undefined && path.includes(':')) {
      // Never turn a relative path into something Windows would read as a
      // drive or stream reference (CVE-2024-36139).
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) &&
          tail.charCodeAt(1) === COLON) {
        return `.\\${tail}`;
      }
      for (let index = path.indexOf(':'); index !== -1; index = path.indexOf(':', index + 1)) {
        if (index === len - 1 || isWinSep(path.charCodeAt(index + 1))) return `.\\${tail}`;
      }
    }
    if (isReservedName(path, path.indexOf(':'))) return `.\\${device ?? ''}${tail}`;
    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWinSep(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON &&
       isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';

    const first = parts[0];
    let joined = parts.join('\\');
    // Avoid turning the result into a UNC path unless the first part clearly
    // is one (`//server...`): collapse a run of leading separators to one.
    let needsReplace = true;
    let slashCount = 0;
    if (isWinSep(first.charCodeAt(0))) {
      slashCount++;
      if (first.length > 1 && isWinSep(first.charCodeAt(1))) {
        slashCount++;
        if (first.length > 2) {
          if (isWinSep(first.charCodeAt(2))) slashCount++;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isWinSep(joined.charCodeAt(slashCount))) {
        slashCount++;
      }
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }

    // Reserved device names (`CON:` ...) are left unnormalized.
    const hasReserved = joined.split('\\').some((p) => {
      const colonIndex = p.indexOf(':');
      return p !== '' && colonIndex !== -1 && isReservedName(p, colonIndex);
    });
    if (hasReserved) return joined.replace(/\//g, '\\');

    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';

    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';

    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      // Lower-casing changed the length: compare component-wise.
      const fromSplit = fromOrig.split('\\');
      const toSplit = toOrig.split('\\');
      if (fromSplit[fromSplit.length - 1] === '') fromSplit.pop();
      if (toSplit[toSplit.length - 1] === '') toSplit.pop();
      const fromLen = fromSplit.length;
      const toLen = toSplit.length;
      const length = fromLen < toLen ? fromLen : toLen;
      let i = 0;
      while (i < length && fromSplit[i].toLowerCase() === toSplit[i].toLowerCase()) i++;
      if (i === 0) return toOrig;
      if (i === length) {
        if (toLen > length) return toSplit.slice(i).join('\\');
        if (fromLen > length) return '..\\'.repeat(fromLen - 1 - i) + '..';
        return '';
      }
      return '..\\'.repeat(fromLen - i) + toSplit.slice(i).join('\\');
    }

    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;

    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      if (fromCode === BACKSLASH) lastCommonSep = i;
    }

    if (i !== length) {
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === BACKSLASH) {
          // `from` is a parent of `to`.
          return toOrig.slice(toStart + i + 1);
        }
        if (i === 2) {
          // `from` is a drive root.
          return toOrig.slice(toStart + i);
        }
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH) {
          lastCommonSep = i; // `to` is a parent of `from`
        } else if (i === 2) {
          lastCommonSep = 3; // `to` is a drive root
        }
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON &&
               resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    const { rootEnd, uncOnly } = winComponentRoot(path);
    if (uncOnly) return path;
    const offset = rootEnd === -1 ? 0 : rootEnd;
    let i = len - 1;
    while (i >= offset && isWinSep(path.charCodeAt(i))) i--;
    while (i >= offset && !isWinSep(path.charCodeAt(i))) i--;
    if (i < offset) {
      if (rootEnd === -1) return '.';
      return path.slice(0, rootEnd);
    }
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameImpl(path, suffix, hasDrivePrefix(path) ? 2 : 0, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const from = hasDrivePrefix(path) ? 2 : 0;
    const c = scanLastComponent(path, from, isWinSep, from);
    if (c.end === -1 || c.dot === -1) return '';
    return path.slice(c.dot, c.end);
  },

  format(pathObject) {
    return formatImpl('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isWinSep(code)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    let rootEnd = 0;
    if (isWinSep(code)) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = matchUNC(path);
        if (unc !== null) rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
      }
    } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
      if (len <= 2 || (len === 3 && isWinSep(path.charCodeAt(2)))) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    const c = scanLastComponent(path, rootEnd, isWinSep, rootEnd);
    if (c.end !== -1) {
      ret.base = path.slice(c.startPart, c.end);
      if (c.dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(c.startPart, c.dot);
        ret.ext = path.slice(c.dot, c.end);
      }
    }
    if (c.startPart > 0 && c.startPart !== rootEnd) ret.dir = path.slice(0, c.startPart - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

// Legacy (DEP0080).
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
