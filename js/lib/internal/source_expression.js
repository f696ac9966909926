'use strict';

// The source text of the expression at a call site, for `assert.ok()`'s message
// ("The expression evaluated to a falsy value: ..."). Node reads the line from V8's script
// source; here the call site comes from V8's structured stack trace and the line from the
// script's file. Anything that fails just yields undefined (and assert falls back to
// `false == true`).

const KEYWORDS = new Set([
  'break', 'case', 'catch', 'continue', 'debugger', 'default', 'do', 'else', 'finally', 'for',
  'function', 'if', 'return', 'switch', 'throw', 'try', 'var', 'while', 'with', 'null', 'true',
  'false', 'instanceof', 'typeof', 'void', 'delete', 'new', 'in', 'this', 'const', 'class',
  'extends', 'export', 'import', 'super',
]);

function isIdStart(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c >= 128 || c === 92;
}
function isIdPart(c) {
  return isIdStart(c) || (c >= 48 && c <= 57);
}

// A forgiving tokenizer for one source line: enough to find parentheses, semicolons and
// member accesses. Tokens: { label, start }.
function tokenize(code) {
  const out = [];
  let i = 0;
  const n = code.length;
  let prev = null; // label of the previous significant token (for regex detection)
  const push = (label, start) => {
    out.push({ label, start });
    prev = label;
  };
  while (i < n) {
    const c = code.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 47 && code.charCodeAt(i + 1) === 47) break; // line comment
    if (c === 47 && code.charCodeAt(i + 1) === 42) {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) break;
      i = end + 2;
      continue;
    }
    const start = i;
    if (isIdStart(c)) {
      while (i < n && isIdPart(code.charCodeAt(i))) i++;
      const word = code.slice(start, i);
      push(KEYWORDS.has(word) ? word : 'name', start);
      continue;
    }
    if ((c >= 48 && c <= 57) || (c === 46 && code.charCodeAt(i + 1) >= 48 && code.charCodeAt(i + 1) <= 57)) {
      i++;
      while (i < n && (isIdPart(code.charCodeAt(i)) || code[i] === '.' ||
             ((code[i] === '+' || code[i] === '-') && /[eE]/.test(code[i - 1]) && !/^0[xX]/.test(code.slice(start, i))))) {
        i++;
      }
      push('num', start);
      continue;
    }
    if (c === 34 || c === 39) {
      i++;
      while (i < n && code.charCodeAt(i) !== c) {
        if (code.charCodeAt(i) === 92) i++;
        i++;
      }
      i++;
      push('string', start);
      continue;
    }
    if (c === 96) {
      // A template literal, substitutions included, as one token.
      i++;
      let depth = 0;
      while (i < n) {
        const d = code.charCodeAt(i);
        if (d === 92) {
          i += 2;
          continue;
        }
        if (depth === 0 && d === 96) break;
        if (d === 36 && code.charCodeAt(i + 1) === 123) {
          depth++;
          i += 2;
          continue;
        }
        if (depth > 0 && d === 125) depth--;
        i++;
      }
      i++;
      push('template', start);
      continue;
    }
    if (c === 47) {
      const divisionAfter = prev === 'name' || prev === 'num' || prev === 'string' || prev === 'template' ||
        prev === ')' || prev === ']' || prev === '}' || prev === 'this' || prev === 'super' ||
        prev === 'true' || prev === 'false' || prev === 'null' || prev === 'regexp';
      if (!divisionAfter) {
        i++;
        let inClass = false;
        while (i < n) {
          const d = code.charCodeAt(i);
          if (d === 92) {
            i += 2;
            continue;
          }
          if (d === 91) inClass = true;
          else if (d === 93) inClass = false;
          else if (d === 47 && !inClass) break;
          i++;
        }
        i++;
        while (i < n && isIdPart(code.charCodeAt(i))) i++;
        push('regexp', start);
        continue;
      }
    }
    if (c === 63 && code.charCodeAt(i + 1) === 46 && !(code.charCodeAt(i + 2) >= 48 && code.charCodeAt(i + 2) <= 57)) {
      i += 2;
      push('?.', start);
      continue;
    }
    if (c === 46 && code.charCodeAt(i + 1) === 46 && code.charCodeAt(i + 2) === 46) {
      i += 3;
      push('...', start);
      continue;
    }
    const ch = code[i];
    i++;
    if ('()[]{};.,'.includes(ch)) {
      push(ch, start);
      continue;
    }
    // Any other operator: swallow the rest of a multi-character operator.
    while (i < n && '=<>!&|+-*%^~?:'.includes(code[i]) && '=<>!&|+-*%^~?:'.includes(ch)) i++;
    push('operator', start);
  }
  return out;
}

