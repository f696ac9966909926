const { z } = require('zod');
const User = z.object({
  name: z.string().min(2),
  age: z.number().int().positive(),
  email: z.string().email().optional(),
  tags: z.array(z.enum(['a', 'b'])).default([]),
});
console.log(User.parse({ name: 'Ann', age: 30 }));
const bad = User.safeParse({ name: 'A', age: -1, email: 'nope', tags: ['c'] });
console.log(bad.success);
console.log(JSON.stringify(bad.error.issues.map((i) => [i.path.join('.'), i.code, i.message])));
const T = z.union([z.string(), z.number()]).transform((v) => String(v).padStart(4, '0'));
console.log(T.parse(7), T.parse('12'));
try {
  z.string().parse(5);
} catch (e) {
  console.log(e.constructor.name, e.issues[0].message);
}
