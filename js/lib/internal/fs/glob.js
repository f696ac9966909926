'use strict';
// fs.glob / fs.globSync / fs.promises.glob (experimental in Node 22): `*`, `?`, `[...]`, `**`,
// `{a,b}`, `{1..3}` and the extglobs `@() *() +() ?() !()`, with minimatch's rules as node
// configures them (no dotfiles unless the pattern segment starts with a dot, `**` does not
// enter symlinked directories, `a/**` matches `a` too). The walk is written once as a
// generator that yields the listings and lookups it needs; a sync and an async driver answer
// them.

const pathModule = require('path');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  validateObject,
  validateString,
  validateStringArray,
} = require('internal/errors');
const { Dirent, direntTypeOfKind, toPathIfFileURL, kEmptyObject } = require('internal/fs/utils');

const GLOBSTAR = Symbol('globstar');

// ---------------------------------------------------------------- braces
function expandBraces(pattern) {
  // Find the first top-level {...} that contains a comma or a range.
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = pattern.slice(start + 1, i);
        const pre = pattern.slice(0, start);
        const post = pattern.slice(i + 1);
        const alts = splitTopLevel(body);
        let options = null;
        if (alts.length > 1) {
          options = alts;
        } else {
          const m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body) || /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
          if (m) options = expandRange(m);
        }
        if (options) {
          const out = [];
          for (const o of options) {
            for (const e of expandBraces(pre + o + post)) out.push(e);
          }
          return out;
        }
        // Not a brace set: keep it literally and look further on.
        const rest = expandBraces(post);
        return rest.map((r) => pre + '{' + body + '}' + r);
      }
    }
  }
  return [pattern];
}

function splitTopLevel(body) {
  const parts = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      cur += c + (body[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  parts.push(cur);
  return parts;
}

function expandRange(m) {
  const out = [];
  if (/^[a-zA-Z]$/.test(m[1])) {
    let a = m[1].charCodeAt(0);
    const b = m[2].charCodeAt(0);
    const step = a <= b ? 1 : -1;
    for (; step > 0 ? a <= b : a >= b; a += step) out.push(String.fromCharCode(a));
    return out;
  }
  let a = Number(m[1]);
  const b = Number(m[2]);
  const inc = Math.abs(Number(m[3] || 1)) || 1;
  const step = a <= b ? inc : -inc;
  const width = (m[1].startsWith('0') && m[1].length > 1) || (m[2].startsWith('0') && m[2].length > 1) ?
    Math.max(m[1].length, m[2].length) : 0;
  for (; step > 0 ? a <= b : a >= b; a += step) {
    let s = String(Math.abs(a));
    while (s.length < width) s = '0' + s;
    out.push(a < 0 ? '-' + s : s);
  }
  return out;
}

// ---------------------------------------------------------------- segments
const MAGIC = /[*?[\]()!+@\\]/;

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// One path segment → { literal } or { re, dot } (dot: the segment may match a leading dot).
function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (!MAGIC.test(seg)) return { literal: seg };
  let re = '';
  let i = 0;
  const stack = [];
  while (i < seg.length) {
    const c = seg[i];
    if (c === '\\' && i + 1 < seg.length) {
      re += escapeRegExp(seg[i + 1]);
      i += 2;
      continue;
    }
    if ('@*+?!'.includes(c) && seg[i + 1] === '(') {
      stack.push({ type: c, start: re.length });
      re += c === '!' ? '(?:(?!(?:' : '(?:';
      i += 2;
      continue;
    }
    if (c === '|' && stack.length) {
      re += '|';
      i++;
      continue;
    }
    if (c === ')' && stack.length) {
      const { type } = stack.pop();
      if (type === '!') re += ')$)[^/]*)';
      else if (type === '*') re += ')*';
      else if (type === '+') re += ')+';
      else if (type === '?') re += ')?';
      else re += ')';
      i++;
      continue;
    }
    if (c === '*') {
      re += '[^/]*';
      while (seg[i] === '*') i++;
      continue;
    }
    if (c === '?') {
      re += '[^/]';
      i++;
      continue;
    }
    if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close !== -1) {
        let body = seg.slice(i + 1, close);
        let neg = false;
        if (body[0] === '!' || body[0] === '^') {
          neg = true;
          body = body.slice(1);
        }
        body = body.replace(/\[:(alpha|digit|alnum|upper|lower|space|xdigit|punct|word):\]/g, (m, cls) => ({
          alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s',
          xdigit: '0-9a-fA-F', punct: '!-\\/:-@\\[-`{-~', word: '\\w',
        })[cls]).replace(/\\(?![dswDSW])|[\]^]/g, (m) => '\\' + m);
        re += (neg ? '[^/' : '[') + body + ']';
        i = close + 1;
        continue;
      }
    }
    re += escapeRegExp(c);
    i++;
  }
  while (stack.length) {
    stack.pop();
    re += ')';
  }
  return { re: new RegExp('^' + re + '$'), dot: seg.startsWith('.') };
}

