const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');
const src = [
  'interface Point { x: number; y: number }',
  'enum Color { Red, Green = 5 }',
  'export function add(a: Point, b: Point): Point {',
  '  return { x: a.x + b.x, y: a.y + b.y };',
  '}',
  'export const green: number = Color.Green;',
  'export class Box<T> { constructor(private value: T) {} get(): T { return this.value; } }',
].join('\n');
const out = ts.transpileModule(src, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS } });
console.log(out.outputText);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-'));
fs.writeFileSync(path.join(dir, 'mod.js'), out.outputText);
const m = require(path.join(dir, 'mod.js'));
console.log(m.add({ x: 1, y: 2 }, { x: 3, y: 4 }), m.green, new m.Box('v').get());
// A type error, found by a real program over an in-memory host.
const file = 'check.ts';
const text = 'const n: number = "not a number";\n';
const host = ts.createCompilerHost({});
host.getSourceFile = (name, lang) => (name === file ? ts.createSourceFile(name, text, lang) : undefined);
host.fileExists = (name) => name === file;
host.readFile = (name) => (name === file ? text : undefined);
const program = ts.createProgram([file], { noLib: true, types: [] }, host);
const diags = ts.getPreEmitDiagnostics(program).filter((d) => d.file);
console.log(diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')));
console.log(ts.version.split('.')[0]);
fs.rmSync(dir, { recursive: true });
