'use strict';
// Which names a CommonJS module exports, found without running it, so that
// `import { a } from './x.cjs'` can link before the module runs. Node does the same
// static analysis; the forms recognised here are the ones it documents:
//   exports.a = …, exports['a'] = …, module.exports.a = …
//   Object.defineProperty(exports, 'a', { value: … } | { enumerable: true, get() { return x.y } })
//   module.exports = { a, b: c, 'd': e, ...require('x') }
//   module.exports = require('x')             (a re-export)
//   __exportStar(require('x'), exports), __export(require('x'))   (TypeScript re-exports)
// Anything it cannot follow is skipped; it never throws on odd input.

const IDENT_START = /[A-Za-z_$\u00a0-\uffff]/;
const IDENT_PART = /[A-Za-z0-9_$\u00a0-\uffff]/;

// Split the source into tokens: identifiers, strings (value kept), punctuators. Comments,
// template literals and regular expressions are skipped.
function tokenize(src) {
  const toks = [];
  const n = src.length;
  let i = 0;
  let braceDepth = 0;
  const templateDepths = [];
  const regexAllowed = () => {
    if (toks.length === 0) return true;
    const t = toks[toks.length - 1];
    if (t.type === 'str' || t.type === 'num') return false;
    if (t.type === 'id') {
      return ['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await'].includes(t.value);
    }
    return !(t.value === ')' || t.value === ']' || t.value === '}');
  };
  const skipTemplate = () => {
    // At a '`' or after a '}' closing a substitution: scan to the next '${' or closing '`'.
    while (i < n) {
      const c = src[i];
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '`') {
        i++;
        return;
      }
      if (c === '$' && src[i + 1] === '{') {
        i += 2;
        templateDepths.push(braceDepth);
        braceDepth++;
        return;
      }
      i++;
    }
  };
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\ufeff' || c === '\u2028' || c === '\u2029' || c === '\u00a0') {
      i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (c === '#' && i === 0 && src[1] === '!') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < n && src[j] !== c && src[j] !== '\n') {
        if (src[j] === '\\') {
          const e = src[j + 1];
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          j += 2;
          continue;
        }
        value += src[j++];
      }
      toks.push({ type: 'str', value });
      i = j + 1;
      continue;
    }
    if (c === '`') {
      i++;
      skipTemplate();
      toks.push({ type: 'str', value: null });
      continue;
    }
    if (c === '/' && regexAllowed()) {
      let j = i + 1;
      let inClass = false;
      while (j < n && src[j] !== '\n') {
        const d = src[j];
        if (d === '\\') {
          j += 2;
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j++;
      }
      j++;
      while (j < n && IDENT_PART.test(src[j])) j++;
      toks.push({ type: 'regex', value: null });
      i = j;
      continue;
    }
    if (IDENT_START.test(c) || c === '\\') {
      let j = i + 1;
      while (j < n && IDENT_PART.test(src[j])) j++;
      toks.push({ type: 'id', value: src.slice(i, j) });
      i = j;
      continue;
    }
    if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < n && /[0-9a-zA-Z_.]/.test(src[j])) j++;
      toks.push({ type: 'num', value: src.slice(i, j) });
      i = j;
      continue;
    }
    if (c === '{') braceDepth++;
    if (c === '}') {
      if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === braceDepth - 1) {
        templateDepths.pop();
        braceDepth--;
        i++;
        skipTemplate();
        continue;
      }
      braceDepth--;
    }
    if (c === '.' && src[i + 1] === '.' && src[i + 2] === '.') {
      toks.push({ type: 'p', value: '...' });
      i += 3;
      continue;
    }
    toks.push({ type: 'p', value: c });
    i++;
  }
  return toks;
}

function isId(t, v) {
  return t !== undefined && t.type === 'id' && (v === undefined || t.value === v);
}
function isP(t, v) {
  return t !== undefined && t.type === 'p' && t.value === v;
}

// `require ( 'x' )` at k: the specifier, or undefined.
function requireCall(toks, k) {
  if (isId(toks[k], 'require') && isP(toks[k + 1], '(') && toks[k + 2] && toks[k + 2].type === 'str' && toks[k + 2].value !== null && isP(toks[k + 3], ')')) {
    return toks[k + 2].value;
  }
  return undefined;
}

// `exports` or `module.exports` at k: the index after it, or -1.
function exportsRef(toks, k) {
  if (isId(toks[k], 'exports') && !isP(toks[k - 1], '.')) return k + 1;
  if (isId(toks[k], 'module') && !isP(toks[k - 1], '.') && isP(toks[k + 1], '.') && isId(toks[k + 2], 'exports')) return k + 3;
  return -1;
}