function matchSegment(s, name) {
  if (s.literal !== undefined) return s.literal === name;
  if (name === '.' || name === '..') return false;
  if (name.startsWith('.') && !s.dot) return false;
  return s.re.test(name);
}

function matchFull(segs, si, parts, pi) {
  if (si === segs.length) return pi === parts.length;
  const s = segs[si];
  if (s === GLOBSTAR) {
    if (matchFull(segs, si + 1, parts, pi)) return true;
    if (pi < parts.length && !parts[pi].startsWith('.')) return matchFull(segs, si, parts, pi + 1);
    return false;
  }
  if (pi === parts.length) return false;
  if (!matchSegment(s, parts[pi])) return false;
  return matchFull(segs, si + 1, parts, pi + 1);
}

// Whether something below `parts` can still match.
function matchPrefix(segs, si, parts, pi) {
  if (pi === parts.length) return si < segs.length;
  if (si === segs.length) return false;
  const s = segs[si];
  if (s === GLOBSTAR) {
    if (matchPrefix(segs, si + 1, parts, pi)) return true;
    return !parts[pi].startsWith('.') && matchPrefix(segs, si, parts, pi + 1);
  }
  if (!matchSegment(s, parts[pi])) return false;
  return matchPrefix(segs, si + 1, parts, pi + 1);
}

// A pattern string → { absolute, segs, dirOnly }; `.` and `x/..` folded, `**/**` collapsed.
function compilePattern(pattern) {
  const absolute = pattern.startsWith('/');
  const dirOnly = pattern.length > 1 && pattern.endsWith('/');
  const raw = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const out = [];
  for (const s of raw) {
    if (s === '..' && out.length && out[out.length - 1] !== '..' && !MAGIC.test(out[out.length - 1]) &&
        out[out.length - 1] !== '**') {
      out.pop();
      continue;
    }
    if (s === '**' && out[out.length - 1] === '**') continue;
    out.push(s);
  }
  return { absolute, dirOnly, segs: out.map(compileSegment) };
}