const MEMBER_ACCESS = new Set(['.', '?.', '[', ']']);
const MEMBER_NAME = new Set(['name', 'string', 'num']);

// The expression that starts at `column` in `line` (extended leftwards over a member chain
// such as `assert.ok`), up to its closing parenthesis.
function expressionAt(line, column) {
  let last;
  let chainStart = null;
  let end;
  let depth = 0;
  for (const tok of tokenize(line)) {
    if (tok.start < column) {
      if (tok.label === ';') {
        chainStart = null;
        continue;
      }
      if (MEMBER_ACCESS.has(tok.label) && last?.label === 'name') {
        chainStart ??= last;
      } else if (!MEMBER_ACCESS.has(tok.label) && !MEMBER_NAME.has(tok.label)) {
        chainStart = null;
      }
      last = tok;
      continue;
    }
    if (tok.label === '(') {
      depth++;
      continue;
    }
    if (tok.label === ')') {
      depth--;
      if (depth === 0) {
        end = tok.start + 1;
        break;
      }
      continue;
    }
    if (tok.label === ';') {
      // Node slices up to a token object here, which reads as 0: an empty expression.
      end = 0;
      break;
    }
  }
  const start = chainStart ? chainStart.start : column;
  return line.slice(start, end);
}

const sourceCache = new Map();
function readSource(file) {
  if (sourceCache.has(file)) return sourceCache.get(file);
  let text;
  try {
    text = require('internal/fs').readFileSync(file, 'utf8');
    if (typeof text !== 'string') text = undefined;
  } catch {
    text = undefined;
  }
  if (text !== undefined && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  sourceCache.set(file, text);
  return text;
}

// The call site of `fn`'s caller: { file, line, column } (1-based) or undefined.
function callSiteOf(fn) {
  const savedPrepare = Error.prepareStackTrace;
  const limitDesc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const limitWritable = limitDesc === undefined ? Object.isExtensible(Error) : !!(limitDesc.writable || limitDesc.set);
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    if (limitWritable) Error.stackTraceLimit = 1;
    const holder = {};
    Error.captureStackTrace(holder, fn);
    sites = holder.stack;
  } catch {
    sites = undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    if (limitWritable) Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(sites) || sites.length === 0) return undefined;
  const site = sites[0];
  try {
    const file = site.getFileName();
    const line = site.getLineNumber();
    const column = site.getColumnNumber();
    if (typeof file !== 'string' || !line || !column) return undefined;
    return { file, line, column };
  } catch {
    return undefined;
  }
}

function sourceExpressionOf(fn) {
  const site = callSiteOf(fn);
  if (site === undefined || site.file.startsWith('node:')) return undefined;
  const text = readSource(site.file);
  if (text === undefined) return undefined;
  const lines = text.split(/\r?\n|\r|\u2028|\u2029/);
  let line = lines[site.line - 1];
  if (line === undefined) return undefined;
  if (site.line === 1 && line.startsWith('#!')) line = '//' + line.slice(2);
  try {
    return expressionAt(line, site.column - 1);
  } catch {
    return undefined;
  }
}

module.exports = { sourceExpressionOf, expressionAt, tokenize };