function parseCjsExports(src) {
  const names = new Set();
  const reexports = [];
  let toks;
  try {
    toks = tokenize(String(src));
  } catch {
    return { names: [], reexports: [] };
  }
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.type !== 'id') continue;
    // module.exports = …
    if (t.value === 'module' && !isP(toks[k - 1], '.') && isP(toks[k + 1], '.') && isId(toks[k + 2], 'exports') && isP(toks[k + 3], '=') && !isP(toks[k + 4], '=')) {
      const spec = requireCall(toks, k + 4);
      if (spec !== undefined) {
        reexports.push(spec);
        continue;
      }
      if (isP(toks[k + 4], '{')) {
        objectLiteral(toks, k + 5, names, reexports);
      }
      continue;
    }
    // exports.a = / exports['a'] = / module.exports.a =
    const after = exportsRef(toks, k);
    if (after !== -1) {
      let name;
      let next;
      if (isP(toks[after], '.') && isId(toks[after + 1])) {
        name = toks[after + 1].value;
        next = after + 2;
      } else if (isP(toks[after], '[') && toks[after + 1] && toks[after + 1].type === 'str' && toks[after + 1].value !== null && isP(toks[after + 2], ']')) {
        name = toks[after + 1].value;
        next = after + 3;
      }
      if (name !== undefined && isP(toks[next], '=') && !isP(toks[next + 1], '=')) names.add(name);
      continue;
    }
    // Object.defineProperty(exports, 'a', { … })
    if (t.value === 'Object' && isP(toks[k + 1], '.') && isId(toks[k + 2], 'defineProperty') && isP(toks[k + 3], '(')) {
      const e = exportsRef(toks, k + 4);
      if (e === -1 || !isP(toks[e], ',')) continue;
      const nameTok = toks[e + 1];
      if (!nameTok || nameTok.type !== 'str' || nameTok.value === null || !isP(toks[e + 2], ',') || !isP(toks[e + 3], '{')) continue;
      if (definePropertyExports(toks, e + 4)) names.add(nameTok.value);
      continue;
    }
    // __exportStar(require('x'), exports) / __export(require('x'))
    if ((t.value === '__exportStar' || t.value === '__export') && isP(toks[k + 1], '(')) {
      const spec = requireCall(toks, k + 2);
      if (spec !== undefined) reexports.push(spec);
      continue;
    }
    // tslib: tslib.__exportStar(require('x'), exports) / (0, tslib_1.__exportStar)(require('x'), exports)
    if (t.value === '__exportStar' && isP(toks[k + 1], ')') && isP(toks[k + 2], '(')) {
      const spec = requireCall(toks, k + 3);
      if (spec !== undefined) reexports.push(spec);
    }
  }
  return { names: [...names], reexports };
}

// The descriptor forms Node detects: a `value`, or `enumerable: true` with a getter that
// returns an identifier or member expression.
function definePropertyExports(toks, k) {
  if (isId(toks[k], 'value') && isP(toks[k + 1], ':')) return true;
  if (!(isId(toks[k], 'enumerable') && isP(toks[k + 1], ':') && isId(toks[k + 2], 'true') && isP(toks[k + 3], ','))) return false;
  k += 4;
  if (isId(toks[k], 'value') && isP(toks[k + 1], ':')) return true;
  if (!isId(toks[k], 'get')) return false;
  k++;
  if (isP(toks[k], ':') && isId(toks[k + 1], 'function')) k += 2;
  if (isId(toks[k])) k++; // a function name
  if (!(isP(toks[k], '(') && isP(toks[k + 1], ')') && isP(toks[k + 2], '{') && isId(toks[k + 3], 'return'))) return false;
  k += 4;
  if (!isId(toks[k])) return false;
  k++;
  while (isP(toks[k], '.') && isId(toks[k + 1])) k += 2;
  if (isP(toks[k], '[') && toks[k + 1] && toks[k + 1].type === 'str' && isP(toks[k + 2], ']')) k += 3;
  if (isP(toks[k], ';')) k++;
  return isP(toks[k], '}');
}

// `{ a, b: c, 'd': e, ...require('x') }` starting after the brace.
function objectLiteral(toks, k, names, reexports) {
  while (k < toks.length) {
    const t = toks[k];
    if (isP(t, '}')) return;
    if (isP(t, '...')) {
      const spec = requireCall(toks, k + 1);
      if (spec === undefined) return;
      reexports.push(spec);
      k += 5;
    } else if (t.type === 'id' || (t.type === 'str' && t.value !== null)) {
      const name = t.value;
      if (isP(toks[k + 1], ',') || isP(toks[k + 1], '}')) {
        if (t.type === 'id') names.add(name);
        else return;
        k += 1;
      } else if (isP(toks[k + 1], ':')) {
        // Node takes `key: identifier`; after anything longer than one identifier (a call, a
        // member expression) it keeps the key but reads no further.
        if (!isId(toks[k + 2])) return;
        names.add(name);
        const j = k + 3;
        if (!(isP(toks[j], ',') || isP(toks[j], '}'))) return;
        k = j;
      } else {
        return;
      }
    } else {
      return;
    }
    if (isP(toks[k], ',')) k++;
  }
}

module.exports = { parseCjsExports };