module.exports = function createGlob(internals) {
  const { sys, sysAsync, abs } = internals;

  class Glob {
    #root;
    #withFileTypes;
    #excludeFn = null;
    #excludeSegs = null;
    #patterns;

    constructor(pattern, options = kEmptyObject) {
      validateObject(options, 'options');
      const { exclude, cwd, withFileTypes } = options;
      this.#root = toPathIfFileURL(cwd) ?? '.';
      this.#withFileTypes = !!withFileTypes;
      if (exclude != null) {
        if (Array.isArray(exclude)) {
          for (let i = 0; i < exclude.length; ++i) {
            if (typeof exclude[i] !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.exclude[${i}]`, 'string', exclude[i]);
          }
          this.#excludeSegs = [];
          for (const p of exclude) {
            for (const e of expandBraces(pathModule.resolve(this.#root, p))) this.#excludeSegs.push(compilePattern(e));
          }
        } else if (typeof exclude === 'function') {
          this.#excludeFn = exclude;
        } else {
          throw new ERR_INVALID_ARG_TYPE('options.exclude', ['string[]', 'function'], exclude);
        }
      }
      let patterns;
      if (typeof pattern === 'object') {
        validateStringArray(pattern, 'patterns');
        patterns = pattern;
      } else {
        validateString(pattern, 'patterns');
        patterns = [pattern];
      }
      this.#patterns = [];
      for (const p of patterns) {
        for (const e of expandBraces(p)) this.#patterns.push(compilePattern(e));
      }
    }

    #full(rel, absolute) {
      if (absolute) return rel;
      return pathModule.resolve(this.#root, rel);
    }

    #dirent(rel, absolute, kind) {
      const full = absolute ? rel : pathModule.join(this.#root, rel);
      return new Dirent(pathModule.basename(full), direntTypeOfKind(kind), pathModule.dirname(full));
    }

    #isExcluded(rel, absolute, kind) {
      if (this.#excludeFn) {
        return !!this.#excludeFn(this.#withFileTypes ? this.#dirent(rel, absolute, kind) : rel);
      }
      if (this.#excludeSegs) {
        const full = this.#full(rel, absolute);
        const parts = full.split('/').filter(Boolean);
        return this.#excludeSegs.some((p) => matchFull(p.segs, 0, parts, 0));
      }
      return false;
    }

    // Yields { op: 'lstat' | 'stat' | 'readdir', path } and receives the reply (null on error).
    * #walk() {
      const results = new Map();
      const add = (rel, kind) => {
        if (!results.has(rel)) results.set(rel, kind);
      };
      for (const { absolute, dirOnly, segs } of this.#patterns) {
        const join = (parts) => (absolute ? '/' + parts.join('/') : (parts.length ? parts.join('/') : '.'));
        const diskPath = (parts) => (absolute ? '/' + parts.join('/') : pathModule.join(this.#root, ...parts));
        let k = 0;
        while (k < segs.length && segs[k] !== GLOBSTAR && segs[k].literal !== undefined) k++;
        const prefix = segs.slice(0, k).map((s) => s.literal);
        if (k === segs.length) {
          // No magic at all: the path exists or not.
          const st = yield { op: 'lstat', path: diskPath(prefix) };
          if (!st) continue;
          let kind = st.kind;
          if (dirOnly && kind !== 'dir') {
            if (kind !== 'symlink') continue;
            const st2 = yield { op: 'stat', path: diskPath(prefix) };
            if (!st2 || st2.kind !== 'dir') continue;
            kind = 'dir';
          }
          const rel = join(prefix);
          if (!(yield* this.#excluded(rel, absolute, kind))) add(rel, kind);
          continue;
        }
        const st = yield { op: 'stat', path: diskPath(prefix) };
        if (!st || st.kind !== 'dir') continue;
        if (prefix.length && matchFull(segs, 0, prefix, 0)) {
          const rel = join(prefix);
          if (!(yield* this.#excluded(rel, absolute, 'dir'))) add(rel, 'dir');
        } else if (!prefix.length && matchFull(segs, 0, [], 0)) {
          add(join([]), 'dir');
        }
        const stack = [prefix];
        while (stack.length) {
          const parts = stack.pop();
          const entries = yield { op: 'readdir', path: diskPath(parts) };
          if (!entries) continue;
          const subdirs = [];
          for (const e of entries) {
            const p2 = parts.concat(e.name);
            const rel = join(p2);
            if (yield* this.#excluded(rel, absolute, e.kind)) continue;
            if (matchFull(segs, 0, p2, 0) && (!dirOnly || e.kind === 'dir')) add(rel, e.kind);
            if (e.kind === 'dir' && matchPrefix(segs, 0, p2, 0)) subdirs.push(p2);
          }
          for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
        }
      }
      return results;
    }

    * #excluded(rel, absolute, kind) {
      if (!this.#excludeFn && !this.#excludeSegs) return false;
      if (this.#isExcluded(rel, absolute, kind)) return true;
      return false;
    }

    #shape(results) {
      const out = [];
      for (const [rel, kind] of results) {
        out.push(this.#withFileTypes ? this.#dirent(rel, rel.startsWith('/'), kind) : rel);
      }
      return out;
    }

    globSync() {
      const it = this.#walk();
      let step = it.next();
      while (!step.done) {
        const q = step.value;
        let reply = null;
        try {
          if (q.op === 'readdir') reply = sys('fs.readdir', { path: abs(q.path) });
          else reply = sys('fs.stat', q.op === 'lstat' ? { path: abs(q.path), follow: false } : { path: abs(q.path) });
        } catch {
          reply = null;
        }
        step = it.next(reply);
      }
      return this.#shape(step.value);
    }

    async* glob() {
      const it = this.#walk();
      let step = it.next();
      while (!step.done) {
        const q = step.value;
        let reply = null;
        try {
          if (q.op === 'readdir') reply = await sysAsync('fs.readdir', { path: abs(q.path) });
          else reply = await sysAsync('fs.stat', q.op === 'lstat' ? { path: abs(q.path), follow: false } : { path: abs(q.path) });
        } catch {
          reply = null;
        }
        step = it.next(reply);
      }
      yield* this.#shape(step.value);
    }
  }

  return { Glob };
};
