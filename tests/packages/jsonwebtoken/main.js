const jwt = require('jsonwebtoken');
const token = jwt.sign({ sub: 'user-1', role: 'admin' }, 'shh', { noTimestamp: true });
console.log(token);
console.log(jwt.verify(token, 'shh'));
console.log(jwt.decode(token, { complete: true }).header);
const t512 = jwt.sign({ a: 1 }, 'k', { algorithm: 'HS512', noTimestamp: true, issuer: 'me' });
console.log(t512.split('.').length, jwt.verify(t512, 'k', { issuer: 'me' }));
try {
  jwt.verify(token, 'wrong');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  jwt.verify(t512, 'k', { issuer: 'other' });
} catch (e) {
  console.log(e.name, e.message);
}
jwt.sign({ b: 2 }, 'k', { noTimestamp: true }, (err, t) => console.log('async', err, t.length));
